/** Place names searched as the resident types, for reporting without a map. */
import type { Queryable } from '../db/database.ts'
import type { PlaceMatch } from '../shared/api/report-schemas.ts'

const MATCHES = 10

/** Names containing the text, those starting with it first, then the broader kinds of place. */
export async function searchPlaces(db: Queryable, text: string): Promise<PlaceMatch[]> {
  const pattern = text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
  return db.query<PlaceMatch>(
    `SELECT id, name, kind,
            json_build_array(round(ST_X(ST_Transform(geom, 4326))::numeric, 6), round(ST_Y(ST_Transform(geom, 4326))::numeric, 6)) AS coordinates
       FROM place_name
      WHERE lower(name) LIKE '%' || $1 || '%'
      ORDER BY lower(name) LIKE $1 || '%' DESC,
               array_position(ARRAY['tatort', 'centrum', 'place', 'meeting_point', 'watch_area', 'address'], kind),
               length(name), name
      LIMIT ${MATCHES}`,
    [pattern],
  )
}
