/**
 * One protocol row as the form edits it: the columns set after the walk, as strings for the
 * inputs, and back to the body the server checks. What the participants noted (category,
 * assessment, rating, text) is sent unchanged.
 */
import type { MeasureStatus, ProtocolEntryBody, WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import type { Priority, ResponsibleParty } from '../walks/walk-options.ts'

export interface ProtocolEntryDraft {
  proposed_measure: string
  /** '' for "not decided yet". */
  responsible: ResponsibleParty | ''
  priority: Priority | ''
  /** 'YYYY-MM-DD' or ''. */
  deadline_on: string
  measure_status: MeasureStatus
  measure_reason: string
  measure_done_on: string
}

/** The fields the form shows; a server problem about another field is shown for the whole form. */
export const protocolEntryFields = [
  'proposed_measure',
  'responsible',
  'priority',
  'deadline_on',
  'measure_status',
  'measure_reason',
  'measure_done_on',
] as const

export function draftFromObservation(observation: WalkObservation): ProtocolEntryDraft {
  return {
    proposed_measure: observation.proposed_measure,
    responsible: observation.responsible ?? '',
    priority: observation.priority ?? '',
    deadline_on: observation.deadline_on ?? '',
    measure_status: observation.measure_status,
    measure_reason: observation.measure_reason,
    measure_done_on: observation.measure_done_on ?? '',
  }
}

/**
 * The body for PUT /api/walk-observations/:id. A reason only belongs to "will not be done" and a
 * date only to "done", so a value left in a hidden field is not sent; the server then dates a
 * done measure today when no date is given.
 */
export function protocolEntryBody(observation: WalkObservation, draft: ProtocolEntryDraft): ProtocolEntryBody {
  return {
    category: observation.category,
    assessment: observation.assessment,
    rating: observation.rating,
    description: observation.description,
    proposed_measure: draft.proposed_measure.trim(),
    responsible: draft.responsible === '' ? null : draft.responsible,
    priority: draft.priority === '' ? null : draft.priority,
    deadline_on: draft.deadline_on === '' ? null : draft.deadline_on,
    measure_status: draft.measure_status,
    measure_reason: draft.measure_status === 'not_done' ? draft.measure_reason.trim() : '',
    measure_done_on: draft.measure_status === 'done' && draft.measure_done_on !== '' ? draft.measure_done_on : null,
  }
}
