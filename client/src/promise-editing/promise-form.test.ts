import { describe, expect, it } from 'vitest'
import { indicatorBody, promiseBody } from '../../../server/shared/api/promise-schemas.ts'
import type { IndicatorProgress, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { nextPosition } from './form-result.ts'
import { emptyIndicatorForm, emptyPromiseForm, formFromIndicator, formFromPromise, indicatorBodyFrom, promiseBodyFrom } from './promise-form.ts'

const indicator: IndicatorProgress = { id: 7, position: 1, kind: 'walks_done', label: 'Trygghetsvandringar', target_per_year: 2, years: [] }
const promise: PromiseProgress = {
  id: 3,
  position: 2,
  text: 'Polisen lovar att arbeta med ordnings- och trygghetsfrågor i centrala Kristinehamn.',
  responsible: 'polisen',
  responsible_text: 'Polisen',
  indicators: [indicator],
  latest_activities: [],
  activity_count: 0,
}

describe('the promise form', () => {
  it('starts a new promise last, for both parties', () => {
    expect(emptyPromiseForm(nextPosition([{ position: 1 }, { position: 4 }]))).toMatchObject({ position: '5', responsible: 'both' })
    expect(nextPosition([])).toBe(1)
  })

  it('names a missing text and a position that is not a number', () => {
    const result = promiseBodyFrom({ ...emptyPromiseForm(1), position: 'först' }, false)
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'position', key: 'positionNotNumber' },
        { field: 'text', key: 'promiseTextMissing' },
      ],
    })
    expect(promiseBodyFrom({ ...emptyPromiseForm(1), position: '', text: 'Ett löfte' }, false)).toEqual({ ok: false, problems: [{ field: 'position', key: 'positionMissing' }] })
  })

  it('sends what the server takes, with the reason once published', () => {
    const result = promiseBodyFrom({ ...formFromPromise(promise), correctionReason: 'Stavfel' }, true)
    expect(result).toEqual({
      ok: true,
      body: { position: 2, text: promise.text, responsible: 'polisen', responsible_text: 'Polisen', correction_reason: 'Stavfel' },
    })
    expect(result.ok && promiseBody.safeParse(result.body).success).toBe(true)
  })
})

describe('the indicator form', () => {
  it('reads the target as a number, or none when empty', () => {
    const two = indicatorBodyFrom(formFromIndicator(indicator), false)
    expect(two.ok && two.body.target_per_year).toBe(2)
    const any = indicatorBodyFrom({ ...formFromIndicator(indicator), target: '' }, false)
    expect(any.ok && any.body.target_per_year).toBeNull()
    const half = indicatorBodyFrom({ ...formFromIndicator(indicator), target: '1,5' }, false)
    expect(half.ok && half.body.target_per_year).toBe(1.5)
    expect(two.ok && indicatorBody.safeParse(two.body).success).toBe(true)
  })

  it('refuses a target that is not a number, instead of sending it as none', () => {
    expect(indicatorBodyFrom({ ...formFromIndicator(indicator), target: 'två' }, false)).toEqual({
      ok: false,
      problems: [{ field: 'target_per_year', key: 'targetNotNumber' }],
    })
    expect(indicatorBodyFrom({ ...formFromIndicator(indicator), target: '-1' }, false)).toEqual({
      ok: false,
      problems: [{ field: 'target_per_year', key: 'targetNegative' }],
    })
  })

  it('names a missing name', () => {
    expect(indicatorBodyFrom(emptyIndicatorForm(1), false)).toEqual({ ok: false, problems: [{ field: 'label', key: 'labelMissing' }] })
  })
})
