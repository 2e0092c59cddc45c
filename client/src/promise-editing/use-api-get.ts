import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiCall } from '../data/staff-api.ts'

export interface ApiGet<T> {
  /** null while the first answer for this path is on its way, or when it failed. */
  data: T | null
  error: unknown
  /**
   * Asks again. The answer shown stays until the new one arrives, so a list does not flicker
   * after a save; the promise settles once the new answer (or failure) is in, so focus and the
   * status message can follow the refreshed list.
   */
  refresh(): Promise<void>
}

interface Answer<T> {
  path: string
  data: T | null
  error: unknown
}

/** One GET, asked again on `refresh()` and whenever `path` changes; a null path asks nothing. */
export function useApiGet<T>(call: ApiCall, path: string | null): ApiGet<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null)
  const [seq, setSeq] = useState(0)
  const waiting = useRef<(() => void)[]>([])

  useEffect(() => {
    if (path === null) return
    let current = true
    const settle = () => {
      const resolvers = waiting.current
      waiting.current = []
      for (const resolve of resolvers) resolve()
    }
    call<T>('GET', path).then(
      (data) => {
        if (!current) return
        setAnswer({ path, data, error: null })
        settle()
      },
      (error: unknown) => {
        if (!current) return
        // A failed refresh keeps what was shown; the screen says the list may be out of date.
        setAnswer((previous) => ({ path, data: previous?.path === path ? previous.data : null, error: error ?? new Error('unknown') }))
        settle()
      },
    )
    return () => {
      current = false
    }
  }, [call, path, seq])

  const refresh = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        setSeq((value) => value + 1)
      }),
    [],
  )
  const shown = answer && answer.path === path ? answer : null
  return { data: shown?.data ?? null, error: shown?.error ?? null, refresh }
}
