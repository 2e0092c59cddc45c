import { describe, expect, it } from 'vitest'
import { asChoice, asDate, asInstant, asText, asWholeNumber } from './attribute-values.ts'

describe('attribute values', () => {
  it('turns text, numbers and dates, and leaves what is missing undefined', () => {
    expect(asText('  Norra torget ')).toEqual({ value: 'Norra torget' })
    expect(asText(12)).toEqual({ value: '12' })
    expect(asText(null)).toEqual({ value: undefined })
    expect(asWholeNumber('1 200')).toEqual({ value: 1200 })
    expect(asWholeNumber(24)).toEqual({ value: 24 })
    expect(asWholeNumber('12,5')).toHaveProperty('problem')
    expect(asDate('2026/09/01')).toEqual({ value: '2026-09-01' })
    expect(asDate('2026-09-01T00:00:00.000')).toEqual({ value: '2026-09-01' })
    expect(asDate('1 september')).toHaveProperty('problem.en', '"1 september" is not a date (YYYY-MM-DD).')
  })

  it('reads a time without an offset as Swedish time, winter and summer', () => {
    expect(asInstant('2027-01-15 18:00')).toEqual({ value: '2027-01-15T18:00:00+01:00' })
    expect(asInstant('2027-04-20T19:00:00.000')).toEqual({ value: '2027-04-20T19:00:00+02:00' })
    expect(asInstant('2027-04-20T17:00:00Z')).toEqual({ value: '2027-04-20T17:00:00Z' })
    expect(asInstant('2027-04-20 19:00+0200')).toEqual({ value: '2027-04-20T19:00:00+02:00' })
    expect(asInstant('2027-04-20')).toHaveProperty('problem')
  })

  it('takes a choice by its code or a Swedish word, without case or accents', () => {
    const lights = ['daylight', 'dark'] as const
    expect(asChoice('DARK', lights)).toEqual({ value: 'dark' })
    expect(asChoice('Mörker', lights, { morker: 'dark' })).toEqual({ value: 'dark' })
    expect(asChoice('skymning', lights, { morker: 'dark' })).toHaveProperty('problem.sv', '"skymning" är inte ett av värdena daylight, dark.')
  })
})
