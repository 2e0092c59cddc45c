/** The promise's yardstick: walks done per calendar year against two, and the measures from them by status. */
import type { Queryable } from '../db/database.ts'
import { WALKS_PROMISED_PER_YEAR } from '../shared/api/walk-schemas.ts'
import type { WalkYearStats } from '../shared/api/walk-schemas.ts'

/** One municipality's walks (its promise), or the whole police area's when `municipalityCode` is null. */
export async function walkStatsByYear(db: Queryable, municipalityCode: string | null = null): Promise<WalkYearStats[]> {
  const rows = await db.query<{
    year: number
    walks_done: number
    walks_planned: number
    proposed: number
    in_progress: number
    done: number
    not_done: number
  }>(
    `WITH walks AS (
       SELECT id, status, protocol_published_at IS NOT NULL AS published,
              extract(year FROM starts_at AT TIME ZONE 'Europe/Stockholm')::int AS year
         FROM safety_walk WHERE status <> 'cancelled' AND ($1::text IS NULL OR municipality_code = $1))
     SELECT w.year,
            count(DISTINCT w.id) FILTER (WHERE w.status = 'done')::int AS walks_done,
            count(DISTINCT w.id) FILTER (WHERE w.status = 'planned')::int AS walks_planned,
            count(o.id) FILTER (WHERE o.measure_status = 'proposed')::int AS proposed,
            count(o.id) FILTER (WHERE o.measure_status = 'in_progress')::int AS in_progress,
            count(o.id) FILTER (WHERE o.measure_status = 'done')::int AS done,
            count(o.id) FILTER (WHERE o.measure_status = 'not_done')::int AS not_done
       -- Measures count once their protocol is public: the figures are public too.
       FROM walks w LEFT JOIN walk_observation o ON o.walk_id = w.id AND w.published
      GROUP BY w.year ORDER BY w.year DESC`,
    [municipalityCode],
  )
  return rows.map(({ year, walks_done, walks_planned, ...measures }) => ({
    year,
    walks_done,
    walks_planned,
    target: WALKS_PROMISED_PER_YEAR,
    measures,
  }))
}
