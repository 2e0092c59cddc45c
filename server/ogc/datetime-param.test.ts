import { describe, expect, it } from 'vitest'
import { parseDatetime, swedishDayStart } from './datetime-param.ts'

describe('parseDatetime', () => {
  it('reads an instant as UTC', () => {
    expect(parseDatetime('2024-05-01T14:00:00+02:00')).toEqual({
      instant: true,
      start: { kind: 'date-time', value: '2024-05-01T12:00:00.000Z' },
      end: { kind: 'date-time', value: '2024-05-01T12:00:00.000Z' },
    })
    expect(parseDatetime('2024-05-01t12:00:00.5z').start?.value).toBe('2024-05-01T12:00:00.500Z')
  })

  it('reads a date as a whole day', () => {
    expect(parseDatetime('2024-02-29')).toMatchObject({ instant: true, start: { kind: 'date', value: '2024-02-29' } })
  })

  it('reads closed and open intervals, with .. or an empty end', () => {
    expect(parseDatetime('2024-01-01/2024-12-31')).toMatchObject({ instant: false, start: { value: '2024-01-01' }, end: { value: '2024-12-31' } })
    expect(parseDatetime('2024-01-01T00:00:00Z/..')).toMatchObject({ instant: false, end: undefined })
    expect(parseDatetime('../2024-01-01T00:00:00Z')).toMatchObject({ instant: false, start: undefined })
    expect(parseDatetime('/2024-01-01')).toMatchObject({ instant: false, start: undefined })
  })

  it.each([
    '2024-13-01',
    '2023-02-29',
    '2024-05-01T25:00:00Z',
    '2024-05-01T12:00:00', // no offset: RFC 3339 requires one
    '2024-05-01 12:00:00Z',
    'yesterday',
    '2024-01-01/2024-02-01/2024-03-01',
    '2024-12-31/2024-01-01',
    '2024-01-01T12:00:00Z/2024-01-01T11:59:59Z',
    '',
    // Part 1's grammar allows one open end, not two.
    '../..',
    '/',
    '../',
    '/..',
    // The Swedish day 1 May ends at 22:00 UTC (summer time): this starts after it.
    '2024-05-01T22:30:00Z/2024-05-01',
    // The Swedish day 2 January starts at 23:00 UTC on the 1st (winter time).
    '2024-01-02/2024-01-01T22:59:59Z',
  ])('rejects %j', (value) => {
    expect(() => parseDatetime(value)).toThrow(expect.objectContaining({ code: 'invalid_datetime' }))
  })

  it('accepts an interval within one day given as that date', () => {
    expect(() => parseDatetime('2024-01-01T12:00:00Z/2024-01-01')).not.toThrow()
    expect(() => parseDatetime('2024-05-01T12:00:00Z/2024-05-01T12:00:00Z')).not.toThrow()
  })

  it('compares a date with an instant in Swedish time, not UTC', () => {
    // 1 May in Sweden starts at 22:00 UTC on 30 April: half an hour later is inside that day.
    expect(() => parseDatetime('2024-05-01/2024-04-30T22:30:00Z')).not.toThrow()
    expect(() => parseDatetime('2024-01-01T22:30:00Z/2024-01-01')).not.toThrow()
    expect(() => parseDatetime('2024-01-01T23:00:00Z/2024-01-01')).toThrow(expect.objectContaining({ code: 'invalid_datetime' }))
  })

  it('finds the first instant of a Swedish day in summer and winter time, and across the changes', () => {
    expect(new Date(swedishDayStart('2024-05-01')).toISOString()).toBe('2024-04-30T22:00:00.000Z')
    expect(new Date(swedishDayStart('2024-01-01')).toISOString()).toBe('2023-12-31T23:00:00.000Z')
    expect(new Date(swedishDayStart('2024-03-31')).toISOString()).toBe('2024-03-30T23:00:00.000Z')
    expect(new Date(swedishDayStart('2024-03-31', 1)).toISOString()).toBe('2024-03-31T22:00:00.000Z')
    expect(new Date(swedishDayStart('2024-10-27')).toISOString()).toBe('2024-10-26T22:00:00.000Z')
    expect(new Date(swedishDayStart('2024-12-31', 1)).toISOString()).toBe('2024-12-31T23:00:00.000Z')
  })
})
