/** The promise's yardstick for one calendar year: at least two walks done. */
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'

/**
 * 'met' once enough walks are done; 'onTrack' for this year or a later one when the walks done
 * and planned would meet it; 'notMet' otherwise (a past year that fell short, or too few planned).
 */
export type PromiseState = 'met' | 'onTrack' | 'notMet'

export function promiseState(year: WalkYearStats, currentYear: number): PromiseState {
  if (year.walks_done >= year.target) return 'met'
  if (year.year >= currentYear && year.walks_done + year.walks_planned >= year.target) return 'onTrack'
  return 'notMet'
}

/** Newest year first; the current year is shown even before its first walk is planned. */
export function yearsToShow(years: readonly WalkYearStats[], currentYear: number, target: number): WalkYearStats[] {
  const shown = [...years]
  if (!shown.some((year) => year.year === currentYear)) {
    shown.push({ year: currentYear, walks_done: 0, walks_planned: 0, target, measures: { proposed: 0, in_progress: 0, done: 0, not_done: 0 } })
  }
  return shown.sort((a, b) => b.year - a.year)
}
