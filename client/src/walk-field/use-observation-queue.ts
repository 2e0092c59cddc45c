import { useEffect, useMemo, useRef, useState } from 'react'
import type { ApiCall } from '../data/staff-api.ts'
import { sendObservation } from '../walks/walk-api.ts'
import type { QueuedObservation } from './observation-queue.ts'
import { createObservationSender } from './observation-sender.ts'
import type { ObservationSender, SenderSnapshot } from './observation-sender.ts'
import { indexedDbStore } from './observation-store.ts'

export type QueueActions = Pick<ObservationSender, 'add' | 'correct' | 'discard' | 'retryNow'>

const before: SenderSnapshot = { items: [], loaded: false, sending: null, storage: 'ok' }

/**
 * The phone's queue of observations for the logged-in person: stored in IndexedDB, sent in order,
 * again when the connection returns. `onSent` hears about each one the server has. The sender is
 * made in an effect (it listens to the window and keeps timers), one per person.
 */
export function useObservationQueue(call: ApiCall, userId: number, onSent: (item: QueuedObservation) => void): [SenderSnapshot, QueueActions] {
  const latest = useRef({ call, onSent })
  useEffect(() => {
    latest.current = { call, onSent }
  })
  const senderRef = useRef<ObservationSender | null>(null)
  const [snapshot, setSnapshot] = useState<SenderSnapshot>(before)

  useEffect(() => {
    const sender = createObservationSender({
      store: indexedDbStore,
      userId,
      send: (body, walkId) => sendObservation(latest.current.call, walkId, body),
      onSent: (item) => latest.current.onSent(item),
      connection: window,
    })
    senderRef.current = sender
    const unsubscribe = sender.subscribe(() => setSnapshot(sender.snapshot()))
    void sender.start()
    return () => {
      unsubscribe()
      sender.stop()
      senderRef.current = null
    }
  }, [userId])

  // Stable functions for the screen; before the sender exists (the first render) they do nothing.
  const actions = useMemo<QueueActions>(
    () => ({
      add: async (item) => senderRef.current?.add(item),
      correct: async (clientId, body) => senderRef.current?.correct(clientId, body),
      discard: async (clientId) => senderRef.current?.discard(clientId),
      retryNow: () => senderRef.current?.retryNow(),
    }),
    [],
  )
  return [snapshot, actions]
}
