/**
 * A walk's protocol: the walk and its observations with their measures. Staff see it while they
 * write it (kommun staff in their own municipality); the public once it is published. Participants'
 * names are never part of it. A write checks the caller's municipality after locking the walk: an
 * admin may move a walk without observations to another municipality meanwhile.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import { recordMunicipality } from '../municipalities/record-municipality.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import type { WalkProtocol } from '../shared/api/walk-schemas.ts'
import { observationSelect } from './observations.ts'
import { findWalk } from './walk-records.ts'

/** An unpublished protocol of another municipality's walk is not found for kommun staff (`scope`), as for the public. */
export async function walkProtocol(db: Queryable, id: number, isStaff: boolean, scope: string | null = null): Promise<WalkProtocol> {
  const walk = await findWalk(db, id)
  const seesDraft = isStaff && (scope === null || (await recordMunicipality(db, 'safety_walk', id)) === scope)
  if (!seesDraft && !walk.protocol_published_at) {
    throw notFound('protocol_not_published', `Protokollet för vandring ${id} är inte publicerat.`, `The protocol of walk ${id} is not published.`)
  }
  // Unsafe places first, the most urgent first; then the safe places.
  const observations = await db.query<WalkProtocol['observations'][number]>(
    `${observationSelect} WHERE o.walk_id = $1
      ORDER BY o.assessment DESC, CASE o.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, o.id`,
    [id],
  )
  return { walk, observations }
}

/** Publishes the protocol of a done walk with its summary (again, after a correction). */
export async function publishProtocol(
  db: Database,
  id: number,
  summary: string,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<WalkProtocol> {
  await db.transaction(async (tx) => {
    const [walk] = await tx.query<{ title: string; status: string; summary: string; published: boolean; municipality_code: string }>(
      `SELECT title, status, protocol_summary AS summary, protocol_published_at IS NOT NULL AS published, municipality_code
         FROM safety_walk WHERE id = $1 FOR UPDATE`,
      [id],
    )
    if (!walk) throw notFound('walk_not_found', `Vandring ${id} finns inte.`, `Walk ${id} does not exist.`)
    await checkInScope(tx, scope, walk.municipality_code)
    if (walk.status !== 'done') {
      throw conflict(
        'walk_not_done',
        'Bara en genomförd vandring har ett protokoll att publicera. Markera vandringen som genomförd först.',
        'Only a walk that was done has a protocol to publish. Mark the walk as done first.',
      )
    }
    await tx.query(
      'UPDATE safety_walk SET protocol_summary = $2, protocol_published_at = now(), updated_at = now() WHERE id = $1',
      [id, summary],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'safety_walk', objectId: id, objectLabel: walk.title,
      before: { protocol_published: walk.published, protocol_summary: walk.summary },
      after: { protocol_published: true, protocol_summary: summary },
      requestId,
    })
  })
  return walkProtocol(db, id, true)
}

/** Takes a published protocol off the public pages, for a correction. */
export async function withdrawProtocol(db: Database, id: number, actor: Actor, requestId: string, scope: string | null = null): Promise<WalkProtocol> {
  await db.transaction(async (tx) => {
    const [walk] = await tx.query<{ title: string; published: boolean; municipality_code: string }>(
      'SELECT title, protocol_published_at IS NOT NULL AS published, municipality_code FROM safety_walk WHERE id = $1 FOR UPDATE',
      [id],
    )
    if (!walk) throw notFound('walk_not_found', `Vandring ${id} finns inte.`, `Walk ${id} does not exist.`)
    await checkInScope(tx, scope, walk.municipality_code)
    if (!walk.published) return
    await tx.query('UPDATE safety_walk SET protocol_published_at = NULL, updated_at = now() WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'safety_walk', objectId: id, objectLabel: walk.title,
      before: { protocol_published: true }, after: { protocol_published: false }, requestId,
    })
  })
  return walkProtocol(db, id, true)
}
