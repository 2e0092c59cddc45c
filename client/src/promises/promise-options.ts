/**
 * The value lists of medborgarlöften, repeated from server/shared/api/promise-schemas.ts because
 * that module brings zod, which stays out of the browser (it breaks the page's CSP). A test keeps
 * the two the same.
 */
import type { IndicatorKind, PromiseResponsible, YearStatus } from '../../../server/shared/api/promise-schemas.ts'

export const promiseResponsibles: readonly PromiseResponsible[] = ['kommunen', 'polisen', 'both']
export const indicatorKinds: readonly IndicatorKind[] = ['walks_done', 'startup_meetings', 'areas_updated', 'centrum_measures_done', 'activities']
export const yearStatuses: readonly YearStatus[] = ['met', 'not_met', 'in_progress']
