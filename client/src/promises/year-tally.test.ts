import { describe, expect, it } from 'vitest'
import type { IndicatorProgress, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { summaryYears, yearTally } from './year-tally.ts'

const indicator = (id: number, years: IndicatorProgress['years']): IndicatorProgress => ({ id, position: id, kind: 'activities', label: `Mått ${id}`, target_per_year: null, years })
const promise = (id: number, indicators: IndicatorProgress[]): PromiseProgress => ({
  id,
  position: id,
  text: 'Löfte',
  responsible: 'kommunen',
  responsible_text: '',
  indicators,
  latest_activities: [],
  activity_count: 0,
})

const page = {
  current_year: 2026,
  years: [2024, 2025, 2026],
  promises: [
    promise(1, [
      indicator(1, [
        { year: 2025, value: 2, status: 'met' },
        { year: 2026, value: 0, status: 'in_progress' },
      ]),
      indicator(2, [
        { year: 2025, value: 0, status: 'not_met' },
        { year: 2026, value: 3, status: 'met' },
      ]),
    ]),
    promise(2, []),
  ],
}

describe('a year in one line', () => {
  it('counts the indicators per status', () => {
    expect(yearTally(page, 2025)).toEqual({ year: 2025, met: 1, notMet: 1, inProgress: 0, total: 2, running: false })
    expect(yearTally(page, 2026)).toEqual({ year: 2026, met: 1, notMet: 0, inProgress: 1, total: 2, running: true })
    expect(yearTally(page, 2020).total).toBe(0)
  })

  it('sums up this year and the last whole one, or the last year of an ended period', () => {
    expect(summaryYears(page)).toEqual([2026, 2025])
    expect(summaryYears({ current_year: 2026, years: [2026] })).toEqual([2026])
    expect(summaryYears({ current_year: 2026, years: [2018, 2019, 2020] })).toEqual([2020])
    expect(summaryYears({ current_year: 2026, years: [] })).toEqual([])
  })
})
