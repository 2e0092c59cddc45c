/**
 * The observation being written on the phone: what must be there before it is stored (a point, a
 * category, safe or unsafe), what is optional (a rating, a few words, a photo), and the body the
 * API takes. The server checks everything again; these checks only spare a round trip outdoors.
 */
import type { ReportCategory } from '../../../server/shared/api/report-schemas.ts'
import type { ObservationBody } from '../../../server/shared/api/walk-schemas.ts'
import type { Translate } from '../features/translate.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import type { Assessment } from '../walks/walk-options.ts'
import type { QueuedObservation } from './observation-queue.ts'

/** The server's limit for the description (shortText(1000) in walk-schemas.ts). */
export const OBSERVATION_TEXT_MAX = 1000

/** The fields of the form, by the API's names: the server's field problems land on them. */
export const observationFields = ['geometry', 'category', 'assessment', 'rating', 'description', 'photo'] as const

export interface ObservationDraft {
  category: ReportCategory | ''
  assessment: Assessment | ''
  rating: number | null
  description: string
  /** Base64 JPEG from photo-resize.ts, or null. */
  photo: string | null
}

export const emptyDraft: ObservationDraft = { category: '', assessment: '', rating: null, description: '', photo: null }

/**
 * Where the observation is. From the position only when the fix was good or the person confirmed
 * an uncertain one; from the map wherever it was tapped or the marker dragged.
 */
export interface ObservationPoint {
  coordinates: [number, number]
  source: 'position' | 'map'
  /** The fix's accuracy in metres, for a point from the position. */
  accuracy: number | null
}

/** What must be fixed before the observation is stored; empty when it can be. */
export function draftProblems(draft: ObservationDraft, point: ObservationPoint | null, t: Translate): FormProblem[] {
  const problems: FormProblem[] = []
  if (!point) problems.push({ field: 'geometry', message: t('walkField.form.pointMissing') })
  if (!draft.category) problems.push({ field: 'category', message: t('walkField.form.categoryMissing') })
  if (!draft.assessment) problems.push({ field: 'assessment', message: t('walkField.form.assessmentMissing') })
  if (draft.description.trim().length > OBSERVATION_TEXT_MAX) {
    problems.push({ field: 'description', message: t('walkField.form.descriptionLong', { count: OBSERVATION_TEXT_MAX }) })
  }
  return problems
}

/** The body without client_id and time (the queue adds both); throws when the draft still has problems. */
export function observationBody(draft: ObservationDraft, point: ObservationPoint | null): Omit<ObservationBody, 'client_id' | 'observed_at'> {
  if (!point || !draft.category || !draft.assessment) throw new Error('The observation is not complete')
  return {
    category: draft.category,
    assessment: draft.assessment,
    rating: draft.rating,
    description: draft.description.trim(),
    geometry: { type: 'Point', coordinates: point.coordinates },
    ...(draft.photo ? { photo: draft.photo } : {}),
  }
}

/** A refused observation back in the form, to be corrected. */
export function draftFromQueued(item: QueuedObservation): { draft: ObservationDraft; point: ObservationPoint } {
  const { body } = item
  return {
    draft: { category: body.category, assessment: body.assessment, rating: body.rating, description: body.description, photo: body.photo ?? null },
    point: { coordinates: body.geometry.coordinates as [number, number], source: 'map', accuracy: null },
  }
}
