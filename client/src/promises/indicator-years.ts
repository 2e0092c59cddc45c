/**
 * An indicator's years as rows a person reads: the number, the target, and the status in words
 * with an icon, so the verdict never rests on colour alone.
 */
import type { IndicatorProgress, YearStatus } from '../../../server/shared/api/promise-schemas.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { FormatContext } from '../features/translate.ts'
import { yearSpan } from './period-years.ts'

export interface IndicatorRow {
  year: number
  value: number
  status: YearStatus
  /** Followed up after the period's nominal end, because the promise is still in force. */
  afterEnd: boolean
}

/** Newest year first: the year a reader asks about first is the one running now. */
export function indicatorRows(indicator: Pick<IndicatorProgress, 'years'>, endYear: number): IndicatorRow[] {
  return [...indicator.years].sort((a, b) => b.year - a.year).map((year) => ({ ...year, afterEnd: year.year > endYear }))
}

export interface YearGroup {
  afterEnd: boolean
  /** The group's years in words: "2018–2026". */
  span: string
  rows: IndicatorRow[]
}

/**
 * The rows in two groups, as the table shows them: the years after the nominal end (followed up
 * because the promise still holds, said once above them) and the period's own years.
 */
export function yearGroups(rows: readonly IndicatorRow[]): YearGroup[] {
  return [true, false].flatMap((afterEnd) => {
    const group = rows.filter((row) => row.afterEnd === afterEnd)
    const years = group.map((row) => row.year)
    return group.length === 0 ? [] : [{ afterEnd, span: yearSpan(Math.min(...years), Math.max(...years)), rows: group }]
  })
}

/** The i18n key of a status's word ("Uppfyllt", "Inte uppfyllt", "Pågår"). */
export const statusKey = (status: YearStatus) => `promises.status.${status}`

export const formatNumber = (value: number, context: FormatContext) =>
  new Intl.NumberFormat(intlLocales[context.language], { maximumFractionDigits: 1 }).format(value)

/** "Mål: minst 2 per år"; without a target any activity in a year meets it, and the words say so. */
export function targetText(target: number | null, context: FormatContext): string {
  if (target === null) return context.t('promises.indicator.anyActivity')
  return context.t('promises.indicator.target', { count: target, target: formatNumber(target, context) })
}

/** The year's row for a report of one year, or null when that year is not followed up. */
export const rowOfYear = (indicator: Pick<IndicatorProgress, 'years'>, year: number) => indicator.years.find((entry) => entry.year === year) ?? null
