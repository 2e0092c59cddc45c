/**
 * A hexagon density grid of the evidence, weighted by severity and recency:
 *   weight of a place = severity (1–3) × 0.5 ^ (age in days / 180)
 * so a place from half a year ago counts half. The cells are PostGIS's ST_HexagonGrid cells
 * (flat-topped, origin 0,0 of SWEREF 99 TM), `cell_m` across the flats. Each place finds its own
 * cell arithmetically, and only cells with places are drawn (ST_Hexagon): a grid laid over the
 * whole view and joined with every place would cost cells × places.
 */
import type { Queryable } from '../db/database.ts'
import type { HexCell, HexGridQuery, HexGridResult } from '../shared/api/planning-schemas.ts'
import { clipToSweref } from '../ogc/sweref-bbox.ts'
import { evidencePeriod, evidenceSql } from './evidence.ts'

export const HALF_LIFE_DAYS = 180

const emptyGrid = (query: HexGridQuery): HexGridResult => ({
  type: 'FeatureCollection', features: [], period: evidencePeriod(query), cell_m: query.cell_m, half_life_days: HALF_LIFE_DAYS,
})

/**
 * Column i of hexagons of edge e has its centres at x = 1.5·e·i; odd columns sit half a row
 * (h / 2, h = √3·e) higher. A place lies in the hexagon whose centre is nearest, which is in
 * column floor(x / 1.5e) or the next: the row in each is rounded, the nearer centre wins.
 */
export async function hexGrid(db: Queryable, query: HexGridQuery & { scope?: string | null }): Promise<HexGridResult> {
  // A box is cut to where SWEREF 99 TM is defined; one beyond it has no places.
  const box = query.bbox === undefined ? null : clipToSweref(query.bbox)
  if (box === undefined) return emptyGrid(query)
  const inBox = (geom: string) => (box === null ? 'true' : `${geom} && (SELECT box FROM view_box)`)
  const evidence = evidenceSql(query, 1, inBox)
  const next = evidence.params.length + 1
  const [edge, halfLife, bbox] = [`$${next}::float8`, `$${next + 1}::float8`, `$${next + 2}::float8[]`]
  const height = `(sqrt(3) * ${edge})`
  const centreDistance = (column: string, row: string) =>
    `(x - 1.5 * ${edge} * ${column}) ^ 2 + (y - ${height} * (${row} + mod(${column}, 2) * 0.5)) ^ 2`
  const rows = await db.query<HexCell>(
    `WITH view_box AS (
       SELECT ST_Envelope(ST_Transform(ST_Segmentize(ST_MakeEnvelope(b[1], b[2], b[3], b[4], 4326), 0.01), 3006)) AS box
         FROM (SELECT ${bbox} AS b) p WHERE b IS NOT NULL),
     places AS (
       SELECT e.severity * power(0.5, extract(epoch FROM now() - e.at) / 86400.0 / ${halfLife}) AS weight,
              ST_X(e.geom) AS x, ST_Y(e.geom) AS y, floor(ST_X(e.geom) / (1.5 * ${edge}))::bigint AS i0
         FROM (${evidence.sql}) e),
     rows AS (
       SELECT p.*, round((y - mod(i0, 2) * 0.5 * ${height}) / ${height})::bigint AS j0,
              round((y - mod(i0 + 1, 2) * 0.5 * ${height}) / ${height})::bigint AS j1
         FROM places p),
     located AS (
       SELECT weight,
              CASE WHEN ${centreDistance('i0', 'j0')} <= ${centreDistance('(i0 + 1)', 'j1')} THEN i0 ELSE i0 + 1 END AS i,
              CASE WHEN ${centreDistance('i0', 'j0')} <= ${centreDistance('(i0 + 1)', 'j1')} THEN j0 ELSE j1 END AS j
         FROM rows)
     SELECT 'Feature' AS type,
            ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_Hexagon(${edge}, i::int, j::int), 3006), 4326), 6)::json AS geometry,
            json_build_object('count', count(*), 'weight', round(sum(weight)::numeric, 2)) AS properties
       FROM located GROUP BY i, j ORDER BY i, j`,
    [...evidence.params, query.cell_m / Math.sqrt(3), HALF_LIFE_DAYS, box],
  )
  const features = rows.map((row) => ({ ...row, properties: { count: row.properties.count, weight: Number(row.properties.weight) } }))
  return { type: 'FeatureCollection', features, period: evidencePeriod(query), cell_m: query.cell_m, half_life_days: HALF_LIFE_DAYS }
}
