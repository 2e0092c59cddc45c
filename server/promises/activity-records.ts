/**
 * The activity log of a promise: what staff did that no record counts (inclusion work, police
 * presence in the centre). Activities are follow-up, not the promise itself, so they are added
 * and removed in published periods too; every write is audited.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { ActivityBody, PromiseActivity } from '../shared/api/promise-schemas.ts'
import { findPeriod } from './period-records.ts'
import { findPromise } from './promise-records.ts'

/** The columns of an activity as the API answers it. */
export const ACTIVITY_COLUMNS = `id, promise_id, to_char(happened_on, 'YYYY-MM-DD') AS happened_on,
  to_char(created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS recorded_on, title, description`

const activitySelect = `SELECT ${ACTIVITY_COLUMNS} FROM promise_activity`

/**
 * Newest first. The public reads the log of a published period's promise only, kommun staff that
 * of their own municipality's drafts too (`draftScope`).
 */
export async function listActivities(db: Queryable, promiseId: number, withDrafts: boolean, draftScope: string | null = null): Promise<PromiseActivity[]> {
  const promise = await findPromise(db, promiseId)
  await findPeriod(db, promise.period_id, withDrafts, draftScope)
  return db.query<PromiseActivity>(`${activitySelect} WHERE promise_id = $1 ORDER BY happened_on DESC, id DESC`, [promiseId])
}

export async function createActivity(db: Database, promiseId: number, body: ActivityBody, actor: Actor, requestId: string): Promise<PromiseActivity> {
  return db.transaction(async (tx) => {
    await findPromise(tx, promiseId)
    const [activity] = await tx.query<PromiseActivity>(
      `INSERT INTO promise_activity (promise_id, happened_on, title, description) VALUES ($1, $2, $3, $4)
       RETURNING ${ACTIVITY_COLUMNS}`,
      [promiseId, body.happened_on, body.title, body.description],
    )
    if (!activity) throw new Error('activity insert returned no row')
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'promise_activity', objectId: activity.id, objectLabel: body.title,
      before: null, after: { promise_id: promiseId, ...body }, requestId,
    })
    return activity
  })
}

export async function deleteActivity(db: Database, id: number, actor: Actor, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<PromiseActivity>(`${activitySelect} WHERE id = $1 FOR UPDATE`, [id])
    if (!before) throw notFound('activity_not_found', `Aktivitet ${id} finns inte.`, `Activity ${id} does not exist.`)
    await tx.query('DELETE FROM promise_activity WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'delete', objectType: 'promise_activity', objectId: id, objectLabel: before.title,
      before: { promise_id: before.promise_id, happened_on: before.happened_on, title: before.title, description: before.description },
      after: null, requestId,
    })
  })
}
