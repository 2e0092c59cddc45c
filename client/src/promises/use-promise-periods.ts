import { useEffect, useState } from 'react'
import type { PeriodSummary } from '../../../server/shared/api/promise-schemas.ts'
import { fetchPeriods } from './promise-api.ts'

export interface PeriodsState {
  periods: PeriodSummary[] | null
  error: unknown
}

/** The promise periods, asked for once per visit to the page. */
export function usePromisePeriods(): PeriodsState {
  const [state, setState] = useState<PeriodsState>({ periods: null, error: null })
  useEffect(() => {
    const controller = new AbortController()
    fetchPeriods(controller.signal).then(
      (periods) => setState({ periods, error: null }),
      (error: unknown) => !controller.signal.aborted && setState({ periods: null, error }),
    )
    return () => controller.abort()
  }, [])
  return state
}
