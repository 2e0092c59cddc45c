/**
 * A GeoJSON file: a FeatureCollection (or one Feature). RFC 7946 files are in WGS84 and say
 * nothing; older ones and GDAL's projected output name their CRS in a `crs` member. A file that
 * says nothing but whose coordinates are no longitudes and latitudes is taken as silent, so the
 * person chooses its CRS.
 */
import { findingFromGeoJsonName } from './import-crs.ts'
import { noFeatures, tooManyFeatures, unreadableFile } from './file-errors.ts'
import { MAX_FEATURES } from './import-limits.ts'
import type { AttributeValue, CrsFinding, SourceFeature, SourceFile } from './source-file.ts'
import { countPositions } from './source-geometry.ts'
import type { GeoJsonGeometry } from './source-geometry.ts'

const problem = (sv: string, en: string) => unreadableFile('GeoJSON', { sv, en })

export function readGeoJson(bytes: Uint8Array): SourceFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw problem('den är inte giltig JSON i UTF-8.', 'it is not valid JSON in UTF-8.')
  }
  const root = isObject(parsed) ? parsed : {}
  const rawFeatures = root.type === 'FeatureCollection' ? root.features : root.type === 'Feature' ? [root] : undefined
  if (!Array.isArray(rawFeatures)) {
    throw problem('den är varken en FeatureCollection eller en Feature.', 'it is neither a FeatureCollection nor a Feature.')
  }
  if (rawFeatures.length > MAX_FEATURES) throw tooManyFeatures(rawFeatures.length)
  if (rawFeatures.length === 0) throw noFeatures()

  const attributes = new Set<string>()
  const features = rawFeatures.map((raw, index): SourceFeature => {
    if (!isObject(raw) || raw.type !== 'Feature') {
      throw problem(`objekt ${index + 1} är ingen Feature.`, `feature ${index + 1} is not a Feature.`)
    }
    const geometry = raw.geometry === null || raw.geometry === undefined ? null : raw.geometry
    if (geometry !== null && !(isObject(geometry) && typeof geometry.type === 'string')) {
      throw problem(`objekt ${index + 1} har ingen läsbar geometri.`, `feature ${index + 1} has no readable geometry.`)
    }
    // Checked before anything else walks it: a member that is no geometry, or nesting thousands
    // deep (which JSON.parse accepts), is refused here as an unreadable file.
    if (geometry !== null) countPositions(geometry, index)
    const properties: Record<string, AttributeValue> = {}
    for (const [name, value] of Object.entries(isObject(raw.properties) ? raw.properties : {})) {
      attributes.add(name)
      properties[name] = asAttribute(value, index)
    }
    return { geometry: geometry as GeoJsonGeometry | null, properties }
  })
  return { format: 'geojson', layer: null, attributes: [...attributes], features, crs: crsOf(root, features) }
}

function crsOf(root: Record<string, unknown>, features: SourceFeature[]): CrsFinding {
  const crs = isObject(root.crs) ? root.crs : null
  const name = crs && isObject(crs.properties) ? crs.properties.name : undefined
  if (typeof name === 'string') return findingFromGeoJsonName(name)
  const lonLat = features.every(({ geometry }) => !geometry || 'wkb' in geometry || positionsAreLonLat(geometry.coordinates))
  return lonLat ? { srid: 4326, declared: null } : { srid: null, declared: null }
}

function positionsAreLonLat(value: unknown): boolean {
  if (!Array.isArray(value)) return true
  if (typeof value[0] === 'number') return Math.abs(value[0]) <= 180 && Math.abs(Number(value[1])) <= 90
  return value.every(positionsAreLonLat)
}

/** Nested objects and arrays in properties are kept as their JSON text. */
function asAttribute(value: unknown, index: number): AttributeValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value === undefined) return null
  try {
    return JSON.stringify(value)
  } catch {
    // JSON.stringify recurses, and arrays nested thousands deep overflow its stack.
    throw problem(`ett attribut i objekt ${index + 1} är nästlat för djupt.`, `an attribute of feature ${index + 1} is nested too deeply.`)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
