/**
 * A candidate site's score in numbers and words, so a planner can defend the choice in a
 * committee: each part's count times its weight, the centrum zone's addition and the deduction
 * for a measure already done nearby, then the sum. The server computes the score; this says how.
 */
import type { ScoreParts } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'
import { MEASURE_NEARBY_METRES, RECENT_DAYS } from './planning-options.ts'
import type { WeightKey } from './planning-options.ts'

export type ScoreWeights = Readonly<Record<WeightKey, number>>

export interface ScoreTerm {
  part: keyof ScoreParts
  /** The term's points: count × weight, the centrum addition, or the (negative) deduction. */
  points: number
  text: string
}

/**
 * Numbers as the page's language writes them (a decimal comma in Swedish), at most two decimals,
 * with a true minus sign in both languages (English formats a hyphen).
 */
export function formatNumber(value: number, context: FormatContext, signed = false): string {
  return new Intl.NumberFormat(intlLocales[context.language], { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value).replace('-', '\u2212')
}

/** The five parts in the formula's order, each with its points and its words. */
export function scoreTerms(parts: ScoreParts, weights: ScoreWeights, context: FormatContext): ScoreTerm[] {
  const n = (value: number) => formatNumber(value, context)
  const counted = (part: 'count' | 'severe' | 'recent', weight: number): ScoreTerm => {
    const points = parts[part] * weight
    return {
      part,
      points,
      text: context.t(`planning.score.${part}`, { count: parts[part], weight: n(weight), points: n(points), days: RECENT_DAYS }),
    }
  }
  const centrum = parts.in_centrum * weights.w_centrum
  const measure = -parts.measure_nearby * weights.w_measure
  return [
    counted('count', weights.w_count),
    counted('severe', weights.w_severity),
    counted('recent', weights.w_recent),
    {
      part: 'in_centrum',
      points: centrum,
      text: context.t(parts.in_centrum ? 'planning.score.centrumIn' : 'planning.score.centrumOut', { points: formatNumber(centrum, context, true) }),
    },
    {
      part: 'measure_nearby',
      points: measure,
      text: context.t(parts.measure_nearby ? 'planning.score.measureNear' : 'planning.score.measureNone', {
        points: formatNumber(measure, context, true),
        metres: MEASURE_NEARBY_METRES,
      }),
    },
  ]
}

/** "= 23 poäng": the server's score, which the terms add up to. */
export function scoreTotal(score: number, context: FormatContext): string {
  return context.t('planning.score.total', { count: score, score: formatNumber(score, context) })
}

/** The whole formula as one line, for the CSV and for reading aloud. */
export function scoreSentence(parts: ScoreParts, score: number, weights: ScoreWeights, context: FormatContext): string {
  return `${scoreTerms(parts, weights, context)
    .map((term) => term.text)
    .join(' · ')} ${scoreTotal(score, context)}`
}

/** The formula with the weights in force, said once above the list. */
export function formulaInWords(weights: ScoreWeights, context: FormatContext): string {
  const n = (value: number) => formatNumber(value, context)
  return context.t('planning.score.formula', {
    count: n(weights.w_count),
    severity: n(weights.w_severity),
    recent: n(weights.w_recent),
    centrum: n(weights.w_centrum),
    measure: n(weights.w_measure),
    days: RECENT_DAYS,
    metres: MEASURE_NEARBY_METRES,
  })
}
