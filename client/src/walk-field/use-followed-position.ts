import { useCallback, useEffect, useRef, useState } from 'react'
import { positionFailure } from '../reports/device-position.ts'
import type { PositionFailure } from '../reports/device-position.ts'
import { fixFromPosition } from './field-position.ts'
import type { PositionFix } from './field-position.ts'

export interface FollowedPosition {
  following: boolean
  /** The latest fix, good or poor; null before the first one. */
  fix: PositionFix | null
  /** Why there is no position; null while it works. */
  failure: PositionFailure | null
  start(): void
  stop(): void
}

/**
 * "Följ min position": the phone's position as it changes, from `watchPosition`. A refusal ends
 * the following (asking again would only repeat it); a slow or lost fix keeps the last one shown.
 */
export function useFollowedPosition(): FollowedPosition {
  const [following, setFollowing] = useState(false)
  const [fix, setFix] = useState<PositionFix | null>(null)
  const [failure, setFailure] = useState<PositionFailure | null>(null)
  const watchId = useRef<number | null>(null)

  const clear = () => {
    if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current)
    watchId.current = null
  }

  const stop = useCallback(() => {
    clear()
    setFollowing(false)
    setFix(null)
  }, [])

  const start = useCallback(() => {
    setFailure(null)
    if (!('geolocation' in navigator)) return setFailure('unsupported')
    clear()
    setFollowing(true)
    watchId.current = navigator.geolocation.watchPosition(
      (position) => {
        setFix(fixFromPosition(position))
        setFailure(null)
      },
      (error) => {
        const kind = positionFailure(error)
        setFailure(kind)
        if (kind === 'denied') {
          clear()
          setFollowing(false)
          setFix(null)
        }
      },
      // A fix a few seconds old is still where the person stands; a slow one is reported after 30 s.
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    )
  }, [])

  useEffect(() => clear, [])

  return { following, fix, failure, start, stop }
}
