import { describe, expect, it } from 'vitest'
import { promiseYears, swedishYear } from './promise-years.ts'

const measures = { proposed: 0, in_progress: 0, done: 0, not_done: 0 }

describe('the yearly count against the promise', () => {
  it('says met, not met, or not yet for the current year', () => {
    const years = promiseYears(
      [
        { year: 2020, walks_done: 1, walks_planned: 0, target: 2, measures },
        { year: 2025, walks_done: 1, walks_planned: 1, target: 2, measures },
        { year: 2024, walks_done: 2, walks_planned: 0, target: 2, measures },
      ],
      2025,
    )
    expect(years.map((year) => [year.year, year.outcome])).toEqual([
      [2025, 'notYet'],
      [2024, 'met'],
      [2020, 'notMet'],
    ])
    expect(years[0]).toMatchObject({ done: 1, planned: 1, target: 2 })
  })

  it('counts a year as met as soon as two walks are done', () => {
    expect(promiseYears([{ year: 2025, walks_done: 2, walks_planned: 1, target: 2, measures }], 2025)[0]?.outcome).toBe('met')
  })

  it('takes the year in Swedish time', () => {
    expect(swedishYear(new Date('2024-12-31T23:30:00Z'))).toBe(2025)
  })
})
