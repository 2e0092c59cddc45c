/**
 * What a resident has filled in so far, the problems to fix before it can be sent, and the body
 * the API takes. Kept apart from the page so it can be tested without a browser.
 */
import type { CreateReportBody, ReportCategory } from '../../../server/shared/api/report-schemas.ts'
import type { Translate } from '../features/translate.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { REPORT_TEXT_MAX, REPORT_TEXT_MIN } from './report-options.ts'
import type { TimeOfDay, WeekPart } from './report-options.ts'

/** The chosen spot and how it was chosen, so the page can say it back in words. */
export interface ChosenPlace {
  /** [lon, lat] in WGS84. */
  coordinates: [number, number]
  source: 'search' | 'position' | 'map'
  /** The place name, when it was found by searching (kept when the marker is nudged afterwards). */
  name: string | null
  /** The device's accuracy in metres, when the spot is the device's position. */
  accuracy: number | null
}

export interface ReportDraft {
  category: ReportCategory | ''
  time_of_day: TimeOfDay | ''
  week_part: WeekPart | ''
  description: string
  /** The downscaled photo as base64 without a data: prefix, or null for none. */
  photo: string | null
  /** The honeypot: hidden from people, so anything in it came from a bot. */
  website: string
}

export const emptyDraft: ReportDraft = { category: '', time_of_day: '', week_part: '', description: '', photo: null, website: '' }

/** The form's fields in page order; the error summary lists problems in this order too. */
export const reportFormFields = ['geometry', 'category', 'time_of_day', 'week_part', 'description', 'photo'] as const

/** Counted as the server counts (trimmed, UTF-16 units), so the client never refuses what the server takes. */
export const descriptionLength = (description: string) => description.trim().length

/** What must be fixed before sending; empty when the draft can be sent. */
export function draftProblems(draft: ReportDraft, place: ChosenPlace | null, t: Translate): FormProblem[] {
  const problems: FormProblem[] = []
  if (!place) problems.push({ field: 'geometry', message: t('reports.form.placeMissing') })
  if (!draft.category) problems.push({ field: 'category', message: t('reports.form.categoryMissing') })
  if (!draft.time_of_day) problems.push({ field: 'time_of_day', message: t('reports.form.timeOfDayMissing') })
  if (!draft.week_part) problems.push({ field: 'week_part', message: t('reports.form.weekPartMissing') })
  const length = descriptionLength(draft.description)
  if (length < REPORT_TEXT_MIN) problems.push({ field: 'description', message: t('reports.form.descriptionShort', { count: REPORT_TEXT_MIN }) })
  else if (length > REPORT_TEXT_MAX) problems.push({ field: 'description', message: t('reports.form.descriptionLong', { count: REPORT_TEXT_MAX }) })
  return problems
}

/** The request body; throws when the draft still has problems (check `draftProblems` first). */
export function reportBody(draft: ReportDraft, place: ChosenPlace | null): CreateReportBody {
  if (!place || !draft.category || !draft.time_of_day || !draft.week_part) throw new Error('The report is not complete')
  const [lon, lat] = place.coordinates
  return {
    category: draft.category,
    time_of_day: draft.time_of_day,
    week_part: draft.week_part,
    description: draft.description.trim(),
    // A tenth of a metre is more than any phone or finger can tell apart.
    geometry: { type: 'Point', coordinates: [roundTo(lon, 6), roundTo(lat, 6)] },
    ...(draft.photo ? { photo: draft.photo } : {}),
    ...(draft.website ? { website: draft.website } : {}),
  }
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals
