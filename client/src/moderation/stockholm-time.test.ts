import { describe, expect, it } from 'vitest'
import { stockholmIso, stockholmOffsetMinutes, stockholmWallTime } from './stockholm-time.ts'

describe('Swedish wall-clock time', () => {
  it('knows winter and summer offsets', () => {
    expect(stockholmOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60)
    expect(stockholmOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120)
  })

  it('reads the clock in Sweden whatever the device’s zone', () => {
    expect(stockholmWallTime(new Date('2026-11-20T21:15:30Z'))).toEqual({ date: '2026-11-20', time: '22:15' })
    expect(stockholmWallTime(new Date('2026-06-30T22:30:00Z'))).toEqual({ date: '2026-07-01', time: '00:30' })
  })

  it('sends a date and time with the offset of that date', () => {
    expect(stockholmIso('2026-11-20', '22:15')).toBe('2026-11-20T22:15:00+01:00')
    expect(stockholmIso('2026-07-01', '00:30')).toBe('2026-07-01T00:30:00+02:00')
  })

  it('picks the first of the autumn hour that comes twice, and the summer offset in the skipped spring hour', () => {
    // 2026-10-25: 03:00 summer time becomes 02:00 winter time.
    expect(stockholmIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00')
    // 2026-03-29: 02:00 winter time becomes 03:00 summer time; 02:30 never shows on a clock.
    expect(stockholmIso('2026-03-29', '02:30')).toBe('2026-03-29T02:30:00+02:00')
    expect(stockholmIso('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00')
    expect(stockholmIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00')
  })

  it('refuses what is not a date or a time', () => {
    expect(stockholmIso('2026-02-30', '12:00')).toBeNull()
    expect(stockholmIso('20.11.2026', '12:00')).toBeNull()
    expect(stockholmIso('2026-11-20', '24:00')).toBeNull()
    expect(stockholmIso('2026-11-20', '')).toBeNull()
  })
})
