/**
 * A measure's effect in plain words: what the counts say, and how sure one can be. The server
 * decides the verdict (too early, too few, fewer, more, no clear change); this words it in the
 * page's language, with the numbers it rests on, so a reader can check it and never reads more
 * into a handful of reports than they hold.
 */
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'

/** Below this many places near the measure (before and after together) the verdict carries a warning. */
export const SMALL_COUNT = 20

export interface EffectWords {
  /** A short label: "Färre än väntat". */
  headline: string
  /** The verdict with its numbers: "Färre än väntat: 4 efter mot väntade 9,5 (…)". */
  sentence: string
  /** How uncertain it is, in words; null when the sentence already says it all. */
  uncertainty: string | null
}

/** Counts as they are; expected values and ratios to two significant digits, as the data allow. */
export function effectNumbers(context: FormatContext) {
  const locale = intlLocales[context.language]
  const expected = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const ratio = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 })
  return {
    count: (value: number) => new Intl.NumberFormat(locale).format(value),
    expected: (value: number) => expected.format(value),
    ratio: (value: number) => ratio.format(value),
  }
}

export function effectWords(effect: MeasureEffect, context: FormatContext): EffectWords {
  const { t } = context
  const format = effectNumbers(context)
  const before = format.count(effect.before.near)
  const after = format.count(effect.after.near)
  const headline = t(`measures.effect.verdict.${effect.verdict}`)

  if (effect.verdict === 'too_early') {
    return { headline, sentence: t('measures.effect.words.tooEarly'), uncertainty: null }
  }
  if (effect.verdict === 'too_few') {
    return { headline, sentence: t('measures.effect.words.tooFew', { before, after }), uncertainty: t('measures.effect.words.tooFewWhy') }
  }

  const comparison =
    effect.expected_after === null
      ? t('measures.effect.words.counts', { before, after })
      : effect.ratio === null || effect.ratio_low === null || effect.ratio_high === null
        ? t('measures.effect.words.againstExpected', { after, expected: format.expected(effect.expected_after) })
        : t('measures.effect.words.withInterval', {
            after,
            expected: format.expected(effect.expected_after),
            ratio: format.ratio(effect.ratio),
            low: format.ratio(effect.ratio_low),
            high: format.ratio(effect.ratio_high),
          })
  const sentence = t('measures.effect.words.sentence', { headline, comparison })

  const reading = t(`measures.effect.words.reading.${effect.verdict}`)
  const total = effect.before.near + effect.after.near
  const small = total < SMALL_COUNT ? ` ${t('measures.effect.words.small', { count: total })}` : ''
  return { headline, sentence, uncertainty: `${reading}${small}` }
}

/** "6 månader före och efter: 1 maj 2025–31 oktober 2025 och 1 november 2025–30 april 2026". */
export function effectPeriods(effect: MeasureEffect, context: FormatContext): string {
  const locale = intlLocales[context.language]
  if (effect.months === 0) return context.t('measures.effect.periodsNone', { done: formatDate(effect.done_on, locale) })
  return context.t('measures.effect.periods', {
    count: effect.months,
    beforeFrom: formatDate(effect.before.from, locale),
    beforeTo: formatDate(effect.before.to, locale),
    afterFrom: formatDate(effect.after.from, locale),
    afterTo: formatDate(effect.after.to, locale),
  })
}
