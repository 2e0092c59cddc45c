import { describe, expect, it } from 'vitest'
import { rateRatio, verdictOf } from './measure-effects.ts'

describe('the effect of a measure', () => {
  it('expects the place to follow the rest of the municipality', () => {
    // The rest doubled, so 10 before predicts 20 after; 5 is a quarter of that.
    expect(rateRatio(10, 5, 100, 200)).toMatchObject({ expected: 20, ratio: 0.25 })
  })

  it('gives an interval that narrows as counts grow, and a verdict only when it excludes 1', () => {
    const small = rateRatio(6, 3, 100, 100)
    const large = rateRatio(60, 30, 1000, 1000)
    expect(small.high! - small.low!).toBeGreaterThan(large.high! - large.low!)
    expect(verdictOf(6, 9, small)).toBe('too_few')
    expect(verdictOf(6, 90, large)).toBe('fewer')
    expect(verdictOf(6, 20, rateRatio(10, 10, 100, 100))).toBe('no_clear_change')
    expect(verdictOf(6, 60, rateRatio(10, 50, 100, 100))).toBe('more')
    expect(verdictOf(0, 60, large)).toBe('too_early')
  })

  it('still judges when nothing was there before, and says nothing without a trend to compare', () => {
    const fromNothing = rateRatio(0, 30, 500, 500)
    expect(fromNothing.ratio).toBeNull()
    expect(verdictOf(6, 30, fromNothing)).toBe('more')
    expect(rateRatio(10, 10, 100, 0)).toEqual({ expected: null, ratio: null, low: null, high: null })
    expect(verdictOf(6, 20, rateRatio(10, 10, 100, 0))).toBe('too_few')
  })
})
