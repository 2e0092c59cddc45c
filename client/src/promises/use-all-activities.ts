import { useEffect, useState } from 'react'
import type { PromiseActivity } from '../../../server/shared/api/promise-schemas.ts'
import { fetchActivities } from './promise-api.ts'

export interface ActivitiesState {
  activities: PromiseActivity[] | null
  error: unknown
  loading: boolean
}

/**
 * A promise's whole activity list, asked for only once a reader wants it. `request` counts the
 * reader's asks (null: not wanted yet), so asking again after a failure tries again; once the list
 * has come it is kept.
 */
export function useAllActivities(promiseId: number, request: number | null): ActivitiesState {
  const [activities, setActivities] = useState<PromiseActivity[] | null>(null)
  const [failure, setFailure] = useState<{ request: number; error: unknown } | null>(null)
  useEffect(() => {
    if (request === null || activities !== null) return
    const controller = new AbortController()
    fetchActivities(promiseId, controller.signal).then(setActivities, (error: unknown) => {
      if (!controller.signal.aborted) setFailure({ request, error })
    })
    return () => controller.abort()
  }, [promiseId, request, activities])
  const error = failure !== null && failure.request === request ? failure.error : null
  return { activities, error, loading: request !== null && activities === null && error === null }
}
