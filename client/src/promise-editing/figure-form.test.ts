import { describe, expect, it } from 'vitest'
import { externalFigureBody } from '../../../server/shared/api/survey-schemas.ts'
import { emptyFigureForm, figureBodyFrom, formFromFigure } from './figure-form.ts'

describe('the external figure form', () => {
  it('starts at last year, from SCB', () => {
    expect(emptyFigureForm('2026-11-23')).toMatchObject({ source: 'scb', year: '2025' })
  })

  it('reads values with a decimal comma, and no national value as none', () => {
    const result = figureBodyFrom({ ...emptyFigureForm('2026-11-23'), label: 'Trygghet utomhus', value: '58,5', citation: 'SCB 2025' })
    expect(result).toEqual({
      ok: true,
      body: { source: 'scb', year: 2025, label: 'Trygghet utomhus', value: 58.5, national_value: null, citation: 'SCB 2025' },
    })
    expect(result.ok && externalFigureBody.safeParse(result.body).success).toBe(true)
  })

  it('names every number that is not one, and what is missing', () => {
    const result = figureBodyFrom({ source: 'ntu', year: 'i fjol', label: '', value: 'hög', nationalValue: 'x', citation: '' })
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'year', key: 'yearNotNumber' },
        { field: 'label', key: 'labelMissing' },
        { field: 'value', key: 'valueNotNumber' },
        { field: 'national_value', key: 'nationalValueNotNumber' },
        { field: 'citation', key: 'citationMissing' },
      ],
    })
  })

  it('round-trips a saved figure', () => {
    const figure = { id: 1, municipality_code: '1781', source: 'ntu' as const, year: 2023, label: 'Otrygg ute sent', value: 24, national_value: 28.5, citation: 'Brå NTU 2023' }
    const result = figureBodyFrom(formFromFigure(figure))
    expect(result).toEqual({ ok: true, body: { source: 'ntu', year: 2023, label: 'Otrygg ute sent', value: 24, national_value: 28.5, citation: 'Brå NTU 2023' } })
  })
})
