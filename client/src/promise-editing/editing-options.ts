/**
 * The value lists the editing screen offers, repeated from server/shared/api/promise-schemas.ts
 * and survey-schemas.ts because those modules bring zod, which breaks the page's
 * Content-Security-Policy. A test keeps each list equal to the server's.
 */
import type { IndicatorKind, PromiseResponsible } from '../../../server/shared/api/promise-schemas.ts'
import type { FigureSource, QuestionKind } from '../../../server/shared/api/survey-schemas.ts'

export const promiseResponsibles: readonly PromiseResponsible[] = ['kommunen', 'polisen', 'both']
export const indicatorKinds: readonly IndicatorKind[] = ['walks_done', 'startup_meetings', 'areas_updated', 'centrum_measures_done', 'activities']
export const questionKinds: readonly QuestionKind[] = ['scale', 'yes_no', 'free_text', 'map_mark']
export const figureSources: readonly FigureSource[] = ['scb', 'ntu']

/** The top of a new scale question: SCB's own items run 1–10, most website questions 1–5. */
export const DEFAULT_SCALE_MAX = 5
/** The server's range for a scale's top value. */
export const SCALE_MAX_RANGE = { min: 2, max: 10 } as const
