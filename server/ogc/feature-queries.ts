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
const geoJsonGeometry = (geometry: string) => `ST_AsGeoJSON(ST_Transform(${geometry}, 4326), 6)::json`

const selectFeature = (collection: CollectionDefinition, geometry: string) =>
  `SELECT ${collection.idColumn} AS id, ${collection.properties} AS properties, ${geoJsonGeometry(geometry)} AS geometry`

/** A whole GeoJSON Feature as JSON text, so a page of thousands is never parsed and serialised again in Node. */
const featureText = (collection: CollectionDefinition, geometry: string) =>
  `json_build_object('type', 'Feature', 'id', ${collection.idColumn}, 'geometry', ${geoJsonGeometry(geometry)},
                     'properties', ${collection.properties})::text AS feature`

/**
 * The bbox is transformed to the column's CRS, never the column to the bbox's, so the GiST
 * index is used; the exact test then runs on the geometry the public sees. It is cut to where
 * SWEREF 99 TM is defined first, and its edges get extra vertices so that they stay close to
 * what they were after the transform (a box's straight edges in degrees bend in metres).
 * Most rows lie well inside the box: those pass on a cheap box test (see `insideInnerBox`), and only
 * the rows near its edges get the exact test.
 */
function bboxCondition(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, geometry: string, bbox: Bbox) {
  const clipped = clipToSweref(bbox)
  if (!clipped) return 'false'
  const [minLon, minLat, maxLon, maxLat] = withArea(clipped).map((value) => params.add(value)) as [string, string, string, string]
  const envelope = `ST_Transform(ST_Segmentize(ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326), 0.05), 3006)`
  const slack = params.add(collection.indexSlack(settings))
  const indexed = collection.indexedGeometry
  return `${indexed} && ST_Expand(${envelope}, ${slack})
    AND (${insideInnerBox(indexed, envelope, [minLon, minLat, maxLon, maxLat], slack)} OR ST_Intersects(${geometry}, ${envelope}))`
}

/**
 * A bbox that is a point or a line (or touches SWEREF 99 TM's area only at an edge) gets a
 * thousandth of a metre of width: GEOS refuses the one-point polygon it would make otherwise.
 */
function withArea([minLon, minLat, maxLon, maxLat]: Bbox): Bbox {
  const TINY = 1e-8
  return [minLon, minLat, Math.max(maxLon, minLon + TINY), Math.max(maxLat, minLat + TINY)]
}

/**
 * Whether the indexed geometry lies in a box inside the transformed bbox, shrunk by the slack:
 * then what the public sees is inside the bbox without the exact test. The box is spanned by the
 * bbox's corners (the transform turns the bbox a little), and it is used only when the envelope
 * really contains it and it is wider than the slack on every side; otherwise no row passes here
 * and every row gets the exact test. The box is computed once, when the query is planned.
 */
function insideInnerBox(indexed: string, envelope: string, [minLon, minLat, maxLon, maxLat]: [string, string, string, string], slack: string) {
  const corner = (lon: string, lat: string) => `ST_Transform(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326), 3006)`
  const inscribed = `ST_MakeEnvelope(
      greatest(ST_X(${corner(minLon, minLat)}), ST_X(${corner(minLon, maxLat)})),
      greatest(ST_Y(${corner(minLon, minLat)}), ST_Y(${corner(maxLon, minLat)})),
      least(ST_X(${corner(maxLon, minLat)}), ST_X(${corner(maxLon, maxLat)})),
      least(ST_Y(${corner(minLon, maxLat)}), ST_Y(${corner(maxLon, maxLat)})), 3006)`
  // Not an empty box in the ELSE: PostGIS 3.6 counts every geometry as inside an empty one.
  return `(CASE WHEN ST_Contains(${envelope}, ${inscribed})
                 AND ST_XMax(${inscribed}) - ST_XMin(${inscribed}) > 2 * ${slack}
                 AND ST_YMax(${inscribed}) - ST_YMin(${inscribed}) > 2 * ${slack}
            THEN ${indexed} @ ST_Expand(${inscribed}, -${slack}) ELSE false END)`
}

/** `FROM … WHERE …` for the rows a request may see; `geometry` is needed only to test a bbox. */
function fromWhere(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, bbox?: Bbox, geometry?: string) {
  const conditions = [collection.where]
  if (bbox && geometry) conditions.push(bboxCondition(collection, settings, params, geometry, bbox))
  return `FROM ${collection.from} WHERE ${conditions.join(' AND ')}`
}

interface PageRow {
  feature: string
  matched: number
}

export interface ItemsPage {
  /** Each a GeoJSON Feature as JSON text, in id order. */
  features: string[]
  numberMatched: number
}

/**
 * One pass finds the page's ids and counts every match (the count is over all rows, before the
 * limit); only then are the page's features built, so a viewport with many thousands of matches
 * builds JSON for one page and not for all of them.
 */
export async function queryItems(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery): Promise<ItemsPage> {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const matching = fromWhere(collection, settings, params, query.bbox, geometry)
  const limit = params.add(query.limit)
  const offset = params.add(query.offset)
  const rows = await db.query<PageRow>(
    `WITH page AS (
       SELECT ${collection.idColumn} AS page_id, count(*) OVER ()::int AS matched ${matching}
       ORDER BY ${collection.idColumn} LIMIT ${limit} OFFSET ${offset})
     SELECT ${featureText(collection, geometry)}, page.matched
     FROM ${collection.from} JOIN page ON ${collection.idColumn} = page.page_id
     ORDER BY ${collection.idColumn}`,
    params.values,
  )
  const numberMatched = rows[0]?.matched ?? (query.offset === 0 ? 0 : await countMatched(db, collection, settings, query))
  return { features: rows.map((row) => row.feature), numberMatched }
}

/** For a page past the last match, which finds no row to carry the count. */
async function countMatched(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery) {
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
