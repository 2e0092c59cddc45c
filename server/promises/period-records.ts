/**
 * Promise periods: drafts staff write, then publish. Every write locks the period's row, so a
 * publish and an edit never interleave, and is audited in the same transaction. Once a period
 * is published a change is a correction: it needs a reason and is kept for the public page.
 */
import type { Actor } from '../audit/audit-log.ts'
import { changedFields, recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, invalidInput, notFound } from '../errors.ts'
import { municipalityOf } from '../municipalities/municipality-of.ts'
import { isInScope } from '../municipalities/staff-scope.ts'
import type { Corrected, PeriodBody, PeriodSummary, PeriodUpdateBody, PromiseCorrection, PromisePeriod } from '../shared/api/promise-schemas.ts'

const periodSelect = `
  SELECT p.id, p.municipality_code, p.title, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on,
         (SELECT to_char(min(n.starts_on) - 1, 'YYYY-MM-DD') FROM promise_period n
           WHERE n.municipality_code = p.municipality_code AND n.starts_on > p.starts_on AND n.published_at IS NOT NULL) AS in_force_until,
         p.published_at, p.introduction, p.problem_title, p.problem_picture, p.goal, p.follow_up, p.validity, p.updated_at
    FROM promise_period p`

/** A correction as the API answers it. */
export const CORRECTION_COLUMNS = 'id, object_type, object_id, correction_reason AS reason, before, after, corrected_at'

const periodNotFound = (id: number) =>
  notFound('promise_period_not_found', `Löftesperiod ${id} finns inte.`, `Promise period ${id} does not exist.`)

export interface PeriodListOptions {
  /** Only this municipality's periods; null: every municipality's. */
  municipalityCode?: string | null
  /** Kommun staff see the drafts of their own municipality only; null: every draft. */
  draftScope?: string | null
}

/** Newest first; the public sees published periods only, staff the drafts too. */
export async function listPeriods(db: Queryable, withDrafts: boolean, options: PeriodListOptions = {}): Promise<PeriodSummary[]> {
  return db.query<PeriodSummary>(
    `SELECT id, municipality_code, title, starts_on, ends_on, in_force_until, published_at FROM (${periodSelect}) p
      WHERE (p.published_at IS NOT NULL OR ($1 AND ($3::text IS NULL OR p.municipality_code = $3)))
        AND ($2::text IS NULL OR p.municipality_code = $2)
      ORDER BY p.starts_on DESC, p.id DESC`,
    [withDrafts, options.municipalityCode ?? null, options.draftScope ?? null],
  )
}

/**
 * A draft is not found for the public, nor for kommun staff of another municipality (`draftScope`,
 * as the list shows them), so its existence does not leak either.
 */
export async function findPeriod(db: Queryable, id: number, withDrafts: boolean, draftScope: string | null = null): Promise<PromisePeriod> {
  const [period] = await db.query<PromisePeriod>(`${periodSelect} WHERE p.id = $1`, [id])
  if (!period || (!period.published_at && !(withDrafts && isInScope(draftScope, period.municipality_code)))) throw periodNotFound(id)
  return period
}

/** Locks the period for the rest of the transaction; a write to it or to its promises starts here. */
export async function lockPeriod(tx: Queryable, id: number): Promise<PromisePeriod> {
  const [locked] = await tx.query('SELECT id FROM promise_period WHERE id = $1 FOR UPDATE', [id])
  if (!locked) throw periodNotFound(id)
  return findPeriod(tx, id, true)
}

/** What the audit log and a correction keep of a period. */
const periodFields = (period: PeriodBody | PeriodUpdateBody | PromisePeriod) => ({
  title: period.title,
  starts_on: period.starts_on,
  ends_on: period.ends_on,
  introduction: period.introduction,
  problem_title: period.problem_title,
  problem_picture: period.problem_picture,
  goal: period.goal,
  follow_up: period.follow_up,
  validity: period.validity,
})

/** A new draft for the municipality it names, or the caller's own (`scope`), or the installation's own. */
export async function createPeriod(
  db: Database,
  body: PeriodBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<PromisePeriod> {
  return db.transaction(async (tx) => {
    const municipalityCode = await municipalityOf(tx, body.municipality_code, scope)
    await refuseSameStart(tx, municipalityCode, body.starts_on, null)
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, introduction, problem_title, problem_picture,
         goal, follow_up, validity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        municipalityCode, body.title, body.starts_on, body.ends_on, body.introduction, body.problem_title, body.problem_picture,
        body.goal, body.follow_up, body.validity,
      ],
    )
    if (!row) throw new Error('promise period insert returned no row')
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'promise_period', objectId: row.id, objectLabel: body.title,
      before: null, after: periodFields(body), requestId,
    })
    return findPeriod(tx, row.id, true)
  })
}

export async function updatePeriod(db: Database, id: number, body: PeriodUpdateBody, actor: Actor, requestId: string): Promise<Corrected<PromisePeriod>> {
  return db.transaction(async (tx) => {
    const before = await lockPeriod(tx, id)
    if (body.municipality_code !== undefined && body.municipality_code !== before.municipality_code) {
      throw invalidInput([
        {
          field: 'municipality_code',
          message: 'A period cannot move to another municipality.',
          message_sv: 'En period kan inte flyttas till en annan kommun.',
        },
      ])
    }
    await refuseSameStart(tx, before.municipality_code, body.starts_on, id)
    const correction = await recordCorrection(tx, before, body.correction_reason, 'promise_period', id, periodFields(before), periodFields(body))
    await tx.query(
      `UPDATE promise_period SET title = $2, starts_on = $3, ends_on = $4, introduction = $5, problem_title = $6,
              problem_picture = $7, goal = $8, follow_up = $9, validity = $10, updated_at = now()
        WHERE id = $1`,
      [
        id, body.title, body.starts_on, body.ends_on, body.introduction, body.problem_title, body.problem_picture, body.goal,
        body.follow_up, body.validity,
      ],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'promise_period', objectId: id, objectLabel: body.title,
      before: periodFields(before), after: { ...periodFields(body), ...withReason(before, body.correction_reason) }, requestId,
    })
    return { ...(await findPeriod(tx, id, true)), correction }
  })
}

/** Makes the period public. It must hold at least one promise; publishing twice is refused. */
export async function publishPeriod(db: Database, id: number, actor: Actor, requestId: string): Promise<PromisePeriod> {
  return db.transaction(async (tx) => {
    const period = await lockPeriod(tx, id)
    if (period.published_at) {
      throw conflict('period_published', 'Perioden är redan publicerad.', 'The period is already published.')
    }
    const [promises] = await tx.query<{ count: number }>('SELECT count(*)::integer AS count FROM promise WHERE period_id = $1', [id])
    if (!promises?.count) {
      throw conflict('period_empty', 'Lägg till minst ett löfte innan perioden publiceras.', 'Add at least one promise before publishing the period.')
    }
    await tx.query('UPDATE promise_period SET published_at = now(), updated_at = now() WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'promise_period', objectId: id, objectLabel: period.title,
      before: { published: false }, after: { published: true }, requestId,
    })
    return findPeriod(tx, id, true)
  })
}

/**
 * A change to a published period is a correction: without a reason it is refused; with one,
 * the fields that changed are kept, before and after, for the public page, and answered. A draft
 * changes freely (null).
 */
export async function recordCorrection(
  tx: Queryable,
  period: Pick<PromisePeriod, 'id' | 'published_at'>,
  reason: string | undefined,
  objectType: PromiseCorrection['object_type'],
  objectId: number,
  before: object | null,
  after: object | null,
): Promise<PromiseCorrection | null> {
  if (!period.published_at) return null
  const changed = changedFields(before, after)
  if (changed.before && changed.after && Object.keys(changed.after).length === 0) return null
  if (!reason) {
    throw invalidInput([
      {
        field: 'correction_reason',
        message: 'The period is published: say why it is corrected. The reason is shown publicly with the change.',
        message_sv: 'Perioden är publicerad: skriv varför den rättas. Skälet visas publikt tillsammans med ändringen.',
      },
    ])
  }
  const [correction] = await tx.query<PromiseCorrection>(
    `INSERT INTO promise_correction (period_id, object_type, object_id, correction_reason, before, after) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${CORRECTION_COLUMNS}`,
    [period.id, objectType, objectId, reason, changed.before && JSON.stringify(changed.before), changed.after && JSON.stringify(changed.after)],
  )
  return correction ?? null
}


/** The reason goes into the audit entry too, when it made a correction. */
export const withReason = (period: Pick<PromisePeriod, 'published_at'>, reason: string | undefined) =>
  period.published_at && reason ? { correction_reason: reason } : {}

async function refuseSameStart(tx: Queryable, municipalityCode: string, startsOn: string, exceptId: number | null): Promise<void> {
  const [other] = await tx.query<{ title: string }>(
    'SELECT title FROM promise_period WHERE municipality_code = $1 AND starts_on = $2 AND id IS DISTINCT FROM $3',
    [municipalityCode, startsOn, exceptId],
  )
  if (other) {
    throw conflict(
      'period_exists',
      `Perioden "${other.title}" börjar redan samma dag.`,
      `The period "${other.title}" already starts on that day.`,
    )
  }
}
