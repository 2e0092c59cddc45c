/**
 * The whole promise in one line per year: how many indicators met their target. The page opens
 * with it, so a reader sees how it is going before reading every table.
 */
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'

export interface YearTally {
  year: number
  met: number
  notMet: number
  inProgress: number
  /** Indicators followed up that year. */
  total: number
  /** The year is still running. */
  running: boolean
}

export function yearTally(page: Pick<PromisePage, 'promises' | 'current_year'>, year: number): YearTally {
  const tally: YearTally = { year, met: 0, notMet: 0, inProgress: 0, total: 0, running: year === page.current_year }
  for (const promise of page.promises) {
    for (const indicator of promise.indicators) {
      const entry = indicator.years.find((item) => item.year === year)
      if (!entry) continue
      tally.total += 1
      if (entry.status === 'met') tally.met += 1
      else if (entry.status === 'not_met') tally.notMet += 1
      else tally.inProgress += 1
    }
  }
  return tally
}

/** The years to sum up first: this year and the last whole one, or the last year of a period no longer in force. */
export function summaryYears(page: Pick<PromisePage, 'years' | 'current_year'>): number[] {
  const last = page.years[page.years.length - 1]
  if (last === undefined) return []
  if (last !== page.current_year) return [last]
  return page.years.includes(last - 1) ? [last, last - 1] : [last]
}
