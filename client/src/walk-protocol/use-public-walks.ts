import { useEffect, useState } from 'react'
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { fetchCollection } from '../data/ogc-client.ts'
import { fetchWalkStats } from '../walks/walk-api.ts'

export interface PublicWalks {
  /** The open collection `safety-walks` (cancelled walks are not in it). */
  walks: MapFeatureCollection | null
  walksFailed: boolean
  stats: WalkYearStats[] | null
  statsFailed: boolean
}

/** What the public walk pages read, without a login: the walks and the yearly count. Each may fail alone. */
export function usePublicWalks(): PublicWalks {
  const [state, setState] = useState<PublicWalks>({ walks: null, walksFailed: false, stats: null, statsFailed: false })

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    fetchCollection('safety-walks', { signal, origin: window.location.origin }).then(
      (walks) => setState((previous) => ({ ...previous, walks })),
      () => !signal.aborted && setState((previous) => ({ ...previous, walksFailed: true })),
    )
    fetchWalkStats(signal).then(
      (stats) => setState((previous) => ({ ...previous, stats })),
      () => !signal.aborted && setState((previous) => ({ ...previous, statsFailed: true })),
    )
    return () => controller.abort()
  }, [])

  return state
}
