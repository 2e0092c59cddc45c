import { describe, expect, it } from 'vitest'
import * as promises from '../../../server/shared/api/promise-schemas.ts'
import * as surveys from '../../../server/shared/api/survey-schemas.ts'
import * as client from './editing-options.ts'

describe('the value lists the editing screen repeats', () => {
  it('are the server schema lists', () => {
    expect(client.promiseResponsibles).toEqual(promises.promiseResponsibles)
    expect(client.indicatorKinds).toEqual(promises.indicatorKinds)
    expect(client.questionKinds).toEqual(surveys.questionKinds)
    expect(client.figureSources).toEqual(surveys.figureSources)
  })

  it('offer a default scale the server takes', () => {
    const body = { position: 1, kind: 'scale', text_sv: 'Hur trygg känner du dig?', text_en: '', scale_max: client.DEFAULT_SCALE_MAX, allows_not_out: true }
    expect(surveys.questionBody.safeParse(body).success).toBe(true)
    expect(surveys.questionBody.safeParse({ ...body, scale_max: client.SCALE_MAX_RANGE.max }).success).toBe(true)
    expect(surveys.questionBody.safeParse({ ...body, scale_max: client.SCALE_MAX_RANGE.max + 1 }).success).toBe(false)
    expect(surveys.questionBody.safeParse({ ...body, scale_max: client.SCALE_MAX_RANGE.min - 1 }).success).toBe(false)
  })
})
