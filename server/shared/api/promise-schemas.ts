/**
 * Medborgarlöften: promise periods, their promises and indicators, the activity log and
 * corrections. Shared by the client (types only: importing zod breaks the page's CSP) and the server.
 */
import { z } from 'zod'
import { longText, pastDate, plausibleDate, shortText } from './fields.ts'

/** Who answers for a promise: the municipality, the police, or both together. */
export const promiseResponsibles = ['kommunen', 'polisen', 'both'] as const
export type PromiseResponsible = (typeof promiseResponsibles)[number]

/**
 * How an indicator is counted per calendar year:
 * - walks_done: safety walks held (status done);
 * - startup_meetings: grannsamverkan start-up meetings held;
 * - areas_updated: existing grannsamverkan areas updated (a yearly meeting, an update visit or a verification);
 * - centrum_measures_done: environment measures done inside the centrum zone;
 * - activities: entries in the promise's activity log.
 */
export const indicatorKinds = ['walks_done', 'startup_meetings', 'areas_updated', 'centrum_measures_done', 'activities'] as const
export type IndicatorKind = (typeof indicatorKinds)[number]

/** A year's verdict: reached the target, a past year that fell short, or the current year not yet there. */
export const yearStatuses = ['met', 'not_met', 'in_progress'] as const
export type YearStatus = (typeof yearStatuses)[number]

const reasonText = shortText(500).min(1)

/** Required when the period is published: the change is then shown publicly as a correction. */
const correctionReason = {
  correction_reason: reasonText.optional().meta({ description: 'Why a published period is corrected (shown publicly).' }),
}

const datesInOrder = (value: { starts_on: string; ends_on: string }) => value.ends_on >= value.starts_on
const datesInOrderMessage = {
  message: 'The period cannot end before it starts.',
  params: { sv: 'Perioden kan inte sluta innan den börjar.' },
  path: ['ends_on'],
}

const periodFields = z
  .object({
    /** The municipality the promise is signed for; may be left out while the app serves one. */
    municipality_code: z.string().regex(/^[0-9]{4}$/).optional(),
    title: shortText(200).min(1),
    starts_on: plausibleDate,
    ends_on: plausibleDate,
    introduction: longText(5000).default(''),
    problem_title: shortText(200).default(''),
    problem_picture: longText(5000).default(''),
    goal: longText(2000).default(''),
    follow_up: longText(2000).default(''),
    validity: longText(1000).default(''),
  })
  .strict()

/** A new period is a draft, so it takes no correction reason. */
export const periodBody = periodFields.refine(datesInOrder, datesInOrderMessage)
export type PeriodBody = z.infer<typeof periodBody>

export const periodUpdateBody = periodFields.extend(correctionReason).refine(datesInOrder, datesInOrderMessage)
export type PeriodUpdateBody = z.infer<typeof periodUpdateBody>

export const promiseBody = z
  .object({
    position: z.number().int().min(1).max(100),
    text: shortText(2000).min(1),
    responsible: z.enum(promiseResponsibles),
    responsible_text: shortText(200).default(''),
    ...correctionReason,
  })
  .strict()
export type PromiseBody = z.infer<typeof promiseBody>

export const indicatorBody = z
  .object({
    position: z.number().int().min(1).max(100),
    kind: z.enum(indicatorKinds),
    label: shortText(300).min(1),
    /** Per calendar year; null: any activity in a year meets it. */
    target_per_year: z.number().min(0).max(100_000).nullable(),
    ...correctionReason,
  })
  .strict()
export type IndicatorBody = z.infer<typeof indicatorBody>

export const activityBody = z
  .object({
    happened_on: pastDate,
    title: shortText(300).min(1),
    description: longText(3000).default(''),
  })
  .strict()
export type ActivityBody = z.infer<typeof activityBody>


// ---- What the API answers ----

/** A write to a period, a promise or an indicator answers the correction it recorded (null for a draft, or no change). */
export type Corrected<T> = T & { correction: PromiseCorrection | null }

export interface PeriodSummary {
  id: number
  municipality_code: string
  title: string
  starts_on: string
  ends_on: string
  /** The day before the next period starts; null while no later period exists (in force until one is signed). */
  in_force_until: string | null
  published_at: string | null
}

export interface PromisePeriod extends PeriodSummary {
  introduction: string
  problem_title: string
  problem_picture: string
  goal: string
  follow_up: string
  validity: string
  updated_at: string
}

export interface IndicatorYear {
  year: number
  value: number
  status: YearStatus
}

export interface IndicatorProgress {
  id: number
  position: number
  kind: IndicatorKind
  label: string
  target_per_year: number | null
  /** One entry per followed-up year, oldest first. */
  years: IndicatorYear[]
}

export interface PromiseActivity {
  id: number
  promise_id: number
  happened_on: string
  /** The day staff entered it (Sweden): an entry for a year already over is shown as added later. */
  recorded_on: string
  title: string
  description: string
}

export interface PromiseProgress {
  id: number
  position: number
  text: string
  responsible: PromiseResponsible
  responsible_text: string
  indicators: IndicatorProgress[]
  /** The five latest, newest first. */
  latest_activities: PromiseActivity[]
  activity_count: number
}

export interface PromiseCorrection {
  id: number
  object_type: 'promise_period' | 'promise' | 'promise_indicator'
  object_id: number
  reason: string
  /** The changed fields before and after; `after` is null for a removal, `before` null for an addition. */
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  corrected_at: string
}

/** The promises page: one period with the progress of each promise per year. */
export interface PromisePage {
  period: PromisePeriod
  /** The calendar years followed up: from the start to the end of the period's time in force, never past this year. */
  years: number[]
  /** This year in Sweden: its status can only be met or in progress. */
  current_year: number
  promises: PromiseProgress[]
  corrections: PromiseCorrection[]
}
