/**
 * What an officer's action sends: the moderation body for a status, a rejection, a merge or an
 * edited text, checked before sending so the officer learns at once what is missing. The server
 * checks the same again.
 */
import type { ModerateReportBody, ReportStatus, StaffReport } from '../../../server/shared/api/report-schemas.ts'

/** The statuses the officer sets with "Ändra status"; publishing, rejecting and merging have their own buttons. */
export const settableStatuses = ['published', 'under_review', 'measure_planned', 'fixed', 'not_actionable'] as const satisfies readonly ReportStatus[]
export type SettableStatus = (typeof settableStatuses)[number]

// The usual way through: published, looked into, a measure planned, fixed.
const usualOrder: readonly SettableStatus[] = ['published', 'under_review', 'measure_planned', 'fixed']

/** The status the form proposes: the usual next step from where the report is now. */
export function nextStatus(current: ReportStatus): SettableStatus {
  const index = usualOrder.indexOf(current as SettableStatus)
  if (current === 'received') return 'published'
  return index >= 0 && index < usualOrder.length - 1 ? (usualOrder[index + 1] ?? 'under_review') : 'under_review'
}

/** Statuses that need a reason the public reads (statusesNeedingReason in report-schemas.ts). */
export const needsReason = (status: ReportStatus) => status === 'not_actionable' || status === 'rejected'

/** A problem found before sending; `key` is under `moderation.problems`. */
export interface ChangeProblem {
  field: string
  key: string
}

export type ChangeResult = { ok: true; body: ModerateReportBody } | { ok: false; problems: ChangeProblem[] }

/** A new status with its reason (required for 'not_actionable' and 'rejected'). */
export function statusChange(status: ReportStatus, reason: string): ChangeResult {
  const trimmed = reason.trim()
  if (needsReason(status) && trimmed === '') return { ok: false, problems: [{ field: 'status_reason', key: 'reasonMissing' }] }
  return { ok: true, body: { status, ...(trimmed !== '' && needsReason(status) && { status_reason: trimmed }) } }
}

/** The report is a duplicate of `target`: the target's me-too count grows. */
export function mergeChange(report: Pick<StaffReport, 'id'>, target: number | null): ChangeResult {
  if (target === null) return { ok: false, problems: [{ field: 'duplicate_of', key: 'targetMissing' }] }
  if (target === report.id) return { ok: false, problems: [{ field: 'duplicate_of', key: 'targetSelf' }] }
  return { ok: true, body: { status: 'duplicate', duplicate_of: target } }
}

/** The text with personal data removed; an unchanged text is not an edit. */
export function textChange(report: Pick<StaffReport, 'description'>, text: string): ChangeResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problems: [{ field: 'description', key: 'textMissing' }] }
  if (trimmed === report.description.trim()) return { ok: false, problems: [{ field: 'description', key: 'textUnchanged' }] }
  return { ok: true, body: { description: trimmed } }
}

/** The municipality's public answer; an empty answer removes it. */
export function answerChange(report: Pick<StaffReport, 'answer'>, answer: string): ChangeResult {
  const trimmed = answer.trim()
  if (trimmed === report.answer.trim()) return { ok: false, problems: [{ field: 'answer', key: 'answerUnchanged' }] }
  return { ok: true, body: { answer: trimmed } }
}

/** Whether the status's button or option makes sense from where the report is now. */
export const canPublish = (report: Pick<StaffReport, 'status'>) => report.status === 'received'
export const canReject = (report: Pick<StaffReport, 'status'>) => report.status !== 'rejected'
export const canMerge = (report: Pick<StaffReport, 'status'>) => report.status !== 'duplicate' && report.status !== 'rejected'
