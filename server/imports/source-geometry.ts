/** Small pure helpers on GeoJSON geometries as files hold them, before PostGIS sees them. */
import { malformedGeometry, tooManyPositions } from './file-errors.ts'
import { MAX_POSITIONS, MAX_POSITIONS_PER_FEATURE } from './import-limits.ts'
import type { SourceFeature } from './source-file.ts'

export interface GeoJsonGeometry {
  type: string
  coordinates?: unknown
  geometries?: unknown
}

/** GeometryCollections inside one another: RFC 7946 advises against any nesting at all. */
const MAX_COLLECTION_DEPTH = 4
/** Arrays in `coordinates`: a MultiPolygon's positions are four deep, and no type nests deeper. */
const MAX_COORDINATE_DEPTH = 4

/**
 * The number of positions (coordinate tuples) in a geometry of feature `feature`, walking
 * GeometryCollections. The geometry comes from a file as it was parsed, so every member's type
 * is checked and nesting is bounded: a `null` member or arrays nested thousands deep are refused
 * as an unreadable file, not met as a TypeError or a stack overflow.
 */
export function countPositions(geometry: unknown, feature: number): number {
  const refuse = (sv: string, en: string) => malformedGeometry(feature, { sv, en })
  const inCoordinates = (value: unknown, depth: number): number => {
    if (!Array.isArray(value) || value.length === 0) return 0
    if (typeof value[0] === 'number') return 1
    if (depth >= MAX_COORDINATE_DEPTH) throw refuse('dess koordinater är nästlade djupare än GeoJSON tillåter.', 'its coordinates are nested deeper than GeoJSON allows.')
    let sum = 0
    for (const item of value) sum += inCoordinates(item, depth + 1)
    return sum
  }
  const inGeometry = (value: unknown, depth: number): number => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { type?: unknown }).type !== 'string') {
      throw refuse('en del av den är ingen geometri.', 'a part of it is not a geometry.')
    }
    const { type, coordinates, geometries } = value as GeoJsonGeometry
    if (type !== 'GeometryCollection') return inCoordinates(coordinates, 1)
    if (!Array.isArray(geometries)) throw refuse('en GeometryCollection saknar geometries.', 'a GeometryCollection has no geometries.')
    if (depth >= MAX_COLLECTION_DEPTH) throw refuse('dess GeometryCollections är nästlade för djupt.', 'its GeometryCollections are nested too deeply.')
    let sum = 0
    for (const part of geometries) sum += inGeometry(part, depth + 1)
    return sum
  }
  return inGeometry(geometry, 0)
}

/** Refuses a file whose geometries are too large to check, per feature and in all. */
export function checkPositionCounts(features: readonly SourceFeature[]): void {
  let total = 0
  for (const [index, { geometry }] of features.entries()) {
    if (!geometry || 'wkb' in geometry) continue
    const positions = countPositions(geometry, index)
    if (positions > MAX_POSITIONS_PER_FEATURE) throw tooManyPositions(index)
    total += positions
    if (total > MAX_POSITIONS) throw tooManyPositions(null)
  }
}

const singleOf: Record<string, string> = { MultiPoint: 'Point', MultiLineString: 'LineString', MultiPolygon: 'Polygon' }

/**
 * A multi-geometry of one part as that part: desktop GIS and Shapefiles often store a single line
 * as a MultiLineString. Anything else is returned as it is.
 */
export function singlePart(geometry: GeoJsonGeometry): GeoJsonGeometry {
  const single = singleOf[geometry.type]
  if (single && Array.isArray(geometry.coordinates) && geometry.coordinates.length === 1) {
    return { type: single, coordinates: geometry.coordinates[0] }
  }
  return geometry
}
