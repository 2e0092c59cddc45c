import { badRequest } from '../errors.ts'
import { defaultCrs, findCrs, supportedCrsUris } from './crs.ts'
import type { CrsDefinition } from './crs.ts'
import type { DatetimeFilter } from './datetime-param.ts'
import { parseDatetime } from './datetime-param.ts'
import type { Bbox, ItemsQuery } from './feature-queries.ts'

/** Without `limit` a client gets this many features. */
export const DEFAULT_LIMIT = 100
/**
 * The documented maximum. Part 1 (§7.15.3) lets a server either lower a larger `limit` or refuse
 * it; we refuse it with a 400 that names the maximum, so a client never gets fewer features
 * than it asked for without knowing why (GDAL reads the maximum from the OpenAPI document).
 */
export const MAX_LIMIT = 5000

/** The filters shared by `items` and `download`, read and checked. */
export interface FeatureFilters {
  /** In `bboxCrs`, easting or longitude first (already swapped from the CRS's axis order). */
  bbox?: Bbox | undefined
  bboxCrs: CrsDefinition
  crs: CrsDefinition
  datetime?: DatetimeFilter | undefined
}

/** The query values that the next and previous pages must carry, as the client sent them. */
const CARRIED = ['bbox', 'bbox-crs', 'crs', 'datetime'] as const

export type ItemsRequest = Omit<ItemsQuery, keyof FeatureFilters> & FeatureFilters & { carried: [string, string][] }

/** Reads `bbox`, `bbox-crs`, `crs`, `datetime`, `limit` and `offset`; anything malformed is a 400 that says what was wrong. */
export function parseItemsParams(query: Record<string, unknown>, hasTime = true): ItemsRequest {
  return {
    ...parseFeatureFilters(query, hasTime),
    limit: query.limit === undefined ? DEFAULT_LIMIT : parseLimit(query.limit),
    offset: query.offset === undefined ? 0 : parseWholeNumber('offset', query.offset, 0),
    carried: CARRIED.flatMap((name) => (typeof query[name] === 'string' ? [[name, query[name] as string]] : [])),
  }
}

export function parseFeatureFilters(query: Record<string, unknown>, hasTime: boolean): FeatureFilters {
  const bboxCrs = query['bbox-crs'] === undefined ? defaultCrs : parseCrs('bbox-crs', query['bbox-crs'])
  if (query['bbox-crs'] !== undefined && query.bbox === undefined) {
    throw badRequest('invalid_bbox_crs', 'bbox-crs anges bara tillsammans med bbox.', 'bbox-crs is only given together with bbox.')
  }
  return {
    bbox: query.bbox === undefined ? undefined : parseBbox(query.bbox, bboxCrs),
    bboxCrs,
    crs: query.crs === undefined ? defaultCrs : parseCrs('crs', query.crs),
    // A collection without time has no `datetime` in its API definition: the unknown-parameter check answers it.
    datetime: query.datetime === undefined || !hasTime ? undefined : parseDatetime(query.datetime),
  }
}

export function parseCrs(name: 'crs' | 'bbox-crs', value: unknown): CrsDefinition {
  const crs = typeof value === 'string' ? findCrs(value) : undefined
  if (!crs) {
    const known = supportedCrsUris.join(', ')
    throw badRequest(
      name === 'crs' ? 'invalid_crs' : 'invalid_bbox_crs',
      `${name} måste vara ett av referenssystemen ${known}.`,
      `${name} must be one of the coordinate reference systems ${known}.`,
    )
  }
  return crs
}

/**
 * A bbox in the CRS's own axis order (lat before lon in EPSG:4326, northing before easting in
 * SWEREF 99), returned easting or longitude first.
 */
export function parseBbox(value: unknown, crs: CrsDefinition = defaultCrs): Bbox {
  const parts = typeof value === 'string' ? value.split(',') : []
  const numbers = parts.map((part) => (/^\s*-?\d+(\.\d+)?\s*$/.test(part) ? Number(part) : Number.NaN))
  const axes = crs.northFirst ? 'minNorth,minEast,maxNorth,maxEast' : 'minLon,minLat,maxLon,maxLat'
  const axesSv = crs.northFirst ? 'minNord,minÖst,maxNord,maxÖst' : 'minLon,minLat,maxLon,maxLat'
  // A 3D bbox (six numbers) is accepted; its heights are ignored.
  if (!(numbers.length === 4 || numbers.length === 6) || numbers.some(Number.isNaN)) {
    throw badRequest(
      'invalid_bbox',
      `bbox ska vara fyra tal åtskilda med komma: ${axesSv} (i ${crs.label}).`,
      `bbox must be four comma-separated numbers: ${axes} (in ${crs.label}).`,
    )
  }
  const [a1, b1, a2, b2] = (numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers) as number[]
  const box: Bbox = crs.northFirst ? [b1!, a1!, b2!, a2!] : [a1!, b1!, a2!, b2!]
  const [minX, minY, maxX, maxY] = crs.validArea
  const inRange = box[0] >= minX && box[2] <= maxX && box[1] >= minY && box[3] <= maxY
  if (box[0] > box[2] || box[1] > box[3]) {
    throw badRequest(
      'invalid_bbox',
      `bbox har ett minsta värde som är större än sitt största (ordningen är ${axesSv}).`,
      `bbox has a minimum larger than its maximum (the order is ${axes}).`,
    )
  }
  if (!inRange) {
    const area = crs.northFirst ? [minY, minX, maxY, maxX] : [minX, minY, maxX, maxY]
    throw badRequest(
      'invalid_bbox',
      `bbox ligger utanför där ${crs.label} gäller (${area.join(',')}).`,
      `bbox is outside where ${crs.label} is valid (${area.join(',')}).`,
    )
  }
  return box
}

function parseLimit(value: unknown): number {
  const limit = parseWholeNumber('limit', value, 1)
  if (limit > MAX_LIMIT) {
    throw badRequest(
      'invalid_limit',
      `limit kan vara högst ${MAX_LIMIT}. Hämta fler objekt genom att följa länken "next".`,
      `limit can be at most ${MAX_LIMIT}. Fetch more features by following the "next" link.`,
    )
  }
  return limit
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

/**
 * Part 1 (/req/core/query-param-unknown): a parameter the API definition does not name is a 400,
 * so a misspelt filter (`bbbox`, `datetime` on a collection without time) is never silently ignored.
 */
export function rejectUnknownParams(query: Record<string, unknown>, allowed: readonly string[]) {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name))
  if (unknown.length > 0) {
    const names = unknown.join(', ')
    const known = allowed.length > 0 ? allowed.join(', ') : '–'
    throw badRequest(
      'unknown_parameter',
      `Okänd parameter: ${names}. Här gäller: ${known}.`,
      `Unknown parameter: ${names}. Allowed here: ${known}.`,
    )
  }
}
