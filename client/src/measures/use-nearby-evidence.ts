import { useEffect, useState } from 'react'
import type { MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchNearbyEvidence } from './measure-api.ts'
import type { NearbyEvidence } from './measure-api.ts'
import { DEFAULT_EFFECT_RADIUS_METRES } from './measure-options.ts'

// A shape being dragged changes many times a second; ask once it rests.
const PAUSE_MS = 400

export interface NearbyState {
  /** The answer for the shape; while a changed shape is asked about, the last answer (with `loading`). */
  evidence: NearbyEvidence | null
  error: unknown
  loading: boolean
}

/** The reports and walk observations near a drawn shape, asked again when the shape changes. */
export function useNearbyEvidence(call: ApiCall, geometry: MeasureGeometry | null, enabled: boolean): NearbyState {
  const key = enabled && geometry ? JSON.stringify(geometry) : null
  const [state, setState] = useState<NearbyState & { key: string | null }>({ key: null, evidence: null, error: null, loading: false })

  useEffect(() => {
    if (key === null) return
    let current = true
    const timer = window.setTimeout(() => {
      fetchNearbyEvidence(call, JSON.parse(key) as MeasureGeometry, DEFAULT_EFFECT_RADIUS_METRES).then(
        (evidence) => current && setState({ key, evidence, error: null, loading: false }),
        (error: unknown) => current && setState({ key, evidence: null, error, loading: false }),
      )
    }, PAUSE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [call, key])

  if (key === null) return { evidence: null, error: null, loading: false }
  if (state.key !== key) return { evidence: state.evidence, error: null, loading: true }
  return state
}
