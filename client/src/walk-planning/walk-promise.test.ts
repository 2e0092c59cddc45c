import { describe, expect, it } from 'vitest'
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'
import { promiseState, yearsToShow } from './walk-promise.ts'

const year = (value: number, done: number, planned = 0): WalkYearStats => ({
  year: value,
  walks_done: done,
  walks_planned: planned,
  target: 2,
  measures: { proposed: 0, in_progress: 0, done: 0, not_done: 0 },
})

describe('the promise of two walks a year', () => {
  it('is met by two walks done', () => {
    expect(promiseState(year(2024, 2), 2026)).toBe('met')
    expect(promiseState(year(2026, 3), 2026)).toBe('met')
  })

  it('is on track this year when the planned walks would meet it, and not met in a past year that fell short', () => {
    expect(promiseState(year(2026, 1, 1), 2026)).toBe('onTrack')
    expect(promiseState(year(2027, 0, 2), 2026)).toBe('onTrack')
    expect(promiseState(year(2026, 0, 1), 2026)).toBe('notMet')
    expect(promiseState(year(2025, 1, 1), 2026)).toBe('notMet')
  })

  it('shows the current year even with no walk in it, newest first', () => {
    expect(yearsToShow([year(2024, 2), year(2025, 1)], 2026, 2).map((entry) => entry.year)).toEqual([2026, 2025, 2024])
    expect(yearsToShow([year(2026, 1)], 2026, 2)).toHaveLength(1)
  })
})
