import { describe, expect, it } from 'vitest'
import { situationPeriods as serverPeriods } from '../../../server/shared/api/planning-schemas.ts'
import {
  binLabel,
  canStep,
  isIsoDay,
  isoWeek,
  lastWholePeriod,
  periodEnd,
  periodFileName,
  periodLabel,
  periodStart,
  shiftPeriod,
  shownPeriod,
  situationPeriods,
} from './situation-periods.ts'
import { textContext } from './test-context.ts'

const context = textContext

// Intl may put a thin or no-break space around the dash; the words are what matter.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

it('has the server’s kinds of period', () => {
  expect(situationPeriods).toEqual([...serverPeriods])
})

describe('a week', () => {
  it('runs Monday to Sunday', () => {
    expect(periodStart('week', '2026-11-16')).toBe('2026-11-16')
    expect(periodStart('week', '2026-11-22')).toBe('2026-11-16')
    expect(periodStart('week', '2026-11-19')).toBe('2026-11-16')
    expect(periodEnd('week', '2026-11-19')).toBe('2026-11-22')
  })

  it('steps back and forth over months and years', () => {
    expect(shiftPeriod('week', '2026-11-19', -1)).toBe('2026-11-09')
    expect(shiftPeriod('week', '2026-11-19', 1)).toBe('2026-11-23')
    expect(shiftPeriod('week', '2026-01-01', -1)).toBe('2025-12-22')
    expect(shiftPeriod('week', '2026-12-30', 1)).toBe('2027-01-04')
  })

  it('has its ISO number: week 1 holds the first Thursday', () => {
    expect(isoWeek('2026-11-16')).toEqual({ year: 2026, week: 47 })
    expect(isoWeek('2026-11-22')).toEqual({ year: 2026, week: 47 })
    // 1 January 2021 was a Friday: it belongs to week 53 of 2020.
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 })
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 })
    // 29 December 2025 (a Monday) starts week 1 of 2026.
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 })
    expect(isoWeek('2021-03-08')).toEqual({ year: 2021, week: 10 })
  })

  it('is named by its number and its days', () => {
    expect(plain(periodLabel('week', '2026-11-16', context('sv')))).toMatch(/^Vecka 47, 16–22 nov\.? 2026$/)
    expect(plain(periodLabel('week', '2026-11-30', context('sv')))).toMatch(/^Vecka 49, 30 nov\.?–6 dec\.? 2026$/)
    expect(plain(periodLabel('week', '2025-12-29', context('sv')))).toMatch(/^Vecka 1, 29 dec\.? 2025–4 jan\.? 2026$/)
    expect(plain(periodLabel('week', '2026-11-16', context('en')))).toMatch(/^Week 47, 16 ?– ?22 Nov 2026$/)
  })
})

describe('a quarter and a year', () => {
  it('start on the first of January, April, July and October', () => {
    expect(periodStart('quarter', '2026-11-23')).toBe('2026-10-01')
    expect(periodStart('quarter', '2026-09-30')).toBe('2026-07-01')
    expect(periodEnd('quarter', '2026-08-15')).toBe('2026-09-30')
    expect(periodEnd('quarter', '2024-02-10')).toBe('2024-03-31')
    expect(periodStart('year', '2026-11-23')).toBe('2026-01-01')
    expect(periodEnd('year', '2026-11-23')).toBe('2026-12-31')
  })

  it('step over the turn of the year', () => {
    expect(shiftPeriod('quarter', '2026-02-10', -1)).toBe('2025-10-01')
    expect(shiftPeriod('quarter', '2025-11-10', 1)).toBe('2026-01-01')
    expect(shiftPeriod('year', '2026-06-01', -1)).toBe('2025-01-01')
    expect(shiftPeriod('year', '2026-06-01', 1)).toBe('2027-01-01')
  })

  it('are named in words', () => {
    expect(plain(periodLabel('quarter', '2026-07-01', context('sv')))).toMatch(/^Kvartal 3, juli ?– ?september 2026$/)
    expect(plain(periodLabel('quarter', '2026-07-01', context('en')))).toMatch(/^Quarter 3, July ?– ?September 2026$/)
    expect(periodLabel('year', '2025-01-01', context('sv'))).toBe('År 2025')
    expect(periodLabel('year', '2025-01-01', context('en'))).toBe('Year 2025')
  })
})

describe('the period shown', () => {
  // Monday 23 November 2026: the test servers' reference day.
  const today = '2026-11-23'

  it('is the last whole one by default', () => {
    expect(lastWholePeriod('week', today)).toBe('2026-11-16')
    expect(lastWholePeriod('week', '2026-11-22')).toBe('2026-11-09')
    expect(lastWholePeriod('quarter', today)).toBe('2026-07-01')
    expect(lastWholePeriod('year', today)).toBe('2025-01-01')
    expect(shownPeriod('week', null, today)).toBe('2026-11-16')
  })

  it('is the one holding the day asked for, never one still running or ahead', () => {
    expect(shownPeriod('week', '2021-03-10', today)).toBe('2021-03-08')
    expect(shownPeriod('week', '2026-11-23', today)).toBe('2026-11-16')
    expect(shownPeriod('quarter', '2026-11-16', today)).toBe('2026-07-01')
    expect(shownPeriod('year', '2030-05-05', today)).toBe('2025-01-01')
    expect(shownPeriod('year', '1990-05-05', today)).toBe('2000-01-01')
  })

  it('steps no further than the last whole period and the first day the server accepts', () => {
    expect(canStep('week', '2026-11-16', 1, today)).toBe(false)
    expect(canStep('week', '2026-11-09', 1, today)).toBe(true)
    expect(canStep('week', '2026-11-16', -1, today)).toBe(true)
    expect(canStep('year', '2000-01-01', -1, today)).toBe(false)
  })
})

describe('names', () => {
  it('give each bin of a series a short label', () => {
    expect(binLabel('week', '2026-11-16', context('sv'))).toBe('v. 47')
    expect(binLabel('quarter', '2026-11-16', context('en'))).toBe('wk 47')
    expect(binLabel('year', '2026-03-01', context('sv'))).toBe('mars')
    expect(binLabel('year', '2026-03-01', context('en'))).toBe('March')
  })

  it('give files a short name', () => {
    expect(periodFileName('week', '2021-03-08', 'sv')).toBe('2021-v10')
    expect(periodFileName('week', '2025-12-29', 'sv')).toBe('2026-v01')
    expect(periodFileName('quarter', '2026-07-01', 'sv')).toBe('2026-k3')
    expect(periodFileName('quarter', '2026-07-01', 'en')).toBe('2026-q3')
    expect(periodFileName('year', '2025-01-01', 'en')).toBe('2025')
  })

  it('accept only real calendar days', () => {
    expect(isIsoDay('2026-11-16')).toBe(true)
    expect(isIsoDay('2026-02-30')).toBe(false)
    expect(isIsoDay('16/11/2026')).toBe(false)
    expect(isIsoDay('2026-1-6')).toBe(false)
  })
})
