/**
 * The promise of at least two safety walks each calendar year, as words: met, not met, or (for
 * the current year and later) not yet – so the result never rests on colour alone.
 */
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'

export type PromiseOutcome = 'met' | 'notMet' | 'notYet'

export interface PromiseYear {
  year: number
  done: number
  planned: number
  target: number
  outcome: PromiseOutcome
}

/** Newest year first, as the server sends them. */
export function promiseYears(stats: readonly WalkYearStats[], currentYear: number): PromiseYear[] {
  return [...stats]
    .sort((a, b) => b.year - a.year)
    .map((year) => ({
      year: year.year,
      done: year.walks_done,
      planned: year.walks_planned,
      target: year.target,
      outcome: year.walks_done >= year.target ? 'met' : year.year >= currentYear ? 'notYet' : 'notMet',
    }))
}

/** The calendar year in Sweden, which the server counts by. */
export const swedishYear = (now: Date) => Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now))
