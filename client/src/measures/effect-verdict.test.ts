import { describe, expect, it } from 'vitest'
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { effectPeriods, effectWords } from './effect-verdict.ts'
import { enContext, svContext } from './test-context.ts'

function effect(change: Partial<MeasureEffect>): MeasureEffect {
  return {
    measure_id: 7,
    title: 'Belysning i Kvarndammsparken',
    type: 'lighting',
    done_on: '2026-05-01',
    months: 6,
    before: { from: '2025-11-01', to: '2026-04-30', near: 12, rest: 200 },
    after: { from: '2026-05-01', to: '2026-10-31', near: 4, rest: 158 },
    expected_after: 9.48,
    ratio: 0.42,
    ratio_low: 0.16,
    ratio_high: 0.91,
    verdict: 'fewer',
    ...change,
  }
}

describe('the effect in words', () => {
  it('says fewer than expected, with the expected count and the interval, in Swedish', () => {
    const words = effectWords(effect({}), svContext)
    expect(words.headline).toBe('Färre än väntat')
    expect(words.sentence).toBe('Färre än väntat: 4 efter mot väntade 9,5 (kvot 0,42, 95 % intervall 0,16–0,91).')
    expect(words.uncertainty).toContain('Hela intervallet ligger under 1')
    // 16 places near the measure: few, and said so.
    expect(words.uncertainty).toContain('Underlaget är litet (16 platser nära åtgärden)')
  })

  it('says the same in English, with a decimal point', () => {
    const words = effectWords(effect({}), enContext)
    expect(words.sentence).toBe('Fewer than expected: 4 after against 9.5 expected (ratio 0.42, 95 % interval 0.16–0.91).')
    expect(words.uncertainty).toContain('The data are few (16 places near the measure)')
  })

  it('gives no small-count warning when there is enough to go on', () => {
    const words = effectWords(effect({ before: { from: '2025-11-01', to: '2026-04-30', near: 40, rest: 200 }, after: { from: '2026-05-01', to: '2026-10-31', near: 15, rest: 158 } }), svContext)
    expect(words.uncertainty).not.toContain('Underlaget är litet')
  })

  it('says too few places with the counts, and why that is too few', () => {
    const words = effectWords(
      effect({ verdict: 'too_few', before: { from: '2025-11-01', to: '2026-04-30', near: 3, rest: 200 }, after: { from: '2026-05-01', to: '2026-10-31', near: 2, rest: 158 } }),
      svContext,
    )
    expect(words.sentence).toBe('För få platser för att säga något: 3 före och 2 efter.')
    expect(words.uncertainty).toContain('slumpen')
  })

  it('says too early for a measure done less than a month ago', () => {
    const early = effect({ verdict: 'too_early', months: 0, expected_after: null, ratio: null, ratio_low: null, ratio_high: null })
    expect(effectWords(early, svContext).sentence).toBe('För tidigt att säga: åtgärden blev genomförd för mindre än en månad sedan.')
    expect(effectWords(early, svContext).uncertainty).toBeNull()
    expect(effectPeriods(early, svContext)).toBe('Genomförd 1 maj 2026: ingen hel månad har gått än.')
  })

  it('says more than expected, and that more reporting may be the cause', () => {
    const words = effectWords(effect({ verdict: 'more', after: { from: '2026-05-01', to: '2026-10-31', near: 25, rest: 158 }, ratio: 2.6, ratio_low: 1.4, ratio_high: 4.9 }), svContext)
    expect(words.sentence).toBe('Fler än väntat: 25 efter mot väntade 9,5 (kvot 2,6, 95 % intervall 1,4–4,9).')
    expect(words.uncertainty).toContain('fler nu rapporterar')
  })

  it('says no clear change when the interval holds both fewer and more', () => {
    const words = effectWords(effect({ verdict: 'no_clear_change', after: { from: '2026-05-01', to: '2026-10-31', near: 8, rest: 158 }, ratio: 0.84, ratio_low: 0.38, ratio_high: 1.9 }), svContext)
    expect(words.sentence).toBe('Ingen tydlig förändring: 8 efter mot väntade 9,5 (kvot 0,84, 95 % intervall 0,38–1,9).')
    expect(words.uncertainty).toContain('rymmer både färre och fler')
  })

  it('falls back to the counts when nothing could be expected (no reports in the rest of the municipality before)', () => {
    const words = effectWords(effect({ verdict: 'no_clear_change', expected_after: null, ratio: null, ratio_low: null, ratio_high: null }), svContext)
    expect(words.sentence).toBe('Ingen tydlig förändring: 12 före och 4 efter (inget att jämföra med i resten av kommunen).')
  })

  it('names the periods compared', () => {
    expect(effectPeriods(effect({}), svContext)).toBe('Jämför 6 månader före och efter: 1 november 2025–30 april 2026 och 1 maj 2026–31 oktober 2026.')
    expect(effectPeriods(effect({ months: 1 }), enContext)).toBe('Compares 1 month before and after: 1 November 2025–30 April 2026 and 1 May 2026–31 October 2026.')
  })
})
