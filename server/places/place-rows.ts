/**
 * Reads the rows of a place-name file: CSV with a header (comma, semicolon or tab separated;
 * columns name/namn/adress and lon+lat or x+y, optionally kind/typ) or a GeoJSON FeatureCollection
 * of Points with a name property. Pure: positions are checked against the municipality elsewhere.
 */
import type { PlaceImportProblem } from '../shared/api/report-schemas.ts'
import { placeKinds } from '../shared/api/report-schemas.ts'

export interface PlaceRow {
  /** Line in the CSV (the header is line 1) or feature number in the GeoJSON (from 1). */
  row: number
  name: string
  kind: (typeof placeKinds)[number]
  x: number
  y: number
}

export const MAX_PLACE_ROWS = 50_000
const MAX_NAME_LENGTH = 200

const nameColumns = ['name', 'namn', 'adress', 'address', 'benamning']
const xColumns = ['lon', 'longitude', 'x', 'e', 'easting', 'ost']
const yColumns = ['lat', 'latitude', 'y', 'n', 'northing', 'nord']
const kindColumns = ['kind', 'typ', 'type']

export function parsePlaceRows(format: 'csv' | 'geojson', content: string): { rows: PlaceRow[]; problems: PlaceImportProblem[] } {
  const rows: PlaceRow[] = []
  const problems: PlaceImportProblem[] = []
  const candidates = format === 'csv' ? csvCandidates(content) : geojsonCandidates(content)
  if ('problem' in candidates) return { rows, problems: [candidates.problem] }
  if (candidates.length > MAX_PLACE_ROWS) {
    return { rows, problems: [fileProblem(`The file has more than ${MAX_PLACE_ROWS} rows.`, `Filen har fler än ${MAX_PLACE_ROWS} rader.`)] }
  }
  for (const candidate of candidates) {
    const problem = rowProblem(candidate)
    if (problem) problems.push({ row: candidate.row, ...problem })
    else rows.push({ ...candidate, kind: (candidate.kind || 'address') as PlaceRow['kind'] })
  }
  if (candidates.length === 0) problems.push(fileProblem('The file has no places.', 'Filen innehåller inga platser.'))
  return { rows, problems }
}

interface Candidate {
  row: number
  name: string
  kind: string
  x: number
  y: number
}

function rowProblem(candidate: Candidate): { message: string; message_sv: string } | null {
  if (candidate.name === '') return { message: 'The name is missing.', message_sv: 'Namnet saknas.' }
  if (candidate.name.length > MAX_NAME_LENGTH || [...candidate.name].some((c) => c.charCodeAt(0) < 0x20)) {
    return { message: `The name is too long or has control characters (at most ${MAX_NAME_LENGTH} characters).`, message_sv: `Namnet är för långt eller har styrtecken (högst ${MAX_NAME_LENGTH} tecken).` }
  }
  if (!Number.isFinite(candidate.x) || !Number.isFinite(candidate.y)) {
    return { message: 'The coordinates are missing or not numbers.', message_sv: 'Koordinaterna saknas eller är inte tal.' }
  }
  if (candidate.kind !== '' && !(placeKinds as readonly string[]).includes(candidate.kind)) {
    return { message: `Unknown kind "${candidate.kind}": use one of ${placeKinds.join(', ')}.`, message_sv: `Okänd typ "${candidate.kind}": använd någon av ${placeKinds.join(', ')}.` }
  }
  return null
}

const fileProblem = (message: string, message_sv: string): PlaceImportProblem => ({ row: 0, message, message_sv })

function csvCandidates(content: string): Candidate[] | { problem: PlaceImportProblem } {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = lines[0] ?? ''
  const separator = [';', '\t', ','].find((s) => header.includes(s)) ?? ','
  const columns = splitCsvLine(header, separator).map((c) => c.trim().toLowerCase())
  const find = (names: string[]) => columns.findIndex((c) => names.includes(c))
  const [nameAt, xAt, yAt, kindAt] = [find(nameColumns), find(xColumns), find(yColumns), find(kindColumns)]
  if (nameAt < 0 || xAt < 0 || yAt < 0) {
    return {
      problem: fileProblem(
        'The first line must name the columns: name, and lon and lat (or x and y).',
        'Första raden ska namnge kolumnerna: namn, och lon och lat (eller x och y).',
      ),
    }
  }
  const candidates: Candidate[] = []
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue
    const cells = splitCsvLine(line, separator)
    const number = (at: number) => {
      const text = (cells[at] ?? '').trim().replace(',', '.')
      return text === '' ? NaN : Number(text)
    }
    candidates.push({
      row: index + 1,
      name: (cells[nameAt] ?? '').trim(),
      kind: kindAt < 0 ? '' : (cells[kindAt] ?? '').trim(),
      x: number(xAt),
      y: number(yAt),
    })
  }
  return candidates
}

/** One CSV line, with "quoted" cells that may hold the separator and "" for a quote. */
export function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === separator) {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

function geojsonCandidates(content: string): Candidate[] | { problem: PlaceImportProblem } {
  let parsed: unknown
  try {
    parsed = JSON.parse(content)
  } catch {
    return { problem: fileProblem('The file is not valid JSON.', 'Filen är inte giltig JSON.') }
  }
  const features = (parsed as { type?: unknown; features?: unknown }).features
  if ((parsed as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { problem: fileProblem('The file must be a GeoJSON FeatureCollection.', 'Filen måste vara en GeoJSON FeatureCollection.') }
  }
  return features.map((feature: unknown, index) => {
    const { geometry, properties } = (feature ?? {}) as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> }
    const coordinates = geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : []
    const property = (names: string[]) => {
      const key = Object.keys(properties ?? {}).find((k) => names.includes(k.toLowerCase()))
      const value = key === undefined ? undefined : properties?.[key]
      return typeof value === 'string' ? value.trim() : ''
    }
    return {
      row: index + 1,
      name: property(nameColumns),
      kind: property(kindColumns),
      x: typeof coordinates[0] === 'number' ? coordinates[0] : NaN,
      y: typeof coordinates[1] === 'number' ? coordinates[1] : NaN,
    }
  })
}
