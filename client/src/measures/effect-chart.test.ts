import { describe, expect, it } from 'vitest'
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { effectBars, roundTop } from './effect-chart.ts'

const effect = (near: [number, number], expected: number | null): MeasureEffect => ({
  measure_id: 1,
  title: 'Ny belysning',
  type: 'lighting',
  done_on: '2026-05-01',
  months: 6,
  before: { from: '2025-11-01', to: '2026-04-30', near: near[0], rest: 100 },
  after: { from: '2026-05-01', to: '2026-10-31', near: near[1], rest: 110 },
  expected_after: expected,
  ratio: null,
  ratio_low: null,
  ratio_high: null,
  verdict: 'no_clear_change',
})

describe('the effect chart', () => {
  it('rounds its top up to 1, 2 or 5 times a power of ten', () => {
    expect(roundTop(0)).toBe(1)
    expect(roundTop(0.4)).toBe(1)
    expect(roundTop(3)).toBe(5)
    expect(roundTop(9.5)).toBe(10)
    expect(roundTop(11)).toBe(20)
    expect(roundTop(20)).toBe(20)
    expect(roundTop(51)).toBe(100)
    expect(roundTop(Number.NaN)).toBe(1)
  })

  it('draws before, after and expected on one scale', () => {
    const { bars, top } = effectBars(effect([8, 4], 9.5))
    expect(top).toBe(10)
    expect(bars.map((bar) => [bar.key, bar.value, bar.share])).toEqual([
      ['before', 8, 0.8],
      ['after', 4, 0.4],
      ['expected', 9.5, 0.95],
    ])
  })

  it('keeps an expected count that cannot be computed as missing, not as zero', () => {
    const { bars, top } = effectBars(effect([0, 0], null))
    expect(top).toBe(1)
    expect(bars[2]).toEqual({ key: 'expected', value: null, share: 0 })
  })
})
