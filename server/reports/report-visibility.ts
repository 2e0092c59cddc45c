import { publicReportStatuses } from '../shared/api/report-schemas.ts'

/**
 * The statuses the public may see, as an SQL list for `status IN (…)`. 'received' awaits
 * moderation, 'rejected' is never public, and a 'duplicate' is shown through the report it merged into.
 */
export const PUBLIC_STATUSES_SQL = `(${publicReportStatuses.map((status) => `'${status}'`).join(', ')})`

/** A report's text as the public may see it: only once staff have read it for personal data. */
export const publicDescription = (alias: string) => `CASE WHEN ${alias}.text_reviewed THEN ${alias}.description ELSE '' END`
