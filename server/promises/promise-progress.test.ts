import { describe, expect, it } from 'vitest'
import { followedUpYears, yearStatus } from './promise-progress.ts'

describe('followedUpYears', () => {
  it('runs from the start year to this year while no later promise is signed', () => {
    expect(followedUpYears({ starts_on: '2016-01-01', in_force_until: null }, 2019)).toEqual([2016, 2017, 2018, 2019])
  })

  it('stops the year the next period takes over', () => {
    expect(followedUpYears({ starts_on: '2016-01-01', in_force_until: '2017-12-31' }, 2026)).toEqual([2016, 2017])
    expect(followedUpYears({ starts_on: '2016-01-01', in_force_until: '2018-06-30' }, 2026)).toEqual([2016, 2017, 2018])
  })

  it('has no year yet for a period that starts later', () => {
    expect(followedUpYears({ starts_on: '2030-01-01', in_force_until: null }, 2026)).toEqual([])
  })
})

describe('yearStatus', () => {
  it('judges a past year met or not met against the target', () => {
    expect(yearStatus(2, 2, 2020, 2026)).toBe('met')
    expect(yearStatus(1, 2, 2020, 2026)).toBe('not_met')
  })

  it('keeps this year in progress until the target is reached', () => {
    expect(yearStatus(1, 2, 2026, 2026)).toBe('in_progress')
    expect(yearStatus(3, 2, 2026, 2026)).toBe('met')
  })

  it('meets an indicator without target with any count above zero', () => {
    expect(yearStatus(0, null, 2020, 2026)).toBe('not_met')
    expect(yearStatus(0, null, 2026, 2026)).toBe('in_progress')
    expect(yearStatus(1, null, 2020, 2026)).toBe('met')
  })

  it('meets a target of zero even with nothing counted', () => {
    expect(yearStatus(0, 0, 2020, 2026)).toBe('met')
  })
})
