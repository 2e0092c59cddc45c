import { useEffect, useState } from 'react'
import type { UnvisitedHotspot } from '../../../server/shared/api/walk-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { fetchUnvisitedHotspots } from '../walks/walk-api.ts'
import { defaultPicks } from './hotspot-picks.ts'

/** The two settings on screen; the server's defaults. */
export interface HotspotSettings {
  months: number
  minPoints: number
}

export const defaultHotspotSettings: HotspotSettings = { months: 12, minPoints: 3 }

export interface UnvisitedHotspots {
  /** null while the answer for the current settings is on its way. */
  hotspots: UnvisitedHotspot[] | null
  error: unknown
  picks: ReadonlySet<number>
  setPicks(picks: ReadonlySet<number>): void
}

/** The places no walk has passed, for the settings; each new answer ticks its first five again. */
export function useUnvisitedHotspots(call: ApiCall, settings: HotspotSettings): UnvisitedHotspots {
  const [answer, setAnswer] = useState<{ settings: HotspotSettings; hotspots: UnvisitedHotspot[] } | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [picks, setPicks] = useState<ReadonlySet<number>>(new Set())
  const { months, minPoints } = settings

  useEffect(() => {
    let current = true
    fetchUnvisitedHotspots(call, { months, minPoints }).then(
      (hotspots) => {
        if (!current) return
        setAnswer({ settings: { months, minPoints }, hotspots })
        setPicks(defaultPicks(hotspots))
        setError(null)
      },
      (failure: unknown) => current && setError(failure ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call, months, minPoints])

  // An answer for other settings is not shown while the new one is on its way.
  const fresh = answer && answer.settings.months === months && answer.settings.minPoints === minPoints ? answer.hotspots : null
  return { hotspots: fresh, error, picks, setPicks }
}
