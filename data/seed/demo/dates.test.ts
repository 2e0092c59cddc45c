import { describe, it, expect } from 'vitest'
import { dayFromIso, dayNumber, dayOf, isoDate, isTuesdayToThursday, localTimestamp, randomWorkday, weekday } from './dates.ts'
import { createRng } from './random.ts'

describe('day numbers', () => {
  it('count whole UTC days from 1970-01-01, whatever the time of day', () => {
    expect(dayOf(1970, 1, 1)).toBe(0)
    expect(dayNumber(new Date('2026-11-23T23:59:00Z'))).toBe(dayOf(2026, 11, 23))
    expect(isoDate(dayFromIso('2024-02-29'))).toBe('2024-02-29')
    expect(Number.isNaN(dayNumber(new Date('invalid')))).toBe(true)
  })

  it('know the weekday (0 = Sunday)', () => {
    expect(weekday(dayOf(1970, 1, 1))).toBe(4)
    expect(weekday(dayOf(2026, 11, 23))).toBe(1)
    expect(weekday(dayOf(1969, 12, 28))).toBe(0)
  })
})

describe('randomWorkday', () => {
  it('gives a Tuesday–Thursday inside the window', () => {
    const rng = createRng('dates-test')
    for (let n = 0; n < 50; n++) {
      const day = randomWorkday(rng, dayOf(2025, 3, 1), dayOf(2025, 5, 31))
      expect(isTuesdayToThursday(day)).toBe(true)
      expect(day).toBeGreaterThanOrEqual(dayOf(2025, 3, 1))
      expect(day).toBeLessThanOrEqual(dayOf(2025, 5, 31))
    }
  })
})

describe('localTimestamp', () => {
  it('switches between CET and CEST on the last Sundays of March and October', () => {
    expect(localTimestamp(dayOf(2026, 3, 28), 18, 0)).toBe('2026-03-28T18:00:00+01:00')
    expect(localTimestamp(dayOf(2026, 3, 29), 18, 0)).toBe('2026-03-29T18:00:00+02:00')
    expect(localTimestamp(dayOf(2026, 10, 24), 9, 5)).toBe('2026-10-24T09:05:00+02:00')
    expect(localTimestamp(dayOf(2026, 10, 25), 9, 5)).toBe('2026-10-25T09:05:00+01:00')
  })
})
