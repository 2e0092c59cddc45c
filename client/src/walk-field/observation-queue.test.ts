import { describe, expect, it } from 'vitest'
import type { ObservationReceipt } from '../../../server/shared/api/walk-schemas.ts'
import {
  afterFailure,
  afterSent,
  corrected,
  expiredSent,
  failureKind,
  KEEP_SENT_MS,
  newQueuedObservation,
  nextToSend,
  queueSummary,
  readStoredObservation,
  retryAllNow,
  retryDelayMs,
} from './observation-queue.ts'

const body = {
  category: 'lighting' as const,
  assessment: 'unsafe' as const,
  rating: 1,
  description: 'Trasig lampa',
  geometry: { type: 'Point' as const, coordinates: [14.1096, 59.3106] as [number, number] },
}

const item = (clientId: string, minute: number, extra: { walkId?: number; userId?: number } = {}) =>
  newQueuedObservation({ clientId, walkId: extra.walkId ?? 7, userId: extra.userId ?? 1, now: new Date(Date.UTC(2027, 2, 16, 18, minute)), body })

const receipt = (id: number, far = false, already = false) =>
  ({ observation: { id }, far_from_route: far, already_received: already }) as unknown as ObservationReceipt

const T0 = Date.UTC(2027, 2, 16, 19, 0)

describe('a new observation', () => {
  it('carries its client_id and the time it was noted, and waits to be sent', () => {
    const first = item('a', 5)
    expect(first.body.client_id).toBe('a')
    expect(first.body.observed_at).toBe('2027-03-16T18:05:00.000Z')
    expect(first).toMatchObject({ state: 'waiting', attempts: 0, nextAttemptAt: null, problem: null, sent: null })
  })
})

describe('what to send next', () => {
  it('sends the oldest first, whatever order they are stored in', () => {
    expect(nextToSend([item('b', 9), item('a', 5)], 1, T0)).toMatchObject({ kind: 'send', item: { clientId: 'a' } })
  })

  it('waits for the oldest instead of sending a later one first', () => {
    const waiting = { ...item('a', 5), attempts: 1, nextAttemptAt: T0 + 4000 }
    expect(nextToSend([waiting, item('b', 9)], 1, T0)).toEqual({ kind: 'wait', item: waiting, ms: 4000 })
    expect(nextToSend([waiting, item('b', 9)], 1, T0 + 4000)).toMatchObject({ kind: 'send', item: { clientId: 'a' } })
  })

  it('lets a refused or sent observation not hold the others up', () => {
    const refused = afterFailure(item('a', 5), { status: 400, code: 'invalid_body' }, T0)
    const sent = afterSent(item('b', 6), receipt(3), T0)
    expect(nextToSend([refused, sent, item('c', 9)], 1, T0)).toMatchObject({ kind: 'send', item: { clientId: 'c' } })
    expect(nextToSend([refused, sent], 1, T0)).toEqual({ kind: 'idle' })
  })

  it("never sends another person's observations", () => {
    expect(nextToSend([item('a', 5, { userId: 2 })], 1, T0)).toEqual({ kind: 'idle' })
  })
})

describe('after a failure', () => {
  it('tries again after no answer, a server error, too many requests, an ended session or a stale token', () => {
    for (const failure of [
      { status: 0, code: 'network_error' },
      { status: 500, code: 'internal' },
      { status: 503, code: 'http_503' },
      { status: 429, code: 'too_many_requests' },
      { status: 401, code: 'not_logged_in' },
      { status: 403, code: 'csrf_failed' },
    ]) {
      expect(failureKind(failure), failure.code).toBe('retry')
    }
  })

  it('sets aside an observation the server refuses for what it is', () => {
    for (const failure of [
      { status: 400, code: 'invalid_body' },
      { status: 403, code: 'forbidden' },
      { status: 404, code: 'walk_not_found' },
      { status: 409, code: 'walk_closed' },
      { status: 413, code: 'too_large' },
    ]) {
      expect(failureKind(failure), failure.code).toBe('problem')
    }
  })

  it('waits longer after each failure, up to a minute, or as long as the server asks', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(attempts))).toEqual([5000, 10000, 20000, 40000, 60000, 60000])
    expect(retryDelayMs(1, 120)).toBe(120_000)
    const once = afterFailure(item('a', 5), { status: 0, code: 'network_error' }, T0)
    expect(once).toMatchObject({ state: 'waiting', attempts: 1, nextAttemptAt: T0 + 5000 })
    const twice = afterFailure(once, { status: 502, code: 'http_502' }, T0 + 5000)
    expect(twice).toMatchObject({ state: 'waiting', attempts: 2, nextAttemptAt: T0 + 15000 })
  })

  it("keeps the server's words in both languages and its field problems", () => {
    const refused = afterFailure(
      item('a', 5),
      { status: 400, code: 'invalid_body', messageSv: 'Fel', messageEn: 'Wrong', fields: [{ field: 'description', message: 'Too long', message_sv: 'För lång' }] },
      T0,
    )
    expect(refused.state).toBe('problem')
    expect(refused.problem).toEqual({
      status: 400,
      code: 'invalid_body',
      messageSv: 'Fel',
      messageEn: 'Wrong',
      fields: [{ field: 'description', message: 'Too long', message_sv: 'För lång' }],
    })
  })

  it('sends a corrected observation again with the same client_id and time', () => {
    const refused = afterFailure(item('a', 5), { status: 400, code: 'invalid_body' }, T0)
    const fixed = corrected(refused, { ...body, description: 'Kortare' })
    expect(fixed).toMatchObject({ state: 'waiting', attempts: 0, problem: null, nextAttemptAt: null })
    expect(fixed.body).toMatchObject({ client_id: 'a', observed_at: '2027-03-16T18:05:00.000Z', description: 'Kortare' })
  })

  it('tries all waiting observations at once when the connection is back', () => {
    const waiting = afterFailure(item('a', 5), { status: 0, code: 'network_error' }, T0)
    expect(retryAllNow([waiting])[0]?.nextAttemptAt).toBeNull()
  })
})

describe('once sent', () => {
  it('counts "already received" as sent, keeps the warning about the route and drops the photo', () => {
    const withPhoto = { ...item('a', 5), body: { ...item('a', 5).body, photo: 'AAAA' } }
    const sent = afterSent(withPhoto, receipt(42, true, true), T0)
    expect(sent.state).toBe('sent')
    expect(sent.sent).toEqual({ at: new Date(T0).toISOString(), observationId: 42, farFromRoute: true, alreadyReceived: true })
    expect(sent.body.photo).toBeUndefined()
  })

  it('is forgotten after a day', () => {
    const sent = afterSent(item('a', 5), receipt(1), T0)
    expect(expiredSent([sent], T0 + KEEP_SENT_MS - 1)).toEqual([])
    expect(expiredSent([sent], T0 + KEEP_SENT_MS + 1)).toEqual([sent])
  })
})

describe('the summary for a walk', () => {
  it('counts waiting, refused and sent observations of that walk only, with the latest sending time', () => {
    const items = [
      item('a', 1),
      afterFailure(item('b', 2), { status: 400, code: 'invalid_body' }, T0),
      afterSent(item('c', 3), receipt(1), T0),
      afterSent(item('d', 4), receipt(2), T0 + 60_000),
      item('e', 5, { walkId: 8 }),
    ]
    expect(queueSummary(items, 7)).toEqual({ waiting: 1, problems: 1, sent: 2, lastSentAt: new Date(T0 + 60_000).toISOString() })
  })
})

describe('reading the stored queue back', () => {
  it('takes a stored observation as it was', () => {
    const stored = JSON.parse(JSON.stringify(item('a', 5))) as unknown
    expect(readStoredObservation(stored)).toEqual(item('a', 5))
  })

  it('leaves damaged records alone', () => {
    expect(readStoredObservation(null)).toBeNull()
    expect(readStoredObservation('text')).toBeNull()
    expect(readStoredObservation({ ...item('a', 5), walkId: '7' })).toBeNull()
    expect(readStoredObservation({ ...item('a', 5), state: 'lost' })).toBeNull()
    expect(readStoredObservation({ ...item('a', 5), body: { ...body, client_id: 'other' } })).toBeNull()
  })
})
