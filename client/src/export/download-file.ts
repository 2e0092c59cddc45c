/**
 * "Export this list" and "export this layer": the rows or features the screen shows, saved as a
 * file by the browser. CSV as Swedish Excel opens it (server/shared/csv.ts); GeoJSON in WGS84.
 */
import { csvText } from '../../../server/shared/csv.ts'

/** Saves `content` as `filename` through a temporary link (no server round trip, nothing kept). */
export function downloadFile(filename: string, content: string, contentType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly unknown[])[]): void {
  downloadFile(filename, csvText(header, rows), 'text/csv;charset=utf-8')
}

export function downloadGeoJson(filename: string, collection: { type: 'FeatureCollection'; features: readonly unknown[] }): void {
  downloadFile(filename, JSON.stringify(collection), 'application/geo+json')
}
