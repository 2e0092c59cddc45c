/**
 * The audit log's filter lives in the page's query (`/admin/logg?typ=user&id=12`), so a view of
 * one object's history can be linked from the users page or shared. Unknown values are dropped.
 */
import type { AuditObjectType } from '../../../server/shared/api/audit-schemas.ts'

export interface AuditFilter {
  objectType: AuditObjectType | null
  /** Trimmed; null when empty. */
  objectId: string | null
}

// The schema module brings zod, which stays out of the browser, so the types are repeated here;
// the Record fails to compile if the server adds a type this list lacks.
const everyType: Record<AuditObjectType, true> = {
  user: true,
  watch_area: true,
  contact_person: true,
  meeting: true,
  report: true,
  staff_incident: true,
  place_name: true,
  safety_walk: true,
  walk_observation: true,
  measure: true,
  promise_period: true,
  promise: true,
  promise_indicator: true,
  promise_activity: true,
  survey: true,
  survey_question: true,
  external_figure: true,
  api_token: true,
}
export const auditObjectTypes = Object.keys(everyType) as AuditObjectType[]

export const TYPE_PARAM = 'typ'
export const ID_PARAM = 'id'
// The server's limit on object ids (shortText(40) in audit-schemas.ts).
const MAX_ID_LENGTH = 40

export const isAuditObjectType = (value: unknown): value is AuditObjectType =>
  typeof value === 'string' && Object.hasOwn(everyType, value)

export function auditFilterFromSearch(search: string): AuditFilter {
  const params = new URLSearchParams(search)
  const type = params.get(TYPE_PARAM)
  const id = params.get(ID_PARAM)?.trim().slice(0, MAX_ID_LENGTH) ?? ''
  return { objectType: isAuditObjectType(type) ? type : null, objectId: id === '' ? null : id }
}

/** The page's query for a filter: '' when nothing is filtered. */
export function auditSearchFor(filter: AuditFilter): string {
  const params = new URLSearchParams()
  if (filter.objectType) params.set(TYPE_PARAM, filter.objectType)
  if (filter.objectId) params.set(ID_PARAM, filter.objectId)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The API path for one page of entries, newest first; `beforeId` continues after an earlier page. */
export function auditApiPath(filter: AuditFilter, beforeId: string | null, limit: number): string {
  const params = new URLSearchParams()
  if (filter.objectType) params.set('object_type', filter.objectType)
  if (filter.objectId) params.set('object_id', filter.objectId)
  if (beforeId) params.set('before_id', beforeId)
  params.set('limit', String(limit))
  return `/api/audit?${params.toString()}`
}
