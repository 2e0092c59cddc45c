/** Numbers of the follow-up as a reader reads them: a mean with one decimal, shares as whole percent. */
import type { FigureSource } from '../../../server/shared/api/survey-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'

export function formatMean(value: number, context: FormatContext): string {
  return new Intl.NumberFormat(intlLocales[context.language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
}

/** A share given as 0–100. */
export function formatPercent(value: number, context: FormatContext): string {
  return new Intl.NumberFormat(intlLocales[context.language], { style: 'percent', maximumFractionDigits: 0 }).format(value / 100)
}

export function formatCount(value: number, context: FormatContext): string {
  return new Intl.NumberFormat(intlLocales[context.language]).format(value)
}

/** SCB's index as a number (up to one decimal), NTU's share in percent. */
export function formatFigure(value: number, source: FigureSource, context: FormatContext): string {
  if (source === 'ntu') return new Intl.NumberFormat(intlLocales[context.language], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
  return new Intl.NumberFormat(intlLocales[context.language], { maximumFractionDigits: 1 }).format(value)
}
