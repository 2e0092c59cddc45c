/**
 * The promises of a period and their indicators. A write locks the period first (see
 * period-records.ts), so it sees whether the period is published: then an addition or a change
 * is a correction with a reason, and nothing can be removed.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import type { Corrected, IndicatorBody, PromiseBody, PromisePeriod } from '../shared/api/promise-schemas.ts'
import { lockPeriod, recordCorrection, withReason } from './period-records.ts'

export interface PromiseRow {
  id: number
  period_id: number
  position: number
  text: string
  responsible: PromiseBody['responsible']
  responsible_text: string
}

export interface IndicatorRow {
  id: number
  promise_id: number
  position: number
  kind: IndicatorBody['kind']
  label: string
  target_per_year: number | null
}

const promiseNotFound = (id: number) => notFound('promise_not_found', `Löfte ${id} finns inte.`, `Promise ${id} does not exist.`)
const indicatorNotFound = (id: number) =>
  notFound('indicator_not_found', `Indikator ${id} finns inte.`, `Indicator ${id} does not exist.`)

const promiseFields = (promise: PromiseBody | PromiseRow) => ({
  position: promise.position,
  text: promise.text,
  responsible: promise.responsible,
  responsible_text: promise.responsible_text,
})

const indicatorFields = (indicator: IndicatorBody | IndicatorRow) => ({
  position: indicator.position,
  kind: indicator.kind,
  label: indicator.label,
  target_per_year: indicator.target_per_year,
})

/** The promise's label in the audit log: its position and the start of its text. */
const promiseLabel = (promise: { position: number; text: string }) => `${promise.position}. ${promise.text.slice(0, 80)}`

export async function findPromise(db: Queryable, id: number): Promise<PromiseRow> {
  const [promise] = await db.query<PromiseRow>(
    'SELECT id, period_id, position, text, responsible, responsible_text FROM promise WHERE id = $1',
    [id],
  )
  if (!promise) throw promiseNotFound(id)
  return promise
}

/** Locks the promise's period and answers both; a missing promise is a 404. */
async function lockPromise(tx: Queryable, id: number): Promise<{ promise: PromiseRow; period: PromisePeriod }> {
  const { period_id } = await findPromise(tx, id)
  const period = await lockPeriod(tx, period_id)
  return { promise: await findPromise(tx, id), period }
}

export async function createPromise(db: Database, periodId: number, body: PromiseBody, actor: Actor, requestId: string): Promise<Corrected<PromiseRow>> {
  return db.transaction(async (tx) => {
    const period = await lockPeriod(tx, periodId)
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO promise (period_id, position, text, responsible, responsible_text) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [periodId, body.position, body.text, body.responsible, body.responsible_text],
    )
    if (!row) throw new Error('promise insert returned no row')
    const correction = await recordCorrection(tx, period, body.correction_reason, 'promise', row.id, null, promiseFields(body))
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'promise', objectId: row.id, objectLabel: promiseLabel(body),
      before: null, after: { period_id: periodId, ...promiseFields(body), ...withReason(period, body.correction_reason) }, requestId,
    })
    return { ...(await findPromise(tx, row.id)), correction }
  })
}

export async function updatePromise(db: Database, id: number, body: PromiseBody, actor: Actor, requestId: string): Promise<Corrected<PromiseRow>> {
  return db.transaction(async (tx) => {
    const { promise, period } = await lockPromise(tx, id)
    const correction = await recordCorrection(tx, period, body.correction_reason, 'promise', id, promiseFields(promise), promiseFields(body))
    await tx.query(
      'UPDATE promise SET position = $2, text = $3, responsible = $4, responsible_text = $5, updated_at = now() WHERE id = $1',
      [id, body.position, body.text, body.responsible, body.responsible_text],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'promise', objectId: id, objectLabel: promiseLabel(body),
      before: promiseFields(promise), after: { ...promiseFields(body), ...withReason(period, body.correction_reason) }, requestId,
    })
    return { ...(await findPromise(tx, id)), correction }
  })
}

/** Only from a draft: a published promise stays on record (correct its text instead). Its indicators and activities go with it. */
export async function deletePromise(db: Database, id: number, actor: Actor, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { promise, period } = await lockPromise(tx, id)
    refuseRemovalWhenPublished(period)
    const indicators = await tx.query<IndicatorRow>(
      'DELETE FROM promise_indicator WHERE promise_id = $1 RETURNING id, promise_id, position, kind, label, target_per_year::float8 AS target_per_year',
      [id],
    )
    const activities = await tx.query<{ happened_on: string; title: string }>(
      `DELETE FROM promise_activity WHERE promise_id = $1 RETURNING to_char(happened_on, 'YYYY-MM-DD') AS happened_on, title`,
      [id],
    )
    await tx.query('DELETE FROM promise WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'delete', objectType: 'promise', objectId: id, objectLabel: promiseLabel(promise),
      before: { ...promiseFields(promise), indicators: indicators.map(indicatorFields), activities }, after: null, requestId,
    })
  })
}

async function findIndicator(db: Queryable, id: number): Promise<IndicatorRow> {
  const [indicator] = await db.query<IndicatorRow>(
    'SELECT id, promise_id, position, kind, label, target_per_year::float8 AS target_per_year FROM promise_indicator WHERE id = $1',
    [id],
  )
  if (!indicator) throw indicatorNotFound(id)
  return indicator
}

export async function createIndicator(db: Database, promiseId: number, body: IndicatorBody, actor: Actor, requestId: string): Promise<Corrected<IndicatorRow>> {
  return db.transaction(async (tx) => {
    const { period } = await lockPromise(tx, promiseId)
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [promiseId, body.position, body.kind, body.label, body.target_per_year],
    )
    if (!row) throw new Error('indicator insert returned no row')
    const correction = await recordCorrection(tx, period, body.correction_reason, 'promise_indicator', row.id, null, indicatorFields(body))
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'promise_indicator', objectId: row.id, objectLabel: body.label,
      before: null, after: { promise_id: promiseId, ...indicatorFields(body), ...withReason(period, body.correction_reason) }, requestId,
    })
    return { ...(await findIndicator(tx, row.id)), correction }
  })
}

export async function updateIndicator(db: Database, id: number, body: IndicatorBody, actor: Actor, requestId: string): Promise<Corrected<IndicatorRow>> {
  return db.transaction(async (tx) => {
    const { promise_id } = await findIndicator(tx, id)
    const { period } = await lockPromise(tx, promise_id)
    const before = await findIndicator(tx, id)
    const correction = await recordCorrection(tx, period, body.correction_reason, 'promise_indicator', id, indicatorFields(before), indicatorFields(body))
    await tx.query(
      'UPDATE promise_indicator SET position = $2, kind = $3, label = $4, target_per_year = $5, updated_at = now() WHERE id = $1',
      [id, body.position, body.kind, body.label, body.target_per_year],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'promise_indicator', objectId: id, objectLabel: body.label,
      before: indicatorFields(before), after: { ...indicatorFields(body), ...withReason(period, body.correction_reason) }, requestId,
    })
    return { ...(await findIndicator(tx, id)), correction }
  })
}

export async function deleteIndicator(db: Database, id: number, actor: Actor, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { promise_id } = await findIndicator(tx, id)
    const { period } = await lockPromise(tx, promise_id)
    refuseRemovalWhenPublished(period)
    const before = await findIndicator(tx, id)
    await tx.query('DELETE FROM promise_indicator WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'delete', objectType: 'promise_indicator', objectId: id, objectLabel: before.label,
      before: indicatorFields(before), after: null, requestId,
    })
  })
}

function refuseRemovalWhenPublished(period: PromisePeriod): void {
  if (period.published_at) {
    throw conflict(
      'period_published',
      'Perioden är publicerad, så inget kan tas bort ur den. Rätta texten i stället; rättelsen visas publikt.',
      'The period is published, so nothing can be removed from it. Correct the text instead; the correction is shown publicly.',
    )
  }
}
