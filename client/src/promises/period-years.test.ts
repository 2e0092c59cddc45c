import { describe, expect, it } from 'vitest'
import type { PeriodSummary } from '../../../server/shared/api/promise-schemas.ts'
import { isAfterEnd, periodYears, publishedPeriods, yearsAfterEnd, yearSpan } from './period-years.ts'

const period = (change: Partial<PeriodSummary>): PeriodSummary => ({
  id: 1,
  municipality_code: '1781',
  title: 'Medborgarlöfte 2016–2017',
  starts_on: '2016-01-01',
  ends_on: '2017-12-31',
  in_force_until: null,
  published_at: '2016-02-01T10:00:00Z',
  ...change,
})

describe('a period in years', () => {
  it('names its years as a span', () => {
    expect(periodYears(period({}))).toBe('2016–2017')
    expect(periodYears(period({ starts_on: '2020-03-01', ends_on: '2020-12-31' }))).toBe('2020')
    expect(yearSpan(2018, 2026)).toBe('2018–2026')
  })

  it('finds the years followed up after the nominal end', () => {
    const page = { period: { ...period({}), introduction: '', problem_title: '', problem_picture: '', goal: '', follow_up: '', validity: '', updated_at: '' }, years: [2016, 2017, 2018, 2019] }
    expect(yearsAfterEnd(page)).toEqual([2018, 2019])
    expect(yearsAfterEnd({ ...page, years: [2016, 2017] })).toEqual([])
    expect(isAfterEnd(page.period, 2017)).toBe(false)
    expect(isAfterEnd(page.period, 2018)).toBe(true)
  })

  it('lists published periods only, newest first', () => {
    const list = publishedPeriods([
      period({ id: 1 }),
      period({ id: 3, starts_on: '2022-01-01', published_at: null }),
      period({ id: 2, starts_on: '2020-01-01' }),
    ])
    expect(list.map((item) => item.id)).toEqual([2, 1])
  })
})
