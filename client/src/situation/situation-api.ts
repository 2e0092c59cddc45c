/** The lägesbild API: every staff role may read it, through the session's `call`. */
import type { SituationPeriod, SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

/** The picture of the period that holds `date` (any day in it). */
export const fetchSituation = (call: ApiCall, period: SituationPeriod, date: string) =>
  call<SituationPicture>('GET', `/api/planning/situation?${new URLSearchParams({ period, date }).toString()}`)
