import { useCallback, useEffect, useState } from 'react'
import type { StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { byOccurrence, INCIDENT_DAYS } from './incident-entry.ts'
import { fetchIncidents } from './moderation-api.ts'

export interface IncidentList {
  /** The last days' incidents, newest first; null while the first answer is on its way. */
  incidents: StaffIncident[] | null
  error: unknown
  refresh(): void
}

/** The incidents of the last `INCIDENT_DAYS` days, fetched again after one is filed. */
export function useIncidents(call: ApiCall): IncidentList {
  const [incidents, setIncidents] = useState<StaffIncident[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    let current = true
    fetchIncidents(call, INCIDENT_DAYS).then(
      (next) => current && (setIncidents([...next].sort(byOccurrence)), setError(null)),
      (failure: unknown) => current && setError(failure ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  return { incidents, error, refresh }
}
