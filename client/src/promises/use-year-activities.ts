import { useEffect, useState } from 'react'
import type { PromiseActivity, PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { fetchActivities } from './promise-api.ts'
import { activitiesInYear, hasAllActivities } from './year-activities.ts'

export interface YearActivitiesState {
  /** Per promise id, that year's activities, newest first; null while they are on their way. */
  byPromise: Map<number, PromiseActivity[]> | null
  error: unknown
}

/**
 * Every promise's activities of one year, for the yearly report. The five latest suffice when
 * they are all a promise has; otherwise its whole list is asked for.
 */
export function useYearActivities(page: PromisePage | null, year: number | null): YearActivitiesState {
  const [loaded, setLoaded] = useState<{ page: PromisePage; year: number; state: YearActivitiesState } | null>(null)
  useEffect(() => {
    if (page === null || year === null) return
    const controller = new AbortController()
    const lists = page.promises.map((promise) =>
      hasAllActivities(promise) ? Promise.resolve(promise.latest_activities) : fetchActivities(promise.id, controller.signal),
    )
    Promise.all(lists).then(
      (all) => {
        const byPromise = new Map(page.promises.map((promise, index) => [promise.id, activitiesInYear(all[index] ?? [], year)]))
        setLoaded({ page, year, state: { byPromise, error: null } })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ page, year, state: { byPromise: null, error } })
      },
    )
    return () => controller.abort()
  }, [page, year])
  return loaded !== null && loaded.page === page && loaded.year === year ? loaded.state : { byPromise: null, error: null }
}
