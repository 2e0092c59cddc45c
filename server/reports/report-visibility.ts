import { publicReportStatuses } from '../shared/api/report-schemas.ts'

/**
 * The statuses the public may see, as an SQL list for `status IN (…)`. 'received' awaits
 * moderation, 'rejected' is never public, and a 'duplicate' is shown through the report it merged into.
 */
export const PUBLIC_STATUSES_SQL = `(${publicReportStatuses.map((status) => `'${status}'`).join(', ')})`
