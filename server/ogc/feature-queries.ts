import type { Queryable } from '../db/database.ts'
import type { CollectionDefinition, PublicSettings } from './collections.ts'
import { defaultCrs } from './crs.ts'
import type { CrsDefinition } from './crs.ts'
import type { DatetimeFilter } from './datetime-param.ts'
import { datetimeCondition } from './datetime-condition.ts'
import { SqlParams } from './sql-params.ts'
import { clipToSweref } from './sweref-bbox.ts'

/** A box easting or longitude first: [minX, minY, maxX, maxY]. */
export type Bbox = readonly [minX: number, minY: number, maxX: number, maxY: number]

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

/** Which features, and in which CRS. Without `bboxCrs` the bbox is in CRS84; without `crs` the answer is. */
export interface FeatureFilter {
  bbox?: Bbox | undefined
  bboxCrs?: CrsDefinition | undefined
  datetime?: DatetimeFilter | undefined
  /** The municipality a kommun account works in: a staff collection's rows are limited to it. Null or absent for the whole police area. */
  municipality?: string | null | undefined
}

export interface ItemsQuery extends FeatureFilter {
  crs?: CrsDefinition | undefined
  limit: number
  offset: number
}

/**
 * The geometry in the asked CRS, in that CRS's axis order (Part 2): CRS84 stays lon,lat as RFC 7946
 * has it; EPSG:4326 is lat,lon and SWEREF 99 northing,easting, so their coordinates are flipped.
 */
export function crsGeometry(geometry: string, crs: CrsDefinition) {
  const transformed = crs.srid === 3006 ? geometry : `ST_Transform(${geometry}, ${crs.srid})`
  return crs.northFirst ? `ST_FlipCoordinates(${transformed})` : transformed
}

// Options 0: no GeoJSON `crs` member; Part 2 names the CRS in the Content-Crs header.
const geoJsonGeometry = (geometry: string, crs: CrsDefinition) => `ST_AsGeoJSON(${crsGeometry(geometry, crs)}, ${crs.decimals}, 0)::json`

const selectFeature = (collection: CollectionDefinition, geometry: string, crs: CrsDefinition) =>
  `SELECT ${collection.idColumn} AS id, ${collection.properties} AS properties, ${geoJsonGeometry(geometry, crs)} AS geometry`

/** A whole GeoJSON Feature as JSON text, so a page of thousands is never parsed and serialised again in Node. */
const featureText = (collection: CollectionDefinition, geometry: string, crs: CrsDefinition) =>
  `json_build_object('type', 'Feature', 'id', ${collection.idColumn}, 'geometry', ${geoJsonGeometry(geometry, crs)},
                     'properties', ${collection.properties})::text AS feature`

/**
 * The bbox is transformed to the column's CRS, never the column to the bbox's, so the GiST
 * index is used; the exact test then runs on the geometry the public sees. A bbox in degrees is cut
 * to where SWEREF 99 TM is defined first, and its edges get extra vertices so that they stay close
 * to what they were after the transform (a box's straight edges in degrees bend in metres).
 * Most rows lie well inside the box: those pass on a cheap box test (see `insideInnerBox`), and only
 * the rows near its edges get the exact test.
 */
function bboxCondition(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, geometry: string, bbox: Bbox, crs: CrsDefinition) {
  const clipped = crs.srid === 4326 ? clipToSweref(bbox) : bbox
  if (!clipped) return 'false'
  const [minX, minY, maxX, maxY] = withArea(clipped, crs.tinyWidth).map((value) => params.add(value)) as [string, string, string, string]
  const box = `ST_MakeEnvelope(${minX}, ${minY}, ${maxX}, ${maxY}, ${crs.srid})`
  const envelope = crs.srid === 3006 ? box : `ST_Transform(${crs.segmentLength ? `ST_Segmentize(${box}, ${crs.segmentLength})` : box}, 3006)`
  const slack = params.add(collection.indexSlack(settings))
  const indexed = collection.indexedGeometry
  return `${indexed} && ST_Expand(${envelope}, ${slack})
    AND (${insideInnerBox(indexed, envelope, [minX, minY, maxX, maxY], crs.srid, slack)} OR ST_Intersects(${geometry}, ${envelope}))`
}

/**
 * A bbox that is a point or a line (or touches SWEREF 99 TM's area only at an edge) gets a
 * little width: GEOS refuses the one-point polygon it would make otherwise.
 */
function withArea([minX, minY, maxX, maxY]: Bbox, tiny: number): Bbox {
  return [minX, minY, Math.max(maxX, minX + tiny), Math.max(maxY, minY + tiny)]
}

/**
 * Whether the indexed geometry lies in a box inside the transformed bbox, shrunk by the slack:
 * then what the public sees is inside the bbox without the exact test. The box is spanned by the
 * bbox's corners (the transform turns the bbox a little), and it is used only when the envelope
 * really contains it and it is wider than the slack on every side; otherwise no row passes here
 * and every row gets the exact test. The box is computed once, when the query is planned.
 */
function insideInnerBox(indexed: string, envelope: string, [minX, minY, maxX, maxY]: [string, string, string, string], srid: number, slack: string) {
  const corner = (x: string, y: string) => `ST_Transform(ST_SetSRID(ST_MakePoint(${x}, ${y}), ${srid}), 3006)`
  const inscribed = `ST_MakeEnvelope(
      greatest(ST_X(${corner(minX, minY)}), ST_X(${corner(minX, maxY)})),
      greatest(ST_Y(${corner(minX, minY)}), ST_Y(${corner(maxX, minY)})),
      least(ST_X(${corner(maxX, minY)}), ST_X(${corner(maxX, maxY)})),
      least(ST_Y(${corner(minX, maxY)}), ST_Y(${corner(maxX, maxY)})), 3006)`
  // Not an empty box in the ELSE: PostGIS 3.6 counts every geometry as inside an empty one.
  return `(CASE WHEN ST_Contains(${envelope}, ${inscribed})
                 AND ST_XMax(${inscribed}) - ST_XMin(${inscribed}) > 2 * ${slack}
                 AND ST_YMax(${inscribed}) - ST_YMin(${inscribed}) > 2 * ${slack}
            THEN ${indexed} @ ST_Expand(${inscribed}, -${slack}) ELSE false END)`
}

/** `FROM … WHERE …` for the rows a request may see; `geometry` is needed only to test a bbox. */
export function fromWhere(collection: CollectionDefinition, settings: PublicSettings, params: SqlParams, filter: FeatureFilter, geometry?: string) {
  const conditions = [collection.where]
  if (filter.bbox && geometry) {
    conditions.push(bboxCondition(collection, settings, params, geometry, filter.bbox, filter.bboxCrs ?? defaultCrs))
  }
  if (filter.datetime && collection.time) conditions.push(datetimeCondition({ start: collection.time, end: collection.timeEnd }, filter.datetime, params))
  const scoped = municipalityCondition(collection, params, filter.municipality)
  if (scoped) conditions.push(scoped)
  return `FROM ${collection.from} WHERE ${conditions.join(' AND ')}`
}

/** A staff collection's rows limited to the caller's municipality; nothing for the whole police area or a public collection. */
function municipalityCondition(collection: CollectionDefinition, params: SqlParams, municipality: string | null | undefined) {
  if (!collection.municipalityColumn || municipality === null || municipality === undefined) return undefined
  return `${collection.municipalityColumn} = ${params.add(municipality)}`
}

interface PageRow {
  feature: string
}

export interface ItemsPage {
  /** Each a GeoJSON Feature as JSON text, in id order. */
  features: string[]
  numberMatched: number
}

/**
 * The page's ids first, and only then its features, so a viewport with many thousands of matches
 * builds JSON for one page and not for all of them. numberMatched is a plain count(*) beside it, on
 * the server in parallel: a `count(*) OVER ()` in the page query would make every match pass
 * through the window before LIMIT (of 100,000 reports, ≈50 ms of an 80 ms page; the count alone
 * takes a few ms on the index).
 */
export async function queryItems(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery): Promise<ItemsPage> {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const matching = fromWhere(collection, settings, params, query, geometry)
  const limit = params.add(query.limit)
  const offset = params.add(query.offset)
  const [rows, numberMatched] = await Promise.all([
    db.query<PageRow>(
      `WITH page AS (
         SELECT ${collection.idColumn} AS page_id ${matching}
         ORDER BY ${collection.idColumn} LIMIT ${limit} OFFSET ${offset})
       SELECT ${featureText(collection, geometry, query.crs ?? defaultCrs)}
       FROM ${collection.from} JOIN page ON ${collection.idColumn} = page.page_id
       ORDER BY ${collection.idColumn}`,
      params.values,
    ),
    countMatched(db, collection, settings, query),
  ])
  return { features: rows.map((row) => row.feature), numberMatched }
}

/** How many features match the filter, whatever the page. */
async function countMatched(db: Queryable, collection: CollectionDefinition, settings: PublicSettings, query: ItemsQuery) {
  // Its own parameters: PostgreSQL refuses values that a statement does not use.
  const params = new SqlParams()
  const from = fromWhere(collection, settings, params, query, query.bbox && collection.geometry(params, settings))
  const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count ${from}`, params.values)
  return row?.count ?? 0
}

export async function queryItem(
  db: Queryable,
  collection: CollectionDefinition,
  settings: PublicSettings,
  id: string,
  crs: CrsDefinition = defaultCrs,
  municipality: string | null = null,
) {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const idParam = params.add(collection.idType === 'integer' ? Number(id) : id)
  const scoped = municipalityCondition(collection, params, municipality)
  const rows = await db.query<FeatureRow>(
    `${selectFeature(collection, geometry, crs)} FROM ${collection.from}
     WHERE ${collection.where} AND ${collection.idColumn} = ${idParam}${scoped ? ` AND ${scoped}` : ''}`,
    params.values,
  )
  return rows[0] ? toFeature(rows[0]) : undefined
}

export interface Extent {
  bbox: [number, number, number, number] | null
  interval: [string | null, string | null] | null
}

// A box's straight edges in metres bend in degrees: transformed with a vertex every kilometre, the
// box in degrees still holds every point of the box in metres (the municipality is tens of km wide).
const EXTENT_SEGMENT_METRES = 1000

/**
 * The collection's extent in WGS84 and, where it has time, its first and last instant. The box is
 * taken of the stored (indexed) geometry in EPSG:3006, so no row is transformed; grown by how far the
 * shown geometry may lie from the stored one (half a grid cell for reports), made denser and
 * transformed once. It may be a little larger than the features, never smaller.
 */
export async function queryExtent(db: Queryable, collection: CollectionDefinition, settings: PublicSettings): Promise<Extent> {
  const params = new SqlParams()
  const slack = params.add(collection.indexSlack(settings))
  const segment = params.add(EXTENT_SEGMENT_METRES)
  const time = collection.time
    ? `min(${collection.time})::timestamptz AS first, max(${collection.time})::timestamptz AS last`
    : 'NULL AS first, NULL AS last'
  const [row] = await db.query<{ box: string | null; first: Date | null; last: Date | null }>(
    `SELECT Box2D(ST_Transform(ST_Segmentize(ST_Expand(ST_SetSRID(box::geometry, 3006), ${slack}), ${segment}), 4326))::text AS box, first, last
       FROM (SELECT ST_Extent(${collection.indexedGeometry}) AS box, ${time}
               FROM ${collection.from} WHERE ${collection.where}) AS whole`,
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
  const [minX, minY, maxX, maxY] = numbers as [number, number, number, number]
  // Rounded outwards, so the box still holds every feature.
  const down = (value: number) => Math.floor(value * 1e6) / 1e6
  const up = (value: number) => Math.ceil(value * 1e6) / 1e6
  return [down(minX), down(minY), up(maxX), up(maxY)]
}

function toFeature(row: FeatureRow): Feature {
  return { type: 'Feature', id: row.id, geometry: row.geometry, properties: row.properties }
}
