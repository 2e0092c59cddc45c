/**
 * Sends the phone's stored walk observations, one at a time and oldest first: at once when one is
 * added, again after a failure on a growing timer, and at once when the browser says the
 * connection is back. Every change is written to the phone's storage before it is shown, so
 * closing the page or losing the battery loses nothing that was stored. No React here: the
 * screen subscribes (use-observation-queue.ts).
 */
import type { ObservationBody, ObservationReceipt } from '../../../server/shared/api/walk-schemas.ts'
import {
  afterFailure,
  afterSent,
  corrected,
  expiredSent,
  nextToSend,
  queueOrder,
  readStoredObservation,
  retryAllNow,
} from './observation-queue.ts'
import type { QueuedObservation, SendFailure } from './observation-queue.ts'

/** Where the queue lives on the phone (IndexedDB in the browser, a Map in tests). */
export interface QueueStore {
  loadAll(): Promise<unknown[]>
  put(item: QueuedObservation): Promise<void>
  remove(clientId: string): Promise<void>
}

/** 'full': the phone's storage refused the last write; 'unavailable': there is no storage (a private window, say). */
export type StorageHealth = 'ok' | 'full' | 'unavailable'

export interface SenderSnapshot {
  items: QueuedObservation[]
  loaded: boolean
  /** The client_id being sent now. */
  sending: string | null
  storage: StorageHealth
}

export interface SenderOptions {
  store: QueueStore
  userId: number
  send(body: ObservationBody, walkId: number): Promise<ObservationReceipt>
  /** Called after each observation reaches the server (to refresh the map, say). */
  onSent?(item: QueuedObservation): void
  now?: () => number
  /** Where the `online` event comes from; the window in the browser. */
  connection?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
}

export interface ObservationSender {
  start(): Promise<void>
  stop(): void
  snapshot(): SenderSnapshot
  subscribe(listener: () => void): () => void
  /** Stores a new observation, then sends it when its turn comes. Resolves once it is stored (or kept in memory). */
  add(item: QueuedObservation): Promise<void>
  /** A refused observation, corrected: waiting again with the same client_id. */
  correct(clientId: string, body: Omit<ObservationBody, 'client_id' | 'observed_at'>): Promise<void>
  discard(clientId: string): Promise<void>
  /** Tries every waiting observation now. */
  retryNow(): void
}

export function createObservationSender(options: SenderOptions): ObservationSender {
  const now = options.now ?? Date.now
  const listeners = new Set<() => void>()
  let snapshot: SenderSnapshot = { items: [], loaded: false, sending: null, storage: 'ok' }
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false

  const update = (change: Partial<SenderSnapshot>) => {
    snapshot = { ...snapshot, ...change }
    for (const listener of listeners) listener()
  }

  const setItem = (item: QueuedObservation) =>
    update({ items: queueOrder([...snapshot.items.filter((other) => other.clientId !== item.clientId), item]) })

  // Memory is the truth while the page is open; storage is what survives it. A refused write is
  // said on screen, and the observation is still sent from memory.
  async function persist(item: QueuedObservation) {
    try {
      await options.store.put(item)
      if (snapshot.storage !== 'ok') update({ storage: 'ok' })
    } catch (error) {
      update({ storage: isQuotaError(error) ? 'full' : 'unavailable' })
    }
  }

  async function save(item: QueuedObservation) {
    setItem(item)
    await persist(item)
  }

  const onOnline = () => methods.retryNow()

  function schedule(ms: number) {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void pump()
    }, ms)
  }

  async function pump(): Promise<void> {
    if (stopped || !snapshot.loaded || snapshot.sending !== null) return
    const next = nextToSend(snapshot.items, options.userId, now())
    if (next.kind === 'idle') return
    if (next.kind === 'wait') return schedule(next.ms)
    const { item } = next
    update({ sending: item.clientId })
    let outcome: QueuedObservation
    try {
      const receipt = await options.send(item.body, item.walkId)
      outcome = afterSent(item, receipt, now())
    } catch (error) {
      outcome = afterFailure(item, asFailure(error), now())
    }
    // Discarded while it was on its way: the server may have it, but the person no longer wants it here.
    const stillHere = snapshot.items.some((other) => other.clientId === item.clientId)
    update({ sending: null })
    if (!stillHere || stopped) return
    await save(outcome)
    if (outcome.state === 'sent') options.onSent?.(outcome)
    return pump()
  }

  const methods: ObservationSender = {
    async start() {
      stopped = false
      options.connection?.addEventListener('online', onOnline)
      let stored: unknown[] = []
      try {
        stored = await options.store.loadAll()
      } catch {
        update({ storage: 'unavailable' })
      }
      const items = stored.map(readStoredObservation).filter((item): item is QueuedObservation => item !== null)
      const expired = new Set(expiredSent(items, now()).map((item) => item.clientId))
      for (const clientId of expired) await options.store.remove(clientId).catch(() => undefined)
      // Observations added before storage answered are kept too.
      const added = snapshot.items.filter((item) => !items.some((other) => other.clientId === item.clientId))
      // A new visit starts a new round of tries.
      update({ items: queueOrder(retryAllNow([...items.filter((item) => !expired.has(item.clientId)), ...added])), loaded: true })
      await pump()
    },
    stop() {
      stopped = true
      options.connection?.removeEventListener('online', onOnline)
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async add(item) {
      await save(item)
      void pump()
    },
    async correct(clientId, body) {
      const item = snapshot.items.find((candidate) => candidate.clientId === clientId)
      if (!item || item.state !== 'problem') return
      await save(corrected(item, body))
      void pump()
    },
    async discard(clientId) {
      update({ items: snapshot.items.filter((item) => item.clientId !== clientId) })
      await options.store.remove(clientId).catch(() => undefined)
    },
    retryNow() {
      update({ items: retryAllNow(snapshot.items) })
      void pump()
    },
  }
  return methods
}

/** Any thrown value as a failure; something that is not an ApiError counts as no answer. */
function asFailure(error: unknown): SendFailure {
  if (typeof error === 'object' && error !== null && typeof (error as SendFailure).status === 'number' && typeof (error as SendFailure).code === 'string') {
    return error as SendFailure
  }
  return { status: 0, code: 'network_error' }
}

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError'
}
