/**
 * The place names the project knows, for reporting without a map: tätorter (base data), the
 * centrum zone, the named places of the town centre, grannsamverkan areas and the meeting points
 * of safety walks. Re-seeding replaces them; names staff imported are kept.
 */
import type { Queryable } from '../../server/db/database.ts'
import { PLACES } from './demo/centrum.ts'

export async function seedPlaceNames(tx: Queryable): Promise<void> {
  await tx.query(`DELETE FROM place_name WHERE source = 'seed'`)
  const places = Object.values(PLACES)
  await tx.query(
    `INSERT INTO place_name (municipality_code, name, kind, source, geom)
     SELECT m.code, p.name, p.kind, 'seed', p.geom
       FROM (SELECT municipality_code, name, 'tatort' AS kind, ST_PointOnSurface(geom) AS geom FROM urban_area
             UNION ALL
             SELECT municipality_code, 'Centrum', 'centrum', ST_PointOnSurface(geom) FROM focus_zone WHERE kind = 'centrum'
             UNION ALL
             SELECT NULL, name, 'place', ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3006)
               FROM unnest($1::text[], $2::float8[], $3::float8[]) AS t(name, lon, lat)
             UNION ALL
             SELECT municipality_code, name, 'watch_area', ST_PointOnSurface(geom) FROM watch_area
             UNION ALL
             SELECT municipality_code, meeting_point_name, 'meeting_point', meeting_point FROM safety_walk) p
       JOIN municipality m ON ST_Intersects(m.boundary, p.geom) AND (p.municipality_code IS NULL OR p.municipality_code = m.code)
     ON CONFLICT DO NOTHING`,
    [places.map((p) => p.label), places.map((p) => p.at[0]), places.map((p) => p.at[1])],
  )
}
