/** The file formats a collection downloads as; the writers are csv-file.ts, geopackage-file.ts and geojson-file.ts. */
export const downloadFormats = [
  { name: 'geojson', extension: 'geojson', mediaType: 'application/geo+json', label: 'GeoJSON' },
  { name: 'csv', extension: 'csv', mediaType: 'text/csv', label: 'CSV (WKT)' },
  { name: 'gpkg', extension: 'gpkg', mediaType: 'application/geopackage+sqlite3', label: 'GeoPackage' },
] as const

export type DownloadFormat = (typeof downloadFormats)[number]
export type DownloadFormatName = DownloadFormat['name']

export function findDownloadFormat(name: string): DownloadFormat | undefined {
  return downloadFormats.find((format) => format.name === name)
}
