import type { DownloadLayer, DownloadRow } from './download-layer.ts'
import { propertyColumns, uniqueColumnNames } from './property-columns.ts'

/**
 * Excel reads a CSV file without a byte order mark in the computer's ANSI code page (Windows-1252
 * in Sweden) and turns "Kärrgårdsvägen" into "KÃ¤rrgÃ¥rdsvÃ¤gen"; the BOM makes it read UTF-8.
 * GDAL, QGIS, R and pandas skip the BOM. (Swedish Excel splits on semicolons when a file is
 * double-clicked; Data → From Text/CSV reads this comma-separated file column by column.)
 */
const BYTE_ORDER_MARK = '\uFEFF'
const LINE_END = '\r\n'

/**
 * The layer as RFC 4180 CSV: `id`, every property, the geometry as `wkt` (in the layer's CRS), and
 * for point layers also `x` and `y` (easting/longitude, northing/latitude) for spreadsheets and
 * tools that cannot read WKT. Every header is distinct.
 */
export function csvFile(layer: DownloadLayer, rows: readonly DownloadRow<string>[]): string {
  const properties = propertyColumns(rows)
  const withXY = layer.geometryType === 'Point'
  const own = ['id', 'wkt', ...(withXY ? ['x', 'y'] : [])]
  // A property named like one of our own columns (or like another without case) gets a `_2`, as in
  // the GeoPackage: a repeated header makes pandas and GDAL drop or rename a column on their own.
  const header = ['id', ...uniqueColumnNames(properties, own), 'wkt', ...(withXY ? ['x', 'y'] : [])]
  const lines = [header.map(csvField)]
  for (const row of rows) {
    const values: unknown[] = [row.id, ...properties.map((key) => row.properties[key]), row.geometry]
    if (withXY) values.push(...pointXY(row.geometry))
    lines.push(values.map(csvField))
  }
  return BYTE_ORDER_MARK + lines.map((fields) => fields.join(',') + LINE_END).join('')
}

/** The x and y of a `POINT(x y)` (also with Z or M); empty for any other geometry or none. */
export function pointXY(wkt: string | null): [number | null, number | null] {
  const match = wkt?.match(/^\s*POINT\s*(?:Z|M|ZM)?\s*\(\s*(\S+)\s+([^\s)]+)/i)
  if (!match) return [null, null]
  const x = Number(match[1])
  const y = Number(match[2])
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : [null, null]
}

/** One field: null as empty, text protected against formula injection, quoted when RFC 4180 needs it. */
export function csvField(value: unknown): string {
  const text = fieldText(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (typeof value === 'string') return guardFormula(value)
  // Properties are flat by contract; anything else is kept readable rather than "[object Object]".
  return guardFormula(JSON.stringify(value))
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula, so
 * a reported description such as `=HYPERLINK(...)` could run on a planner's computer (OWASP "CSV
 * injection"). Such text gets a leading apostrophe, which Excel and LibreOffice show as text. Real
 * numbers are written as numbers above and never reach here, so -3.5 stays -3.5.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
