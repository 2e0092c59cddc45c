/**
 * Links from the editing screen to the audit log, filtered to the objects edited here, so the
 * history of a period or of every survey question is one click away (`/admin/logg?typ=…&id=…`).
 */
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ID_PARAM, TYPE_PARAM } from '../audit/audit-filter.ts'

/** The audit log's object types of this screen, in the order the links are shown. */
export const editingAuditTypes = [
  'promise_period',
  'promise',
  'promise_indicator',
  'promise_activity',
  'survey',
  'survey_question',
  'external_figure',
] as const
export type EditingAuditType = (typeof editingAuditTypes)[number]

export function auditLinkFor(type: EditingAuditType, id: number | null = null): string {
  const params = new URLSearchParams({ [TYPE_PARAM]: type })
  if (id !== null) params.set(ID_PARAM, String(id))
  return `${pagePaths.auditLog}?${params.toString()}`
}
