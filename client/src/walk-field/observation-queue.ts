/**
 * The phone's queue of walk observations, as pure functions: an observation is stored on the
 * phone first and sent afterwards, oldest first, so a walk through a dead spot loses nothing. The
 * queue decides what to send next, when to try again and which refusals the person must see.
 * Storage and timers live in observation-sender.ts; nothing here touches the browser.
 */
import type { ObservationBody, ObservationReceipt } from '../../../server/shared/api/walk-schemas.ts'

/** waiting: stored, to be sent; problem: the server refused it, the person fixes or discards it; sent: saved on the server. */
export type QueueState = 'waiting' | 'problem' | 'sent'

/** The server's refusal, kept in both languages so a language switch still reads it. */
export interface StoredProblem {
  status: number
  code: string
  messageSv: string
  messageEn: string
  /** The server's field problems (field name, both languages). */
  fields: { field: string; message: string; message_sv: string }[]
}

export interface SentRecord {
  at: string
  observationId: number
  farFromRoute: boolean
  /** The server had it already (an earlier answer was lost on the way). */
  alreadyReceived: boolean
}

export interface QueuedObservation {
  clientId: string
  walkId: number
  /** Who noted it: only that person's session sends it (a shared phone does not mix people up). */
  userId: number
  /** What is sent; the photo is dropped once it is on the server, to free the phone's storage. */
  body: ObservationBody
  createdAt: string
  state: QueueState
  /** Failed attempts since it was last changed. */
  attempts: number
  /** Not before this time (epoch ms); null means at once. */
  nextAttemptAt: number | null
  problem: StoredProblem | null
  sent: SentRecord | null
}

/** What a failed send looks like from here (an ApiError has these fields). */
export interface SendFailure {
  status: number
  code: string
  messageEn?: string
  messageSv?: string
  fields?: readonly { field: string; message: string; message_sv: string }[]
  retryAfterSeconds?: number | null
}

/** The first wait after a failure; it doubles with every further failure up to the longest wait. */
export const FIRST_RETRY_MS = 5_000
export const LONGEST_RETRY_MS = 60_000
/** Sent observations are shown ("skickad 14:32") for the rest of the day, then forgotten. */
export const KEEP_SENT_MS = 24 * 60 * 60 * 1000

/** Queue order: the oldest first; two made in the same millisecond keep a fixed order. */
export function queueOrder(items: readonly QueuedObservation[]): QueuedObservation[] {
  return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.clientId.localeCompare(b.clientId))
}

/** A new observation, waiting to be sent. `clientId` is made when it is created, so a resend is harmless. */
export function newQueuedObservation(input: {
  clientId: string
  walkId: number
  userId: number
  now: Date
  body: Omit<ObservationBody, 'client_id' | 'observed_at'>
}): QueuedObservation {
  const createdAt = input.now.toISOString()
  return {
    clientId: input.clientId,
    walkId: input.walkId,
    userId: input.userId,
    body: { ...input.body, client_id: input.clientId, observed_at: createdAt },
    createdAt,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: null,
    problem: null,
    sent: null,
  }
}

export type NextSend = { kind: 'send'; item: QueuedObservation } | { kind: 'wait'; item: QueuedObservation; ms: number } | { kind: 'idle' }

/**
 * What to do next for this person's observations: send the oldest waiting one, or wait for it.
 * A later one is never sent before an earlier one that is still waiting, so the protocol keeps
 * the order of the walk. Observations with a problem do not hold the others up.
 */
export function nextToSend(items: readonly QueuedObservation[], userId: number, now: number): NextSend {
  const head = queueOrder(items).find((item) => item.state === 'waiting' && item.userId === userId)
  if (!head) return { kind: 'idle' }
  const ms = head.nextAttemptAt === null ? 0 : head.nextAttemptAt - now
  return ms > 0 ? { kind: 'wait', item: head, ms } : { kind: 'send', item: head }
}

/**
 * Whether a failure is the connection's or the observation's. No answer, a server error, "too
 * many requests", an ended session (the person logs in again) and a stale CSRF token (the session
 * fetches a new one) pass: try again. Any other refusal is about this observation and will not
 * change by sending it again.
 */
export function failureKind(failure: SendFailure): 'retry' | 'problem' {
  const { status, code } = failure
  if (status === 0 || status >= 500 || status === 429 || status === 401) return 'retry'
  if (status === 403 && code === 'csrf_failed') return 'retry'
  return 'problem'
}

/** How long to wait after the given number of failed attempts; the server's Retry-After wins. */
export function retryDelayMs(attempts: number, retryAfterSeconds: number | null = null): number {
  if (retryAfterSeconds !== null && retryAfterSeconds > 0) return retryAfterSeconds * 1000
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1))
}

/** The observation after a failed send: waiting longer, or set aside with the server's words. */
export function afterFailure(item: QueuedObservation, failure: SendFailure, now: number): QueuedObservation {
  const attempts = item.attempts + 1
  if (failureKind(failure) === 'retry') {
    return { ...item, attempts, nextAttemptAt: now + retryDelayMs(attempts, failure.retryAfterSeconds ?? null) }
  }
  return {
    ...item,
    attempts,
    state: 'problem',
    nextAttemptAt: null,
    problem: {
      status: failure.status,
      code: failure.code,
      messageSv: failure.messageSv ?? '',
      messageEn: failure.messageEn ?? '',
      fields: (failure.fields ?? []).map(({ field, message, message_sv }) => ({ field, message, message_sv })),
    },
  }
}

/** The observation once the server has it; "already received" counts the same. The photo is dropped. */
export function afterSent(item: QueuedObservation, receipt: ObservationReceipt, now: number): QueuedObservation {
  const body = { ...item.body }
  delete body.photo
  return {
    ...item,
    body,
    state: 'sent',
    nextAttemptAt: null,
    problem: null,
    sent: {
      at: new Date(now).toISOString(),
      observationId: receipt.observation.id,
      farFromRoute: receipt.far_from_route,
      alreadyReceived: receipt.already_received,
    },
  }
}

/** A refused observation, corrected by the person: waiting again, with the same client_id. */
export function corrected(item: QueuedObservation, body: Omit<ObservationBody, 'client_id' | 'observed_at'>): QueuedObservation {
  return {
    ...item,
    body: { ...body, client_id: item.clientId, observed_at: item.body.observed_at },
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: null,
    problem: null,
  }
}

/** Every waiting observation tried at once: the connection is back, or the person asked. */
export function retryAllNow(items: readonly QueuedObservation[]): QueuedObservation[] {
  return items.map((item) => (item.state === 'waiting' && item.nextAttemptAt !== null ? { ...item, nextAttemptAt: null } : item))
}

/** Sent observations older than a day: no longer worth the space. */
export function expiredSent(items: readonly QueuedObservation[], now: number): QueuedObservation[] {
  return items.filter((item) => item.state === 'sent' && item.sent !== null && now - Date.parse(item.sent.at) > KEEP_SENT_MS)
}

export interface QueueSummary {
  waiting: number
  problems: number
  sent: number
  /** When the latest of them reached the server. */
  lastSentAt: string | null
}

/** The counts the screen shows for one walk. */
export function queueSummary(items: readonly QueuedObservation[], walkId: number): QueueSummary {
  const mine = items.filter((item) => item.walkId === walkId)
  const sentTimes = mine.flatMap((item) => (item.sent ? [item.sent.at] : [])).sort()
  return {
    waiting: mine.filter((item) => item.state === 'waiting').length,
    problems: mine.filter((item) => item.state === 'problem').length,
    sent: mine.filter((item) => item.state === 'sent').length,
    lastSentAt: sentTimes.at(-1) ?? null,
  }
}

/**
 * An observation read back from the phone's storage, or null when it is not one (an older
 * version of the app, or damaged data): such a record is left alone, never sent half-read.
 */
export function readStoredObservation(value: unknown): QueuedObservation | null {
  if (typeof value !== 'object' || value === null) return null
  const item = value as Partial<QueuedObservation>
  const body = item.body as Partial<ObservationBody> | undefined
  const states: readonly unknown[] = ['waiting', 'problem', 'sent']
  const valid =
    typeof item.clientId === 'string' &&
    typeof item.walkId === 'number' &&
    typeof item.userId === 'number' &&
    typeof item.createdAt === 'string' &&
    states.includes(item.state) &&
    typeof item.attempts === 'number' &&
    (item.nextAttemptAt === null || typeof item.nextAttemptAt === 'number') &&
    typeof body === 'object' &&
    body !== null &&
    body.client_id === item.clientId &&
    typeof body.category === 'string' &&
    typeof body.assessment === 'string' &&
    typeof body.geometry === 'object'
  if (!valid) return null
  return { ...(item as QueuedObservation), problem: item.problem ?? null, sent: item.sent ?? null }
}
