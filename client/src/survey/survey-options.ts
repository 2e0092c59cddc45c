/**
 * The survey's value lists and limits, repeated from server/shared/api/survey-schemas.ts because
 * that module brings zod, which breaks the page's Content-Security-Policy. A test keeps the two the
 * same; the server checks every answer again anyway.
 */
import type { FigureSource, QuestionKind } from '../../../server/shared/api/survey-schemas.ts'

export const questionKinds: readonly QuestionKind[] = ['scale', 'yes_no', 'free_text', 'map_mark']
export const figureSources: readonly FigureSource[] = ['scb', 'ntu']

/** The longest free-text answer, in characters. */
export const FREE_TEXT_MAX = 1000
/** The side of the squares the marked places are counted in, in metres. */
export const MARK_CELL_METRES = 100
