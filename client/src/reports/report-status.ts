/**
 * A report's status as a resident reads it: a short name, a sentence on what it means, and the
 * history oldest first. Words live in the translations under `reports.status` and `reports.statusMeaning`.
 */
import type { ReportStatus, ReportStatusStep } from '../../../server/shared/api/report-schemas.ts'
import { reportStatuses } from './report-options.ts'

/** Where a status sits on the way from received to closed, for the tag's colour class. */
export type StatusTone = 'waiting' | 'open' | 'progress' | 'done' | 'closed'

const tones: Record<ReportStatus, StatusTone> = {
  received: 'waiting',
  published: 'open',
  under_review: 'progress',
  measure_planned: 'progress',
  fixed: 'done',
  not_actionable: 'closed',
  duplicate: 'closed',
  rejected: 'closed',
}

export const statusTone = (status: ReportStatus): StatusTone => tones[status]

/** An unknown status from a newer server is shown by its code rather than hidden. */
export const isKnownStatus = (status: string): status is ReportStatus => (reportStatuses as readonly string[]).includes(status)

/** The history oldest first; steps at the same moment keep the server's order. */
export function historyOldestFirst(history: readonly ReportStatusStep[]): ReportStatusStep[] {
  return history
    .map((step, index) => ({ step, index, time: Date.parse(step.changed_at) }))
    .sort((a, b) => (Number.isNaN(a.time) || Number.isNaN(b.time) || a.time === b.time ? a.index - b.index : a.time - b.time))
    .map(({ step }) => step)
}
