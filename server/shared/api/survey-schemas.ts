/**
 * The follow-up survey on the municipality's website and the external figures (SCB's
 * medborgarundersökning, Brå's NTU) charted beside it. Shared by the client (types only) and the server.
 */
import { z } from 'zod'
import { idParam, longText, plausibleDate, shortText } from './fields.ts'
import { pointGeometry } from './report-schemas.ts'
import type { PointGeometry } from './report-schemas.ts'

/** scale: 1…scale_max, optionally with "I don't go out"; yes_no; free_text; map_mark: a point on the map. */
export const questionKinds = ['scale', 'yes_no', 'free_text', 'map_mark'] as const
export type QuestionKind = (typeof questionKinds)[number]

export const FREE_TEXT_MAX = 1000

export const surveyBody = z
  .object({
    title: shortText(200).min(1),
    introduction: longText(3000).default(''),
    opens_on: plausibleDate,
    /** The last day answers are taken; null: open until a day is set. */
    closes_on: plausibleDate.nullable(),
  })
  .strict()
  .refine((value) => value.closes_on === null || value.closes_on >= value.opens_on, {
    message: 'The survey cannot close before it opens.',
    params: { sv: 'Enkäten kan inte stänga innan den öppnar.' },
    path: ['closes_on'],
  })
export type SurveyBody = z.infer<typeof surveyBody>

export const questionBody = z
  .object({
    position: z.number().int().min(1).max(100),
    kind: z.enum(questionKinds),
    text_sv: shortText(500).min(1),
    text_en: shortText(500).default(''),
    /** Only for a scale: its top value (1 is the bottom). */
    scale_max: z.number().int().min(2).max(10).nullable(),
    /** Only for a scale: offer "I don't go out". */
    allows_not_out: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.kind === 'scale') !== (value.scale_max !== null)) {
      context.addIssue({
        code: 'custom',
        path: ['scale_max'],
        message: value.kind === 'scale' ? 'A scale needs its top value (for example 5 or 10).' : 'Only a scale has a top value.',
        params: { sv: value.kind === 'scale' ? 'En skala behöver ett högsta värde (till exempel 5 eller 10).' : 'Bara en skala har ett högsta värde.' },
      })
    }
    if (value.kind !== 'scale' && value.allows_not_out) {
      context.addIssue({
        code: 'custom',
        path: ['allows_not_out'],
        message: 'Only a scale question can offer "I don\'t go out".',
        params: { sv: 'Bara en skalfråga kan ha valet "Jag går inte ut".' },
      })
    }
  })
export type QuestionBody = z.infer<typeof questionBody>

/** One answer: exactly one of the fields after question_id, matching the question's kind (checked by the server). */
export const answerInput = z
  .object({
    question_id: idParam.or(z.number().int().positive()),
    scale_value: z.number().int().optional(),
    not_out: z.literal(true).optional(),
    yes: z.boolean().optional(),
    free_text: shortText(FREE_TEXT_MAX).min(1).optional(),
    mark: pointGeometry.optional(),
  })
  .strict()
  .refine(
    (answer) =>
      [answer.scale_value, answer.not_out, answer.yes, answer.free_text, answer.mark].filter((value) => value !== undefined).length === 1,
    { message: 'Give exactly one answer per question.', params: { sv: 'Ge exakt ett svar per fråga.' } },
  )
export type AnswerInput = z.infer<typeof answerInput>

export const responseBody = z
  .object({
    answers: z
      .array(answerInput)
      .max(50)
      .refine((answers) => answers.length > 0, { message: 'Answer at least one question.', params: { sv: 'Svara på minst en fråga.' } }),
    /** A honeypot: people never see it, bots fill it in. */
    website: z.string().max(200).meta({ format: 'honeypot' }).optional(),
  })
  .strict()
export type ResponseBody = z.infer<typeof responseBody>

export const marksQuery = z
  .object({
    year: z.coerce
      .number()
      .int()
      .refine((year) => year >= 2000 && year <= 2100, { message: 'Give a year between 2000 and 2100.', params: { sv: 'Ange ett år mellan 2000 och 2100.' } })
      .optional(),
  })
  .strict()

/** SCB's medborgarundersökning gives an index 0–100; Brå's NTU a percentage of people. */
export const figureSources = ['scb', 'ntu'] as const
export type FigureSource = (typeof figureSources)[number]

export const externalFigureBody = z
  .object({
    municipality_code: z.string().regex(/^[0-9]{4}$/).optional(),
    source: z.enum(figureSources),
    year: z.number().int().min(1990).max(2100),
    label: shortText(300).min(1),
    value: z.number().min(0).max(100),
    national_value: z.number().min(0).max(100).nullable(),
    citation: shortText(500).min(1),
  })
  .strict()
export type ExternalFigureBody = z.infer<typeof externalFigureBody>

// ---- What the API answers ----

export interface SurveySummary {
  id: number
  period_id: number
  title: string
  introduction: string
  opens_on: string
  closes_on: string | null
  /** Whether answers are taken today. */
  open: boolean
  responses: number
}

export interface SurveyQuestion {
  id: number
  position: number
  kind: QuestionKind
  text_sv: string
  text_en: string
  scale_max: number | null
  allows_not_out: boolean
  /** Whether answers exist: then the question cannot change or go. */
  answered: boolean
}

/** The survey as a resident sees it before answering. */
export interface SurveyForm {
  survey: SurveySummary
  questions: SurveyQuestion[]
  /** This browser has answered already. */
  already_answered: boolean
}

export interface QuestionYearResult {
  question_id: number
  /** Answers given (a sheet may skip a question). */
  answers: number
  /** scale: mean of the scale answers (without "I don't go out"), count per value 1…scale_max, and "I don't go out". */
  mean?: number | null
  counts?: number[]
  not_out?: number
  /** yes_no */
  yes?: number
  no?: number
}

export interface SurveyYearResult {
  year: number
  responses: number
  questions: QuestionYearResult[]
}

export interface SurveyResults {
  survey: SurveySummary
  questions: SurveyQuestion[]
  /** Per calendar year of the answers, oldest first. */
  years: SurveyYearResult[]
}

/** The marks of a map question as a density grid: cells of MARK_CELL_METRES with their counts. */
export const MARK_CELL_METRES = 100

export interface MarkCellProperties {
  count: number
}

export interface MarkCells {
  type: 'FeatureCollection'
  features: { type: 'Feature'; geometry: PointGeometry; properties: MarkCellProperties }[]
}

export interface FreeTextAnswer {
  question_id: number
  answered_on: string
  text: string
}

export interface ExternalFigure {
  id: number
  municipality_code: string
  source: FigureSource
  year: number
  label: string
  value: number
  national_value: number | null
  citation: string
}
