/**
 * An address list chosen by the officer: which format the server should read it as, and the
 * coordinate systems it may be in. Every other check (columns, coordinates, names) is the
 * server's, so its dry-run report says the same as the import.
 */
import type { ImportPlacesBody } from '../../../server/shared/api/report-schemas.ts'

export type PlaceFileFormat = ImportPlacesBody['format']
export type PlaceSrid = ImportPlacesBody['srid']

/** WGS84 (lon/lat), SWEREF 99 TM and SWEREF 99 13 30 (the local zone around Kristinehamn). */
export const placeSrids: readonly PlaceSrid[] = [4326, 3006, 3008]

/** Larger than any municipality's address list; the server refuses more anyway. */
export const MAX_PLACE_FILE_BYTES = 5 * 1024 * 1024

/**
 * GeoJSON by its name (.geojson, .json) or, failing that, by content that starts like a JSON
 * object; anything else is read as CSV.
 */
export function placeFileFormat(fileName: string, content: string): PlaceFileFormat {
  if (/\.(geo)?json$/i.test(fileName)) return 'geojson'
  if (/\.(csv|txt)$/i.test(fileName)) return 'csv'
  return content.trimStart().startsWith('{') ? 'geojson' : 'csv'
}

/** A guess at the coordinate system from a CSV's header, to preselect it: metres (x,y) or degrees (lon,lat). */
export function guessSrid(format: PlaceFileFormat, content: string): PlaceSrid | null {
  if (format !== 'csv') return null
  const header = (content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase()
  const columns = header.split(/[;,]/).map((column) => column.trim().replace(/^"|"$/g, ''))
  if (columns.includes('lon') && columns.includes('lat')) return 4326
  return null
}
