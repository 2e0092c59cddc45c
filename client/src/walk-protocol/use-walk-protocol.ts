import { useCallback, useEffect, useState } from 'react'
import type { WalkObservation, WalkProtocol } from '../../../server/shared/api/walk-schemas.ts'
import { fetchProtocol } from '../walks/walk-api.ts'

export interface WalkProtocolState {
  protocol: WalkProtocol | null
  /** The failed load (an ApiError: 404 `protocol_not_published` for the public before publication). */
  error: unknown
  /** After a save or a publication: the server's answer replaces what is shown. */
  replace(protocol: WalkProtocol): void
  replaceObservation(observation: WalkObservation): void
}

/** A walk's protocol, loaded once per walk; staff get it unpublished too (the session cookie goes along). */
export function useWalkProtocol(walkId: number | null): WalkProtocolState {
  const [state, setState] = useState<{ walkId: number | null; protocol: WalkProtocol | null; error: unknown }>({ walkId, protocol: null, error: null })

  useEffect(() => {
    if (walkId === null) return
    const controller = new AbortController()
    fetchProtocol(walkId, controller.signal).then(
      (protocol) => setState({ walkId, protocol, error: null }),
      (error: unknown) => !controller.signal.aborted && setState({ walkId, protocol: null, error }),
    )
    return () => controller.abort()
  }, [walkId])

  const replace = useCallback((protocol: WalkProtocol) => setState((previous) => ({ ...previous, protocol, error: null })), [])
  // The server's order (unsafe first, by priority) is kept until the next load, so a saved row does not jump away from focus.
  const replaceObservation = useCallback(
    (observation: WalkObservation) =>
      setState((previous) =>
        previous.protocol
          ? {
              ...previous,
              protocol: {
                ...previous.protocol,
                observations: previous.protocol.observations.map((candidate) => (candidate.id === observation.id ? observation : candidate)),
              },
            }
          : previous,
      ),
    [],
  )

  // Another walk's answer (the page's ?id= changed) is not shown while the new one loads.
  const current = state.walkId === walkId
  return { protocol: current ? state.protocol : null, error: current ? state.error : null, replace, replaceObservation }
}
