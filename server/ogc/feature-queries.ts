import type { Queryable } from '../db/database.ts'
import type { CollectionDefinition, PublicSettings } from './collections.ts'
import { SqlParams } from './sql-params.ts'
import { clipToSweref } from './sweref-bbox.ts'

export type Bbox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number]

export interface Feature {
  type: 'Feature'
  id: string | number
  geometry: unknown
  properties: Record<string, unknown>
}

interface FeatureRow extends Record<string, unknown> {
  id: string | number
  geometry: unknown
  properties: Record<string, unknown>
}

export interface ItemsQuery {
  bbox?: Bbox | undefined
  limit: number
  offset: number
}

// Coordinates in WGS84 with 6 decimals (about 0.1 m), as RFC 7946 recommends.
const selectFeature = (collection: CollectionDefinition, geometry: string) =>
  `SELECT ${collection.idColumn} AS id, ${collection.properties} AS properties,
          ST_AsGeoJSON(ST_Transform(${geometry}, 4326), 6)::json AS geometry`

/**
 * The bbox is transformed to the column's CRS, never the column to the bbox's, so the GiST
 * index is used; the exact test then runs on the geometry the public sees. It is cut to where
 * SWEREF 99 TM is defined first, and its edges get extra vertices so that they stay close to
 * what they were after the transform (a box's straight edges in degrees bend in metres).
 */
function bboxCondition(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, geometry: string, bbox: Bbox) {
  const clipped = clipToSweref(bbox)
  if (!clipped) return 'false'
  const [minLon, minLat, maxLon, maxLat] = clipped.map((value) => params.add(value))
  const envelope = `ST_Transform(ST_Segmentize(ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326), 0.05), 3006)`
  const slack = params.add(collection.indexSlack(settings))
  return `${collection.indexedGeometry} && ST_Expand(${envelope}, ${slack}) AND ST_Intersects(${geometry}, ${envelope})`
}

/** `FROM … WHERE …` for the rows a request may see; `geometry` is needed only to test a bbox. */
function fromWhere(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, bbox?: Bbox, geometry?: string) {
  const conditions = [collection.where]
  if (bbox && geometry) conditions.push(bboxCondition(collection, settings, params, geometry, bbox))
  return `FROM ${collection.from} WHERE ${conditions.join(' AND ')}`
}

export async function queryItems(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery) {
  const page = new SqlParams()
  const geometry = collection.geometry(page, settings)
  const pageFrom = fromWhere(collection, settings, page, query.bbox, geometry)
  const limit = page.add(query.limit)
  const offset = page.add(query.offset)
  const rows = await db.query<FeatureRow>(
    `${selectFeature(collection, geometry)} ${pageFrom} ORDER BY ${collection.idColumn} LIMIT ${limit} OFFSET ${offset}`,
    page.values,
  )
  return { features: rows.map(toFeature), numberMatched: await countMatched(db, collection, settings, query, rows.length) }
}

/** A page that is not full tells the count by itself; only a full or empty page asks the database. */
async function countMatched(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery, returned: number) {
  if (returned < query.limit && (returned > 0 || query.offset === 0)) return query.offset + returned
  // Its own parameters: PostgreSQL refuses values that a statement does not use.
  const params = new SqlParams()
  const from = fromWhere(collection, settings, params, query.bbox, query.bbox && collection.geometry(params, settings))
  const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count ${from}`, params.values)
  return row?.count ?? 0
}

export async function queryItem(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, id: string) {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const idParam = params.add(collection.idType === 'integer' ? Number(id) : id)
  const rows = await db.query<FeatureRow>(
    `${selectFeature(collection, geometry)} FROM ${collection.from}
     WHERE ${collection.where} AND ${collection.idColumn} = ${idParam}`,
    params.values,
  )
  return rows[0] ? toFeature(rows[0]) : undefined
}

export interface Extent {
  bbox: [number, number, number, number] | null
  interval: [string | null, string | null] | null
}

/** The collection's extent in WGS84 and, where it has time, its first and last instant. */
export async function queryExtent(db: Queryable, collection: CollectionDefinition, settings: PublicSettings): Promise<Extent> {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const time = collection.time
    ? `min(${collection.time})::timestamptz AS first, max(${collection.time})::timestamptz AS last`
    : 'NULL AS first, NULL AS last'
  const [row] = await db.query<{ box: string | null; first: Date | null; last: Date | null }>(
    `SELECT ST_Extent(ST_Transform(${geometry}, 4326))::text AS box, ${time}
     FROM ${collection.from} WHERE ${collection.where}`,
    params.values,
  )
  return {
    bbox: parseBox(row?.box ?? null),
    interval: collection.time ? [row?.first?.toISOString() ?? null, row?.last?.toISOString() ?? null] : null,
  }
}

// ST_Extent's text form is `BOX(minx miny,maxx maxy)`.
function parseBox(box: string | null): Extent['bbox'] {
  const numbers = box?.match(/-?\d+(\.\d+)?(e-?\d+)?/gi)?.map(Number)
  if (!numbers || numbers.length !== 4) return null
  const [minX, minY, maxX, maxY] = numbers.map((value) => Math.round(value * 1e6) / 1e6) as [number, number, number, number]
  return [minX, minY, maxX, maxY]
}

function toFeature(row: FeatureRow): Feature {
  return { type: 'Feature', id: row.id, geometry: row.geometry, properties: row.properties }
}
