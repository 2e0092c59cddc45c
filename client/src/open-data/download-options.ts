/** The file formats the download route writes, by its `format` parameter. */
export const downloadFormats = ['geojson', 'csv', 'gpkg'] as const
export type DownloadFormat = (typeof downloadFormats)[number]

/**
 * The CRSs a file may be in, by the OGC URI the route's `crs` parameter takes, and the key of
 * their names in the i18n texts. (Files are always easting/longitude first, as GIS programs read them.)
 */
export const downloadCrss = [
  { key: 'crs84', uri: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' },
  { key: 'sweref99tm', uri: 'http://www.opengis.net/def/crs/EPSG/0/3006' },
  { key: 'sweref991330', uri: 'http://www.opengis.net/def/crs/EPSG/0/3008' },
] as const
export type DownloadCrsKey = (typeof downloadCrss)[number]['key']

/** SWEREF 99 13 30 is what the municipality's planners work in, and GeoPackage what QGIS reads best. */
export const defaultDownload = { format: 'gpkg', crs: 'sweref991330' } as const satisfies { format: DownloadFormat; crs: DownloadCrsKey }

/** The same-origin address of one collection's whole download in the chosen format and CRS. */
export function downloadPath(collectionId: string, format: DownloadFormat, crs: DownloadCrsKey): string {
  const uri = downloadCrss.find((candidate) => candidate.key === crs)!.uri
  const query = new URLSearchParams({ format, crs: uri })
  return `/ogc/collections/${encodeURIComponent(collectionId)}/download?${query}`
}
