import { useCallback, useEffect, useState } from 'react'
import type { WalkSummary, WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchWalkStats, listWalks } from '../walks/walk-api.ts'

export interface WalkOverview {
  /** null while the first answer is on its way. */
  walks: WalkSummary[] | null
  walksError: unknown
  years: WalkYearStats[] | null
  yearsError: unknown
  refresh(): void
}

/** The walks and the yearly count, fetched again after a walk is saved (both change with it). */
export function useWalkOverview(call: ApiCall): WalkOverview {
  const [walks, setWalks] = useState<WalkSummary[] | null>(null)
  const [walksError, setWalksError] = useState<unknown>(null)
  const [years, setYears] = useState<WalkYearStats[] | null>(null)
  const [yearsError, setYearsError] = useState<unknown>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    const current = () => !controller.signal.aborted
    listWalks(call).then(
      (next) => current() && (setWalks(next), setWalksError(null)),
      (failure: unknown) => current() && setWalksError(failure ?? new Error('unknown')),
    )
    fetchWalkStats(controller.signal).then(
      (next) => current() && (setYears(next), setYearsError(null)),
      (failure: unknown) => current() && setYearsError(failure ?? new Error('unknown')),
    )
    return () => controller.abort()
  }, [call, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  return { walks, walksError, years, yearsError, refresh }
}
