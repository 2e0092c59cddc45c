/** Place names searched as the resident types, for reporting without a map. */
import type { Queryable } from '../db/database.ts'
import type { PlaceMatch } from '../shared/api/report-schemas.ts'

const MATCHES = 10

/**
 * Names whose words start with the words typed ("kungsg 1" finds "Kungsgatan 12"), through the
 * GIN index on the names' words; names starting with the whole text first, then the broader kinds.
 */
export async function searchPlaces(db: Queryable, text: string): Promise<PlaceMatch[]> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length === 0) return []
  const prefixQuery = words.map((word) => `${word}:*`).join(' & ')
  return db.query<PlaceMatch>(
    `SELECT id, name, kind,
            json_build_array(round(ST_X(ST_Transform(geom, 4326))::numeric, 6), round(ST_Y(ST_Transform(geom, 4326))::numeric, 6)) AS coordinates
       FROM place_name
      WHERE to_tsvector('simple', name) @@ to_tsquery('simple', $1)
      ORDER BY starts_with(lower(name), $2) DESC,
               array_position(ARRAY['tatort', 'centrum', 'place', 'meeting_point', 'watch_area', 'address'], kind),
               length(name), name
      LIMIT ${MATCHES}`,
    [prefixQuery, text.toLowerCase()],
  )
}
