/**
 * A large, deterministic grannsamverkan register for the bench: 5,000 areas (seven in ten inside
 * the tätorter, the rest spread over the municipality), 20,000 meetings over fifteen years, and
 * contact persons for four areas in five. Everything is generated in PostGIS with fixed seeds and
 * marked as demo data; `removeLargeRegister` takes it away again.
 */
import type { Database } from '../../server/db/database.ts'

export const LARGE_REGISTER = { areas: 5000, meetings: 20_000 }
const NAME_PREFIX = 'Bench '

export async function generateLargeRegister(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const inTowns = Math.round(LARGE_REGISTER.areas * 0.7)
    await tx.query(
      `WITH towns AS (SELECT ST_Union(geom) AS geom FROM urban_area WHERE kind = 'tatort'),
            spread AS (SELECT boundary AS geom FROM municipality WHERE code = '1781'),
            points AS (
              SELECT (ST_Dump(ST_GeneratePoints(towns.geom, $1, 1781))).geom AS p, 40 AS half FROM towns
              UNION ALL
              SELECT (ST_Dump(ST_GeneratePoints(spread.geom, $2, 1782))).geom, 120 FROM spread),
            numbered AS (SELECT row_number() OVER (ORDER BY ST_X(p), ST_Y(p)) AS n, p, half FROM points)
       INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, last_verified_on,
                               signs_count, signs_condition, is_demo, geom)
       SELECT '1781', $3 || n, (ARRAY['active', 'active', 'active', 'planned', 'inactive'])[1 + n % 5], 5 + n % 40,
              CASE WHEN n % 7 <> 0 THEN date '2010-01-01' + (n * 37 % 5000)::integer END,
              CASE WHEN n % 3 = 0 THEN date '2024-01-01' + (n % 1000)::integer END,
              n % 6, (ARRAY['good', 'worn', 'good', 'damaged', 'missing', 'good'])[1 + n % 6], true,
              ST_Multi(ST_Expand(p, half))
         FROM numbered`,
      [inTowns, LARGE_REGISTER.areas - inTowns, NAME_PREFIX],
    )
    await tx.query(
      `WITH areas AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM watch_area WHERE name LIKE $2 || '%'),
            count AS (SELECT count(*) AS c FROM areas),
            made AS (
              INSERT INTO meeting (kind, held_on, attendees, held_by, notes, is_demo)
              SELECT (ARRAY['startup', 'yearly', 'update_visit', 'update_visit'])[1 + n % 4],
                     date '2011-01-01' + (n * 13 % 5800)::integer, n % 25, 'polis', 'bench', true
                FROM generate_series(1, $1) AS n
              RETURNING id)
       INSERT INTO meeting_area (meeting_id, area_id)
       SELECT made.id, areas.id FROM made, count, areas WHERE areas.i = (made.id * 7919) % count.c`,
      [LARGE_REGISTER.meetings, NAME_PREFIX],
    )
    await tx.query(
      `INSERT INTO contact_person (area_id, name, is_main, is_demo)
       SELECT id, 'Kontakt ' || id, true, true FROM watch_area WHERE name LIKE $1 || '%' AND id % 5 <> 0`,
      [NAME_PREFIX],
    )
  })
}

export async function removeLargeRegister(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`DELETE FROM meeting WHERE notes = 'bench' AND is_demo`)
    await tx.query('DELETE FROM watch_area WHERE name LIKE $1 || \'%\' AND is_demo', [NAME_PREFIX])
  })
}
