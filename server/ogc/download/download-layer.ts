/** The CRSs a download (and an import) may be in: WGS84, SWEREF 99 TM and the municipality's SWEREF 99 13 30. */
export const downloadSrids = [4326, 3006, 3008] as const
export type DownloadSrid = (typeof downloadSrids)[number]

/** What a download file describes: one collection, in one CRS. */
export interface DownloadLayer {
  /** The collection's id, also the file's and the GeoPackage table's name. */
  name: string
  title: string
  description: string
  srid: DownloadSrid
  geometryType: 'Polygon' | 'LineString' | 'Point' | 'Geometry'
}

/**
 * One feature of a download. The geometry comes from PostGIS already in the layer's CRS, encoded
 * as the format needs it: WKT text for CSV, WKB bytes for GeoPackage, GeoJSON text for GeoJSON.
 */
export interface DownloadRow<Geometry> {
  id: string | number
  /** Flat values: strings, numbers, booleans or null (dates as ISO strings). */
  properties: Record<string, unknown>
  geometry: Geometry | null
}
