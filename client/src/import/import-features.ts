/**
 * The server's preview of an import, made ready for the screen: the features for the map (each
 * with its number in the list and whether it is ok), the box to frame, and which targets a role
 * may import into. Pure, so it is tested without a browser.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { FileImportTarget, FilePreview } from '../../../server/shared/api/file-import-schemas.ts'
import type { Role } from '../../../server/shared/roles.ts'

export interface ImportMapProperties {
  number: number
  ok: boolean
}

export type ImportMapData = FeatureCollection<Geometry, ImportMapProperties>

/** The targets in the order the screen offers them, with the roles that may create each (as the server says). */
export const importTargetRoles: ReadonlyArray<readonly [FileImportTarget, readonly Role[]]> = [
  ['watch-areas', ['polis', 'admin']],
  ['walk-routes', ['kommun', 'admin']],
  ['measures', ['kommun', 'admin']],
]

export const targetsFor = (role: Role | undefined): FileImportTarget[] =>
  importTargetRoles.filter(([, roles]) => role !== undefined && roles.includes(role)).map(([target]) => target)

/** The preview's shapes for the map; a feature whose shape could not be read is left out (the list names it). */
export function importMapData(preview: FilePreview): ImportMapData {
  return {
    type: 'FeatureCollection',
    features: preview.features
      .filter((feature) => isGeometry(feature.geometry))
      .map((feature): Feature<Geometry, ImportMapProperties> => ({
        type: 'Feature',
        geometry: feature.geometry as Geometry,
        properties: { number: feature.index + 1, ok: feature.ok },
      })),
  }
}

/** West, south, east, north around every position; null when there is none. */
export function importBounds(data: ImportMapData): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null
  const visit = (value: unknown) => {
    if (!Array.isArray(value)) return
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [x, y] = value as [number, number]
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y]
      return
    }
    for (const item of value) visit(item)
  }
  for (const feature of data.features) if ('coordinates' in feature.geometry) visit(feature.geometry.coordinates)
  return box
}

const geometryTypes = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']
const isGeometry = (value: unknown) => geometryTypes.includes(String((value as { type?: unknown } | null)?.type))

/** The mapping with the unmapped fields left out, as the server takes it. */
export function mappingToSend(mapping: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, attribute]) => attribute !== ''))
}

/** A file's bytes as base64 for the JSON body, in pieces so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}
