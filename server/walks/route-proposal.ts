/** A proposed walking route from the meeting point through chosen places, for the planner to edit. */
import type { Queryable } from '../db/database.ts'
import type { PointGeometry } from '../shared/api/report-schemas.ts'
import type { RouteProposal } from '../shared/api/walk-schemas.ts'
import { nearestNeighbourOrder, pathLength, twoOpt } from './route-order.ts'

/**
 * Distances are straight lines in SWEREF 99 TM (metres), measured in PostGIS: the app has no
 * street network, so the planner adjusts the proposal to the streets on the map.
 */
export async function proposeRoute(db: Queryable, start: PointGeometry, stops: readonly PointGeometry[]): Promise<RouteProposal> {
  const points = [start, ...stops]
  const rows = await db.query<{ i: number; j: number; metres: number }>(
    `WITH p AS (
       SELECT (n - 1)::int AS i, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3006) AS geom
         FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(lon, lat, n))
     SELECT a.i, b.i AS j, ST_Distance(a.geom, b.geom) AS metres FROM p a CROSS JOIN p b`,
    [points.map((point) => point.coordinates[0]), points.map((point) => point.coordinates[1])],
  )
  const distance = points.map(() => points.map(() => 0))
  for (const { i, j, metres } of rows) distance[i]![j] = metres
  const nearest = nearestNeighbourOrder(distance)
  const order = twoOpt(distance, nearest)
  return {
    route: { type: 'LineString', coordinates: [start.coordinates, ...order.map((index) => points[index]!.coordinates)] },
    length_m: Math.round(pathLength(distance, order)),
    order: order.map((index) => index - 1),
    nearest_neighbour_m: Math.round(pathLength(distance, nearest)),
  }
}
