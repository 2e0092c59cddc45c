/**
 * Reports at scale: 100,000 generated reports over ten years around the town centre, then the
 * two figures issue 6 names, measured against the running app on loopback – submitting a report
 * (no photo) and the published-reports collection for a phone's viewport (`bbox`, the default page
 * of 100, and a page of 1,000 as issue 9 measures `items`) – and the Atom feed for a box in the centre.
 * The generated rows are told apart by their description and removed afterwards.
 */
import { GENERATED_REPORT_TEXT, generateReports as generateReportCount } from '../../data/seed/large/large-reports.ts'
import type { Database } from '../../server/db/database.ts'

export { removeGeneratedReports } from '../../data/seed/large/large-reports.ts'

export const GENERATED_REPORTS = 100_000
/** About 1.5 × 1.3 km around Norra torget: what a phone shows at zoom 15. */
export const VIEWPORT_BBOX = '14.095,59.303,14.121,59.315'
/** A few blocks of the centre, for the feed. */
export const FEED_BBOX = '14.104,59.307,14.111,59.311'

export const benchReportBody = JSON.stringify({
  category: 'lighting',
  time_of_day: 'evening',
  week_part: 'all_week',
  // The generated reports' text, so that their remover takes the bench's own writes too.
  description: GENERATED_REPORT_TEXT,
  geometry: { type: 'Point', coordinates: [14.1075, 59.3098] },
})

/** Deterministic (seeded) reports, denser towards the centre, 80 % of them public. */
export function generateReports(db: Database): Promise<void> {
  return generateReportCount(db, GENERATED_REPORTS)
}
