import { useCallback, useEffect, useState } from 'react'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchEffects } from './measure-api.ts'
import type { MeasureEffects } from './measure-api.ts'
import { DEFAULT_EFFECT_RADIUS_METRES } from './measure-options.ts'

export interface EffectsState {
  /** The last answer; a refused radius keeps it, with the radius it was counted for. */
  result: MeasureEffects | null
  /** The radius asked for, as typed. */
  radius: string
  /** The last request failed (a 400 for the radius is shown at the radius field). */
  error: unknown
  loading: boolean
  setRadius(radius: string): void
  refresh(): void
}

/** The effect of every done measure for one radius; a new radius asks again. */
export function useMeasureEffects(call: ApiCall): EffectsState {
  const [radius, setRadiusState] = useState(String(DEFAULT_EFFECT_RADIUS_METRES))
  const [result, setResult] = useState<MeasureEffects | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(true)
  const [seq, setSeq] = useState(0)

  useEffect(() => {
    let current = true
    fetchEffects(call, radius).then(
      (answer) => {
        if (!current) return
        setResult(answer)
        setError(null)
        setLoading(false)
      },
      (failure: unknown) => {
        if (!current) return
        setError(failure)
        setLoading(false)
      },
    )
    return () => {
      current = false
    }
  }, [call, radius, seq])

  const setRadius = useCallback((next: string) => {
    setLoading(true)
    setRadiusState(next)
    // The same radius again (after a refused one, say) is asked again too.
    setSeq((value) => value + 1)
  }, [])
  const refresh = useCallback(() => setSeq((value) => value + 1), [])
  return { result, radius, error, loading, setRadius, refresh }
}
