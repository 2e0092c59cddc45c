/**
 * A large grannsamverkan register for the large town and the bench: seven areas in ten inside the
 * tätorter, the rest spread over the municipality, meetings over fifteen years and contact persons
 * for four areas in five. Generated in PostGIS with fixed seeds; which meeting goes with which area
 * follows the areas' and meetings' numbers, never their ids, so the same counts always give the
 * same register. Every row is demo data; `removeLargeRegister` finds it by its names and notes.
 */
import type { Database } from '../../../server/db/database.ts'

export interface RegisterCounts {
  areas: number
  meetings: number
}

export const AREA_NAME_PREFIX = 'Bench '
export const MEETING_NOTES = 'bench'

export async function generateLargeRegister(db: Database, counts: RegisterCounts): Promise<void> {
  await db.transaction(async (tx) => {
    const inTowns = Math.round(counts.areas * 0.7)
    await tx.query(
      `WITH towns AS (SELECT ST_Union(geom) AS geom FROM urban_area WHERE kind = 'tatort' AND municipality_code = '1781'),
            spread AS (SELECT boundary AS geom FROM municipality WHERE code = '1781'),
            in_towns AS (SELECT (ST_Dump(ST_GeneratePoints(towns.geom, $1, 1781))).geom AS p FROM towns),
            -- Over several tätorter the points are shared out by area and rounded, so a few may be
            -- missing: the spread makes up the count.
            points AS (
              SELECT p, 40 AS half FROM in_towns
              UNION ALL
              SELECT (ST_Dump(ST_GeneratePoints(spread.geom, $2 - (SELECT count(*)::integer FROM in_towns), 1782))).geom, 120 FROM spread),
            numbered AS (SELECT row_number() OVER (ORDER BY ST_X(p), ST_Y(p)) AS n, p, half FROM points)
       INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, last_verified_on,
                               signs_count, signs_condition, is_demo, geom)
       SELECT '1781', $3 || n, (ARRAY['active', 'active', 'active', 'planned', 'inactive'])[1 + n % 5], 5 + n % 40,
              CASE WHEN n % 7 <> 0 THEN date '2010-01-01' + (n * 37 % 5000)::integer END,
              CASE WHEN n % 3 = 0 THEN date '2024-01-01' + (n % 1000)::integer END,
              n % 6, (ARRAY['good', 'worn', 'good', 'damaged', 'missing', 'good'])[1 + n % 6], true,
              ST_Multi(ST_Expand(p, half))
         FROM numbered`,
      [inTowns, counts.areas, AREA_NAME_PREFIX],
    )
    // Area n is "Bench n"; meeting m (in id order) goes to area 1 + (m × 7919) mod areas.
    await tx.query(
      `WITH areas AS (SELECT substring(name FROM char_length($2) + 1)::integer - 1 AS i, id FROM watch_area WHERE name LIKE $2 || '%' AND is_demo),
            count AS (SELECT count(*) AS c FROM areas),
            made AS (
              INSERT INTO meeting (kind, held_on, attendees, held_by, notes, is_demo)
              SELECT (ARRAY['startup', 'yearly', 'update_visit', 'update_visit'])[1 + n % 4],
                     date '2011-01-01' + (n * 13 % 5800)::integer, n % 25, 'polis', $3, true
                FROM generate_series(1, $1) AS n
              RETURNING id),
            numbered AS (SELECT row_number() OVER (ORDER BY id) AS m, id FROM made)
       INSERT INTO meeting_area (meeting_id, area_id)
       SELECT numbered.id, areas.id FROM numbered, count, areas WHERE areas.i = (numbered.m * 7919) % count.c`,
      [counts.meetings, AREA_NAME_PREFIX, MEETING_NOTES],
    )
    await tx.query(
      `INSERT INTO contact_person (area_id, name, is_main, is_demo)
       SELECT id, 'Kontakt ' || substring(name FROM char_length($1) + 1), true, true
         FROM watch_area WHERE name LIKE $1 || '%' AND is_demo AND substring(name FROM char_length($1) + 1)::integer % 5 <> 0`,
      [AREA_NAME_PREFIX],
    )
  })
}

export async function removeLargeRegister(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM meeting WHERE notes = $1 AND is_demo', [MEETING_NOTES])
    await tx.query(`DELETE FROM watch_area WHERE name LIKE $1 || '%' AND is_demo`, [AREA_NAME_PREFIX])
  })
}
