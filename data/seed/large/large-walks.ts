/**
 * Generated safety walks for the large town and the bench: walks starting around the centre over
 * the ten years before the reference time (about one in ten each year), each with observations
 * along its route. Seeded, and observations are drawn in a fixed order, so the same counts and
 * reference give the same rows. Every row is demo data with the title below, by which
 * `removeGeneratedWalks` finds it.
 */
import type { Database } from '../../../server/db/database.ts'

export interface WalkCounts {
  walks: number
  observationsPerWalk: number
}

export interface WalkTiming {
  /** "Now" for the generated history; the bench uses the clock. */
  reference?: Date
  /**
   * Walks are held in the dark part of the year, in the evening: a start drawn in May–August moves
   * four months on (a year back if that passes the reference), at 18:00–19:30 Swedish time. The
   * bench leaves this off and draws any moment.
   */
  eveningSeason?: boolean
}

export const GENERATED_WALK_TITLE = 'Bench-vandring'

/** The local day `days` back from the reference ($3). */
const dayBack = (days: string) => `(($3::timestamptz AT TIME ZONE 'Europe/Stockholm')::date - floor(${days})::integer)`
/** That day, moved out of the light summer months; a timestamp at midnight. */
const inDarkSeason = (day: string) => `(${day} + CASE WHEN extract(month FROM ${day}) BETWEEN 5 AND 8 THEN interval '4 months' ELSE interval '0' END)`
/** The walk's start from its draw s.t: the day from t × 3650, the time of the evening from the rest. */
const EVENING_START = (() => {
  const moved = inDarkSeason(dayBack('s.t * 3650'))
  const notAhead = `(${moved} - CASE WHEN ${moved} > ($3::timestamptz AT TIME ZONE 'Europe/Stockholm') THEN interval '1 year' ELSE interval '0' END)`
  return `((${notAhead})::date + time '18:00' + (s.t * 3650 - floor(s.t * 3650)) * interval '90 minutes') AT TIME ZONE 'Europe/Stockholm'`
})()

export async function generateWalks(db: Database, counts: WalkCounts, timing: WalkTiming = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.17)')
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p),
            starts AS (
              SELECT n, ST_Translate(centre.p, (random() - 0.5) * 3000, (random() - 0.5) * 3000) AS start, random() AS t
                FROM centre, generate_series(1, $2) AS n)
       INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, is_demo, route)
       SELECT '1781', $1, CASE WHEN $4 THEN ${EVENING_START} ELSE $3::timestamptz - s.t * interval '3650 days' END,
              'dark', 'done', 'Mätpunkt', s.start, true,
              (SELECT ST_MakeLine(ST_Translate(s.start, v.dx, v.dy) ORDER BY v.k)
                 FROM (SELECT k, sum((random() - 0.5) * 500) OVER (ORDER BY k) AS dx, sum((random() - 0.5) * 500) OVER (ORDER BY k) AS dy
                         FROM generate_series(0, 7) AS k WHERE s.n > 0) AS v)
         FROM starts s`,
      [GENERATED_WALK_TITLE, counts.walks, timing.reference ?? new Date(), timing.eveningSeason ?? false],
    )
    // Every walk's first observation, then every walk's second, and so on (the order the bench has
    // always drawn them in), whatever order the table's rows lie in.
    await tx.query(
      `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, observed_at, is_demo, geom)
       SELECT w.id,
              (ARRAY['lighting', 'vegetation', 'visibility', 'paths', 'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other'])[1 + floor(random() * 9)::int],
              CASE WHEN random() < 0.7 THEN 'unsafe' ELSE 'safe' END, floor(random() * 4)::int, '', w.starts_at, true,
              ST_Translate(ST_LineInterpolatePoint(w.route, random()), (random() - 0.5) * 40, (random() - 0.5) * 40)
         FROM (SELECT w.id, w.starts_at, w.route FROM safety_walk w, generate_series(1, $2) AS n
                WHERE w.title = $1 AND w.is_demo ORDER BY n, w.id) AS w`,
      [GENERATED_WALK_TITLE, counts.observationsPerWalk],
    )
  })
  await db.query('VACUUM ANALYZE safety_walk')
  await db.query('VACUUM ANALYZE walk_observation')
}

export async function removeGeneratedWalks(db: Database): Promise<void> {
  await db.query('DELETE FROM safety_walk WHERE title = $1', [GENERATED_WALK_TITLE])
}
