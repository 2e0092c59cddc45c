/**
 * Generated done measures for the large town and the bench: lighting measures done in the years
 * before the reference day, around the centre or beside generated reports. Seeded, so the same
 * count and options give the same rows. Every row is demo data with the title below, by which
 * `removeGeneratedMeasures` finds it.
 */
import type { Database } from '../../../server/db/database.ts'
import { GENERATED_REPORT_TEXT } from './large-reports.ts'

export interface MeasureSpread {
  /** "Today" for the generated history; the bench uses the clock. */
  reference?: Date
  /** How many years back the measures were done; the bench's are from the last three. */
  years?: number
  /**
   * Each measure within 25 m of a generated report picked at random, so measures gather where
   * reports do; without generated reports (and in the bench) anywhere in 3 × 3 km around the centre.
   */
  nearReports?: boolean
}

export const GENERATED_MEASURE_TITLE = 'Bench-åtgärd'

export async function generateMeasures(db: Database, count: number, spread: MeasureSpread = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.17)')
    // The draws come first and in order; the report a measure stands beside is picked from them afterwards.
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p),
       dated AS (SELECT ($3::timestamptz AT TIME ZONE 'Europe/Stockholm')::date - floor(random() * $4)::int AS done_on,
                        random() AS dx, random() AS dy
                   FROM generate_series(1, $2)),
       reports AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, geom FROM report WHERE $5 AND description = $6 AND is_demo),
       total AS (SELECT count(*) AS c FROM reports)
       INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, is_demo, geom)
       SELECT '1781', $1, 'lighting', 'done', 'kommun', done_on - 60, done_on - 30, done_on, true,
              coalesce(ST_Translate(r.geom, (dx * total.c - floor(dx * total.c) - 0.5) * 50, (dy - 0.5) * 50),
                       ST_SetSRID(ST_MakePoint(ST_X(centre.p) + (dx - 0.5) * 3000, ST_Y(centre.p) + (dy - 0.5) * 3000), 3006))
         FROM centre, total, dated LEFT JOIN reports r ON r.k = floor(dx * (SELECT c FROM total))`,
      [GENERATED_MEASURE_TITLE, count, spread.reference ?? new Date(), 365 * (spread.years ?? 3), spread.nearReports ?? false, GENERATED_REPORT_TEXT],
    )
  })
}

export async function removeGeneratedMeasures(db: Database): Promise<void> {
  await db.query('DELETE FROM measure WHERE title = $1', [GENERATED_MEASURE_TITLE])
}
