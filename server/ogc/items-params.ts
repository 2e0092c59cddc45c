import { badRequest } from '../errors.ts'
import type { Bbox, ItemsQuery } from './feature-queries.ts'

/** Without `limit` a client gets this many features. */
export const DEFAULT_LIMIT = 100
/** The documented maximum: a larger `limit` is lowered to this, as OGC API – Features asks. */
export const MAX_LIMIT = 5000

/** Reads `bbox`, `limit` and `offset`; anything malformed is a 400 that says what was wrong. */
export function parseItemsParams(query: Record<string, unknown>): ItemsQuery {
  return {
    bbox: query.bbox === undefined ? undefined : parseBbox(query.bbox),
    limit: query.limit === undefined ? DEFAULT_LIMIT : Math.min(parseWholeNumber('limit', query.limit, 1), MAX_LIMIT),
    offset: query.offset === undefined ? 0 : parseWholeNumber('offset', query.offset, 0),
  }
}

export function parseBbox(value: unknown): Bbox {
  const parts = typeof value === 'string' ? value.split(',') : []
  const numbers = parts.map((part) => (/^\s*-?\d+(\.\d+)?\s*$/.test(part) ? Number(part) : Number.NaN))
  // A 3D bbox (six numbers) is accepted; its heights are ignored.
  if (!(numbers.length === 4 || numbers.length === 6) || numbers.some(Number.isNaN)) {
    throw badRequest(
      'invalid_bbox',
      'bbox ska vara fyra tal åtskilda med komma: minLon,minLat,maxLon,maxLat (WGS84).',
      'bbox must be four comma-separated numbers: minLon,minLat,maxLon,maxLat (WGS84).',
    )
  }
  const [minLon, minLat, maxLon, maxLat] =
    numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers
  const box = [minLon, minLat, maxLon, maxLat] as unknown as Bbox
  const inRange = Math.abs(box[0]) <= 180 && Math.abs(box[2]) <= 180 && Math.abs(box[1]) <= 90 && Math.abs(box[3]) <= 90
  if (!inRange || box[0] > box[2] || box[1] > box[3]) {
    throw badRequest(
      'invalid_bbox',
      'bbox ligger utanför jorden eller har min större än max (longitud −180–180, latitud −90–90).',
      'bbox is outside the world or has a minimum larger than its maximum (longitude −180–180, latitude −90–90).',
    )
  }
  return box
}

function parseWholeNumber(name: string, value: unknown, min: number): number {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= min)) {
    throw badRequest(
      `invalid_${name}`,
      `${name} ska vara ett heltal från ${min} och uppåt.`,
      `${name} must be a whole number of ${min} or more.`,
    )
  }
  return number
}
