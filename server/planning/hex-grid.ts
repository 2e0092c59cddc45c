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
import { evidencePeriod, evidenceSql } from './evidence.ts'

export const HALF_LIFE_DAYS = 180

/** Column i of a hexagon of edge s has its centre at x = 1.5·s·i; odd columns sit half a row (√3·s / 2) higher. */
export async function hexGrid(db: Queryable, query: HexGridQuery): Promise<HexGridResult> {
  const bboxParams = query.bbox ?? null
  const inBox = (geom: string) =>
    `(${bboxParams === null ? 'true' : `${geom} && (SELECT box FROM view_box)`})`
  const evidence = evidenceSql(query, 1, inBox)
  const next = evidence.params.length + 1
  const [edge, halfLife, bbox] = [`$${next}::float8`, `$${next + 1}::float8`, `$${next + 2}::float8[]`]
  const rows = await db.query<HexCell>(
    `WITH view_box AS (
       SELECT ST_Envelope(ST_Transform(ST_Segmentize(ST_MakeEnvelope(b[1], b[2], b[3], b[4], 4326), 0.01), 3006)) AS box
         FROM (SELECT ${bbox} AS b) p WHERE b IS NOT NULL),
     places AS (
       SELECT e.severity * power(0.5, extract(epoch FROM now() - e.at) / 86400.0 / ${halfLife}) AS weight,
              ST_X(e.geom) AS x, ST_Y(e.geom) AS y
         FROM (${evidence.sql}) e),
     located AS (
       SELECT p.weight, cell.i, cell.j
         FROM places p,
         LATERAL (
           SELECT c.i, c.j FROM (
             SELECT v.i, round((p.y - mod(v.i, 2) * 0.5 * sqrt(3) * ${edge}) / (sqrt(3) * ${edge}))::bigint AS j
               FROM (VALUES (floor(p.x / (1.5 * ${edge}))::bigint), (floor(p.x / (1.5 * ${edge}))::bigint + 1)) AS v(i)) c
            ORDER BY (p.x - 1.5 * ${edge} * c.i) ^ 2
                   + (p.y - sqrt(3) * ${edge} * (c.j + mod(c.i, 2) * 0.5)) ^ 2
            LIMIT 1) AS cell)
     SELECT 'Feature' AS type,
            ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_Hexagon(${edge}, i::int, j::int), 3006), 4326), 6)::json AS geometry,
            json_build_object('count', count(*), 'weight', round(sum(weight)::numeric, 2)) AS properties
       FROM located GROUP BY i, j ORDER BY i, j`,
    [...evidence.params, query.cell_m / Math.sqrt(3), HALF_LIFE_DAYS, bboxParams],
  )
  const features = rows.map((row) => ({ ...row, properties: { count: row.properties.count, weight: Number(row.properties.weight) } }))
  return { type: 'FeatureCollection', features, period: evidencePeriod(query), cell_m: query.cell_m, half_life_days: HALF_LIFE_DAYS }
}
