/**
 * Which municipality an existing record belongs to, for the scope check before a write (a kommun
 * account writes only in its own municipality). Records without a column of their own take it
 * from what they hang on: a promise from its period, a walk observation from its walk. The kinds
 * are an allow-list of fixed queries. These records' municipality does not change after they are
 * made (a period or figure cannot move), so the check may come before the write's transaction. A
 * walk is the exception: redrawn, it moves with its route while it has no observations, so the
 * walk's own writes check after locking it (walk-records.ts, protocol.ts, observations.ts).
 */
import type { Queryable } from '../db/database.ts'
import { checkInScope } from './staff-scope.ts'

const municipalityQueries = {
  promise_period: 'SELECT municipality_code AS code FROM promise_period WHERE id = $1',
  promise: 'SELECT p.municipality_code AS code FROM promise x JOIN promise_period p ON p.id = x.period_id WHERE x.id = $1',
  promise_indicator: `SELECT p.municipality_code AS code FROM promise_indicator i JOIN promise x ON x.id = i.promise_id
                        JOIN promise_period p ON p.id = x.period_id WHERE i.id = $1`,
  promise_activity: `SELECT p.municipality_code AS code FROM promise_activity a JOIN promise x ON x.id = a.promise_id
                       JOIN promise_period p ON p.id = x.period_id WHERE a.id = $1`,
  survey: 'SELECT p.municipality_code AS code FROM survey s JOIN promise_period p ON p.id = s.period_id WHERE s.id = $1',
  survey_question: `SELECT p.municipality_code AS code FROM survey_question q JOIN survey s ON s.id = q.survey_id
                      JOIN promise_period p ON p.id = s.period_id WHERE q.id = $1`,
  external_figure: 'SELECT municipality_code AS code FROM external_figure WHERE id = $1',
  safety_walk: 'SELECT municipality_code AS code FROM safety_walk WHERE id = $1',
  walk_observation: 'SELECT w.municipality_code AS code FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE o.id = $1',
} as const

export type RecordKind = keyof typeof municipalityQueries

/** The record's municipality; null when there is no such record (the write then answers its own 404). */
export async function recordMunicipality(db: Queryable, kind: RecordKind, id: number): Promise<string | null> {
  const [row] = await db.query<{ code: string }>(municipalityQueries[kind], [id])
  return row?.code ?? null
}

/** Refuses (403) a write by kommun staff (`scope`) to a record of another municipality. */
export async function checkRecordInScope(db: Queryable, scope: string | null, kind: RecordKind, id: number): Promise<void> {
  if (scope === null) return
  const code = await recordMunicipality(db, kind, id)
  if (code !== null) await checkInScope(db, scope, code)
}
