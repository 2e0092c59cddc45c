import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ObservationBody, ObservationReceipt } from '../../../server/shared/api/walk-schemas.ts'
import { newQueuedObservation } from './observation-queue.ts'
import type { QueuedObservation } from './observation-queue.ts'
import { createObservationSender } from './observation-sender.ts'
import type { QueueStore } from './observation-sender.ts'

const body = {
  category: 'lighting' as const,
  assessment: 'unsafe' as const,
  rating: null,
  description: '',
  geometry: { type: 'Point' as const, coordinates: [14.1096, 59.3106] as [number, number] },
}

let clock = Date.UTC(2027, 2, 16, 18, 0)
const item = (clientId: string) => {
  clock += 1000
  return newQueuedObservation({ clientId, walkId: 7, userId: 1, now: new Date(clock), body })
}

function memoryStore(initial: QueuedObservation[] = []) {
  const records = new Map<string, QueuedObservation>(initial.map((entry) => [entry.clientId, entry]))
  const store: QueueStore & { records: typeof records; full: boolean } = {
    records,
    full: false,
    loadAll: async () => [...records.values()],
    put: async (entry) => {
      if (store.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
      records.set(entry.clientId, structuredClone(entry))
    },
    remove: async (clientId) => {
      records.delete(clientId)
    },
  }
  return store
}

const receipt = (body: ObservationBody, id: number): ObservationReceipt =>
  ({ observation: { id, walk_id: 7 }, far_from_route: false, already_received: body.client_id === 'dup' }) as unknown as ObservationReceipt
const offline = () => Object.assign(new Error('offline'), { status: 0, code: 'network_error' })

beforeEach(() => vi.useFakeTimers({ now: clock }))
afterEach(() => vi.useRealTimers())

describe('the observation sender', () => {
  it('stores an observation before it sends it, and marks it sent', async () => {
    const store = memoryStore()
    const sent: string[] = []
    const sender = createObservationSender({
      store,
      userId: 1,
      send: async (sentBody) => {
        // Stored on the phone before the request leaves.
        expect(store.records.get(sentBody.client_id)?.state).toBe('waiting')
        sent.push(sentBody.client_id)
        return receipt(sentBody, 11)
      },
    })
    await sender.start()
    await sender.add(item('a'))
    await vi.waitFor(() => expect(store.records.get('a')?.state).toBe('sent'))
    expect(sent).toEqual(['a'])
    expect(sender.snapshot().items[0]?.sent?.observationId).toBe(11)
  })

  it('keeps observations through a dead spot and sends them in order when the connection returns', async () => {
    const store = memoryStore()
    const connection = new EventTarget()
    let online = false
    const sent: string[] = []
    const sender = createObservationSender({
      store,
      userId: 1,
      connection,
      send: async (sentBody) => {
        if (!online) throw offline()
        sent.push(sentBody.client_id)
        return receipt(sentBody, sent.length)
      },
    })
    await sender.start()
    await sender.add(item('a'))
    await sender.add(item('b'))
    await vi.waitFor(() => expect(store.records.get('a')?.attempts).toBe(1))
    expect(sender.snapshot().items.map((entry) => entry.state)).toEqual(['waiting', 'waiting'])
    // b was never tried before a.
    expect(store.records.get('b')?.attempts).toBe(0)

    online = true
    connection.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(sent).toEqual(['a', 'b']))
    expect([...store.records.values()].map((entry) => entry.state)).toEqual(['sent', 'sent'])
    sender.stop()
  })

  it('tries again on its own timer when no online event comes', async () => {
    const store = memoryStore()
    let failures = 2
    const sender = createObservationSender({
      store,
      userId: 1,
      now: () => Date.now(),
      send: async (sentBody) => {
        if (failures-- > 0) throw Object.assign(new Error('busy'), { status: 503, code: 'http_503' })
        return receipt(sentBody, 1)
      },
    })
    await sender.start()
    await sender.add(item('a'))
    await vi.waitFor(() => expect(store.records.get('a')?.attempts).toBe(1))
    await vi.advanceTimersByTimeAsync(5000)
    await vi.waitFor(() => expect(store.records.get('a')?.attempts).toBe(2))
    await vi.advanceTimersByTimeAsync(10000)
    await vi.waitFor(() => expect(store.records.get('a')?.state).toBe('sent'))
    sender.stop()
  })

  it('sets a refused observation aside, sends the next, and sends the corrected one with the same client_id', async () => {
    const store = memoryStore()
    const sent: ObservationBody[] = []
    const sender = createObservationSender({
      store,
      userId: 1,
      send: async (sentBody) => {
        if (sentBody.description === '') {
          throw Object.assign(new Error('bad'), { status: 400, code: 'invalid_body', messageSv: 'Fel', messageEn: 'Wrong', fields: [] })
        }
        sent.push(sentBody)
        return receipt(sentBody, sent.length)
      },
    })
    await sender.start()
    await sender.add(item('a'))
    await sender.add({ ...item('b'), body: { ...item('b').body, client_id: 'b', description: 'ok' } })
    await vi.waitFor(() => expect(store.records.get('b')?.state).toBe('sent'))
    expect(store.records.get('a')?.state).toBe('problem')
    expect(store.records.get('a')?.problem?.messageSv).toBe('Fel')

    await sender.correct('a', { ...body, description: 'Rättad' })
    await vi.waitFor(() => expect(store.records.get('a')?.state).toBe('sent'))
    expect(sent.at(-1)).toMatchObject({ client_id: 'a', description: 'Rättad' })

    await sender.discard('a')
    expect(store.records.has('a')).toBe(false)
  })

  it('picks up what an earlier visit left waiting, and counts "already received" as sent', async () => {
    const store = memoryStore([{ ...item('dup'), attempts: 3, nextAttemptAt: clock + 60_000 }])
    const sender = createObservationSender({ store, userId: 1, send: async (sentBody) => receipt(sentBody, 5) })
    await sender.start()
    await vi.waitFor(() => expect(store.records.get('dup')?.state).toBe('sent'))
    expect(store.records.get('dup')?.sent?.alreadyReceived).toBe(true)
  })

  it('says when the phone is full, and still sends from memory', async () => {
    const store = memoryStore()
    store.full = true
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const sender = createObservationSender({
      store,
      userId: 1,
      send: async (sentBody) => {
        await gate
        return receipt(sentBody, 1)
      },
    })
    await sender.start()
    await sender.add(item('a'))
    expect(sender.snapshot().storage).toBe('full')
    release()
    await vi.waitFor(() => expect(sender.snapshot().items[0]?.state).toBe('sent'))
  })
})
