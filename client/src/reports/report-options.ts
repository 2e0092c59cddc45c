/**
 * The value lists of a report, repeated from server/shared/api/report-schemas.ts because that
 * module brings zod, which stays out of the browser. A test keeps the two the same; the server
 * checks every value again anyway.
 */
import type { PlaceMatch, ReportCategory, ReportStatus } from '../../../server/shared/api/report-schemas.ts'

/** The same categories as safety-walk observations, in the order the form offers them. */
export const reportCategories: readonly ReportCategory[] = [
  'lighting',
  'vegetation',
  'visibility',
  'paths',
  'tunnels',
  'graffiti_littering',
  'people_groups',
  'signage',
  'other',
]

export type TimeOfDay = 'day' | 'evening' | 'night'
export type WeekPart = 'weekday' | 'weekend' | 'all_week'
export type PlaceKind = PlaceMatch['kind']

export const timesOfDay: readonly TimeOfDay[] = ['day', 'evening', 'night']
export const weekParts: readonly WeekPart[] = ['weekday', 'weekend', 'all_week']

/** Every status a resident can meet on the private page, in the order a report moves through them. */
export const reportStatuses: readonly ReportStatus[] = [
  'received',
  'published',
  'under_review',
  'measure_planned',
  'fixed',
  'not_actionable',
  'duplicate',
  'rejected',
]

/** The statuses the open map shows. */
export const publicReportStatuses: readonly ReportStatus[] = ['published', 'under_review', 'measure_planned', 'fixed', 'not_actionable']

export const placeKinds: readonly PlaceKind[] = ['tatort', 'centrum', 'place', 'watch_area', 'meeting_point', 'address']

export const REPORT_TEXT_MIN = 5
export const REPORT_TEXT_MAX = 2000

/** "Already reported?" looks this far around the chosen spot (the server decides the same). */
export const NEARBY_METRES = 100
