import { useCallback, useEffect, useState } from 'react'
import type { WalkObservation, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchProtocol, fetchWalk } from '../walks/walk-api.ts'

export interface WalkOnPhone {
  /** Null while the first answer is on its way. */
  walk: WalkSummary | null
  /** The observations the server has; kept as last seen when a later fetch fails (a dead spot). */
  observations: WalkObservation[]
  error: unknown
  refresh(): void
}

/**
 * The walk (route, meeting point, whether it still takes observations) and the observations made
 * on it so far, which staff can read before the protocol is published. Fetched again after each
 * observation this phone sends.
 */
export function useWalkOnPhone(call: ApiCall, walkId: number): WalkOnPhone {
  const [walk, setWalk] = useState<WalkSummary | null>(null)
  const [observations, setObservations] = useState<WalkObservation[]>([])
  const [error, setError] = useState<unknown>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    let current = true
    Promise.all([fetchWalk(call, walkId), fetchProtocol(walkId)]).then(
      ([nextWalk, protocol]) => {
        if (!current) return
        setWalk(nextWalk)
        setObservations(protocol.observations)
        setError(null)
      },
      (failure: unknown) => current && setError(failure ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call, walkId, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  return { walk, observations, error, refresh }
}
