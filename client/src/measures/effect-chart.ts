/**
 * The effect chart as numbers: three bars (near the measure before, after, and the count expected
 * after from the rest of the municipality's trend) on a scale with a round top, so the reader can
 * compare the bars by eye and read the exact numbers beside them.
 */
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'

export type EffectBarKey = 'before' | 'after' | 'expected'

export interface EffectBar {
  key: EffectBarKey
  /** null: cannot be computed (no reports in the rest of the municipality before). */
  value: number | null
  /** The bar's height as a share of the scale, 0–1. */
  share: number
}

/** The smallest 1, 2 or 5 times a power of ten at or above `value`; at least 1. */
export function roundTop(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power
  }
  return 10 * power
}

export function effectBars(effect: MeasureEffect): { bars: EffectBar[]; top: number } {
  const values: [EffectBarKey, number | null][] = [
    ['before', effect.before.near],
    ['after', effect.after.near],
    ['expected', effect.expected_after],
  ]
  const top = roundTop(Math.max(0, ...values.map(([, value]) => value ?? 0)))
  return { bars: values.map(([key, value]) => ({ key, value, share: value === null ? 0 : Math.min(1, value / top) })), top }
}
