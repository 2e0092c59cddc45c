/**
 * Reports at scale: 100,000 generated reports over ten years around the town centre, then the
 * two figures issue 6 names, measured against the running app on loopback – submitting a report
 * (no photo) and the published-reports collection for a phone's viewport (`bbox`, the default page
 * of 100, and a page of 1,000 as issue 9 measures `items`) – and the Atom feed for a box in the centre.
 * The generated rows are told apart by their description and removed afterwards.
 */
import type { Database } from '../../server/db/database.ts'

export const BENCH_REPORT_TEXT = 'Bench-rapport: genererad för mätning'
export const GENERATED_REPORTS = 100_000
/** About 1.5 × 1.3 km around Norra torget: what a phone shows at zoom 15. */
export const VIEWPORT_BBOX = '14.095,59.303,14.121,59.315'
/** A few blocks of the centre, for the feed. */
export const FEED_BBOX = '14.104,59.307,14.111,59.311'

export const benchReportBody = JSON.stringify({
  category: 'lighting',
  time_of_day: 'evening',
  week_part: 'all_week',
  description: BENCH_REPORT_TEXT,
  geometry: { type: 'Point', coordinates: [14.1075, 59.3098] },
})

/** Deterministic (seeded) reports, denser towards the centre, 80 % of them public. */
export async function generateReports(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.42)')
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p)
       INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
       SELECT '1781',
              (ARRAY['lighting', 'vegetation', 'visibility', 'paths', 'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other'])[1 + floor(random() * 9)::int],
              (ARRAY['day', 'evening', 'night'])[1 + floor(random() * 3)::int],
              'all_week', $1,
              CASE WHEN random() < 0.8 THEN 'published' ELSE 'received' END,
              now() - random() * interval '3650 days',
              ST_SetSRID(ST_MakePoint(ST_X(centre.p) + (random() + random() + random() - 1.5) * 2500,
                                      ST_Y(centre.p) + (random() + random() + random() - 1.5) * 2500), 3006)
         FROM centre, generate_series(1, $2)`,
      [BENCH_REPORT_TEXT, GENERATED_REPORTS],
    )
    // Published ones were read by staff and have their history, for the feed.
    await tx.query(`UPDATE report SET text_reviewed = true WHERE description = $1 AND status = 'published'`, [BENCH_REPORT_TEXT])
    await tx.query(
      `INSERT INTO report_status_change (report_id, status, changed_at)
       SELECT id, 'received', reported_at FROM report WHERE description = $1
       UNION ALL
       SELECT id, 'published', reported_at + interval '2 days' FROM report WHERE description = $1 AND status = 'published'`,
      [BENCH_REPORT_TEXT],
    )
  })
  // As autovacuum would soon after such a change: the bench measures the table as it runs day to day.
  await db.query('VACUUM ANALYZE report')
}

export async function removeGeneratedReports(db: Database): Promise<void> {
  await db.query('DELETE FROM report WHERE description = $1', [BENCH_REPORT_TEXT])
  await db.query('VACUUM ANALYZE report')
}
