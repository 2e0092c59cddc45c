/**
 * Generated public reports for the large town and the bench: spread over ten years before the
 * reference time, denser towards the centre (Norra torget), four in five of them published with
 * their status history. Seeded, so the same count and reference give the same rows. Every row has
 * `is_demo` and the description below, by which `removeGeneratedReports` finds it.
 */
import type { Database } from '../../../server/db/database.ts'

export const GENERATED_REPORT_TEXT = 'Bench-rapport: genererad för mätning'

export async function generateReports(db: Database, count: number, reference: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.42)')
    await tx.query(
      // The sum of three draws falls off from the centre like a town's activity, about 3.7 km out at most.
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p)
       INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, is_demo, geom)
       SELECT '1781',
              (ARRAY['lighting', 'vegetation', 'visibility', 'paths', 'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other'])[1 + floor(random() * 9)::int],
              (ARRAY['day', 'evening', 'night'])[1 + floor(random() * 3)::int],
              'all_week', $1,
              CASE WHEN random() < 0.8 THEN 'published' ELSE 'received' END,
              $3::timestamptz - random() * interval '3650 days', true,
              ST_SetSRID(ST_MakePoint(ST_X(centre.p) + (random() + random() + random() - 1.5) * 2500,
                                      ST_Y(centre.p) + (random() + random() + random() - 1.5) * 2500), 3006)
         FROM centre, generate_series(1, $2)`,
      [GENERATED_REPORT_TEXT, count, reference],
    )
    // Published ones were read by staff and have their history, for the feed.
    await tx.query(`UPDATE report SET text_reviewed = true WHERE description = $1 AND status = 'published'`, [GENERATED_REPORT_TEXT])
    await tx.query(
      `INSERT INTO report_status_change (report_id, status, changed_at)
       SELECT id, 'received', reported_at FROM report WHERE description = $1
       UNION ALL
       SELECT id, 'published', reported_at + interval '2 days' FROM report WHERE description = $1 AND status = 'published'`,
      [GENERATED_REPORT_TEXT],
    )
  })
  // As autovacuum would soon after such a change: the table is measured as it runs day to day.
  await db.query('VACUUM ANALYZE report')
}

/** Also takes reports sent through the API with the generated text (the bench's writes). */
export async function removeGeneratedReports(db: Database): Promise<void> {
  await db.query('DELETE FROM report WHERE description = $1', [GENERATED_REPORT_TEXT])
  await db.query('VACUUM ANALYZE report')
}
