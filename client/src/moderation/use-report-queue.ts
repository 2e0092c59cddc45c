import { useCallback, useEffect, useState } from 'react'
import type { StaffReport } from '../../../server/shared/api/report-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchStaffReports } from './moderation-api.ts'
import type { QueueFilter } from './report-queue.ts'

export interface ReportQueue {
  /** The reports for `filter`, newest first; null while the first answer is on its way. */
  reports: StaffReport[] | null
  error: unknown
  /** Fetches the queue again, after a change. */
  refresh(): void
}

/** The moderation queue for a filter; a new filter or a refresh fetches it again. */
export function useReportQueue(call: ApiCall, filter: QueueFilter): ReportQueue {
  const [loaded, setLoaded] = useState<{ key: string; reports: StaffReport[] | null; error: unknown } | null>(null)
  const [round, setRound] = useState(0)
  const key = `${filter.status}/${filter.category ?? ''}`

  useEffect(() => {
    let current = true
    fetchStaffReports(call, filter).then(
      (reports) => current && setLoaded({ key, reports, error: null }),
      (error: unknown) => current && setLoaded((previous) => ({ key, reports: previous?.key === key ? previous.reports : null, error: error ?? new Error('unknown') })),
    )
    return () => {
      current = false
    }
    // `key` stands for the filter: a new object with the same values does not fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call, key, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  // The previous filter's list is not shown under the new filter while it loads.
  const shown = loaded?.key === key ? loaded : null
  return { reports: shown?.reports ?? null, error: shown?.error ?? null, refresh }
}
