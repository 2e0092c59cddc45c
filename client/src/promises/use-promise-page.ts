import { useEffect, useState } from 'react'
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { fetchPromisePage } from './promise-api.ts'

interface Loaded {
  id: number
  page: PromisePage | null
  error: unknown
}

export interface PromisePageState {
  page: PromisePage | null
  error: unknown
  loading: boolean
}

/** One period's page; while another period is on its way nothing stale is shown. null: no period to show. */
export function usePromisePage(periodId: number | null): PromisePageState {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (periodId === null) return
    const controller = new AbortController()
    fetchPromisePage(periodId, controller.signal).then(
      (page) => setLoaded({ id: periodId, page, error: null }),
      (error: unknown) => !controller.signal.aborted && setLoaded({ id: periodId, page: null, error }),
    )
    return () => controller.abort()
  }, [periodId])
  const current = loaded !== null && loaded.id === periodId ? loaded : null
  return { page: current?.page ?? null, error: current?.error ?? null, loading: periodId !== null && current === null }
}
