/**
 * A period's years in words. A promise names its years ("2016–2017") but stays in force until a
 * new one is signed, so the years after its nominal end are followed up too, and the page says why.
 */
import type { PeriodSummary, PromisePage } from '../../../server/shared/api/promise-schemas.ts'

const yearOf = (date: string) => Number(date.slice(0, 4))

/** A run of years: "2016–2017", or "2016" for one year. */
export const yearSpan = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`)

/** The years the promise names, from its start and nominal end. */
export const periodYears = (period: Pick<PeriodSummary, 'starts_on' | 'ends_on'>) => yearSpan(yearOf(period.starts_on), yearOf(period.ends_on))

/** The followed-up years after the nominal end: followed up only because the promise is still (or was long) in force. */
export function yearsAfterEnd(page: Pick<PromisePage, 'period' | 'years'>): number[] {
  const end = yearOf(page.period.ends_on)
  return page.years.filter((year) => year > end)
}

export const isAfterEnd = (period: Pick<PeriodSummary, 'ends_on'>, year: number) => year > yearOf(period.ends_on)

/** Published periods only (staff are sent drafts too), newest first. */
export function publishedPeriods(periods: readonly PeriodSummary[]): PeriodSummary[] {
  return periods.filter((period) => period.published_at !== null).sort((a, b) => b.starts_on.localeCompare(a.starts_on))
}
