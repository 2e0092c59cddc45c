import { useEffect, useState } from 'react'
import type { SituationPeriod, SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchSituation } from './situation-api.ts'

export interface SituationState {
  /** The picture of the period asked for; null while it loads or when it failed. */
  picture: SituationPicture | null
  /** The last picture fetched, of whichever period: the map keeps it while the next one loads. */
  last: SituationPicture | null
  error: unknown
}

/** Fetches the picture of the period starting `start`; an answer for a period left meanwhile is dropped. */
export function useSituation(call: ApiCall, period: SituationPeriod, start: string): SituationState {
  const key = `${period}:${start}`
  const [state, setState] = useState<{ key: string; picture: SituationPicture | null; error: unknown; last: SituationPicture | null }>({
    key: '',
    picture: null,
    error: null,
    last: null,
  })

  useEffect(() => {
    let current = true
    fetchSituation(call, period, start).then(
      (picture) => current && setState({ key, picture, error: null, last: picture }),
      (error: unknown) => current && setState((previous) => ({ key, picture: null, error, last: previous.last })),
    )
    return () => {
      current = false
    }
  }, [call, period, start, key])

  const fresh = state.key === key
  return { picture: fresh ? state.picture : null, error: fresh ? state.error : null, last: state.last }
}
