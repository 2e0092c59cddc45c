import { useEffect, useRef, useState } from 'react'

export type Loaded<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: unknown }

/**
 * Data from the API for one key (a survey, a period, a year): 'loading' again as soon as the key
 * changes, and an answer that arrives for an older key is thrown away. A null key loads nothing.
 */
export function useLoaded<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; result: Loaded<T> } | null>(null)
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })

  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    latest.current(controller.signal).then(
      (data) => setState({ key, result: { status: 'done', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, result: { status: 'failed', error } })
      },
    )
    return () => controller.abort()
  }, [key])

  if (key === null || state === null || state.key !== key) return { status: 'loading' }
  return state.result
}
