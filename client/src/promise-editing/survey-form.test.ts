import { describe, expect, it } from 'vitest'
import { activityBody } from '../../../server/shared/api/promise-schemas.ts'
import { questionBody, surveyBody } from '../../../server/shared/api/survey-schemas.ts'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { activityBodyFrom, emptyActivityForm } from './activity-form.ts'
import { emptyQuestionForm, emptySurveyForm, formFromQuestion, questionBodyFrom, surveyBodyFrom } from './survey-form.ts'

describe('the survey form', () => {
  it('opens today and stays open without a last day', () => {
    const result = surveyBodyFrom({ ...emptySurveyForm('2026-11-23'), title: ' Trygghetsenkät ' })
    expect(result).toEqual({ ok: true, body: { title: 'Trygghetsenkät', introduction: '', opens_on: '2026-11-23', closes_on: null } })
    expect(result.ok && surveyBody.safeParse(result.body).success).toBe(true)
  })

  it('names a missing title and opening day', () => {
    expect(surveyBodyFrom({ ...emptySurveyForm(''), title: '' })).toEqual({
      ok: false,
      problems: [
        { field: 'title', key: 'titleMissing' },
        { field: 'opens_on', key: 'dateMissing' },
      ],
    })
  })
})

describe('the question form', () => {
  it('sends the top of the scale and "I don’t go out" for a scale only', () => {
    const form = { ...emptyQuestionForm(1), textSv: 'Hur trygg känner du dig?', allowsNotOut: true }
    const scale = questionBodyFrom(form)
    expect(scale).toEqual({
      ok: true,
      body: { position: 1, kind: 'scale', text_sv: 'Hur trygg känner du dig?', text_en: '', scale_max: 5, allows_not_out: true },
    })
    const map = questionBodyFrom({ ...form, kind: 'map_mark' })
    expect(map.ok && map.body).toMatchObject({ kind: 'map_mark', scale_max: null, allows_not_out: false })
    for (const result of [scale, map]) expect(result.ok && questionBody.safeParse(result.body).success).toBe(true)
  })

  it('keeps a question’s own scale when it is changed', () => {
    const question: SurveyQuestion = { id: 1, position: 3, kind: 'scale', text_sv: 'Trygg?', text_en: 'Safe?', scale_max: 10, allows_not_out: false, answered: false }
    expect(formFromQuestion(question)).toMatchObject({ position: '3', scaleMax: '10', textEn: 'Safe?' })
  })

  it('names a missing Swedish text', () => {
    expect(questionBodyFrom(emptyQuestionForm(2))).toEqual({ ok: false, problems: [{ field: 'text_sv', key: 'questionTextMissing' }] })
  })
})

describe('the activity form', () => {
  it('is dated today and needs a title', () => {
    expect(activityBodyFrom(emptyActivityForm('2026-11-20'))).toEqual({ ok: false, problems: [{ field: 'title', key: 'activityTitleMissing' }] })
    const result = activityBodyFrom({ ...emptyActivityForm('2026-11-20'), title: 'Polisen närvarande i centrum fredag kväll' })
    expect(result).toEqual({ ok: true, body: { happened_on: '2026-11-20', title: 'Polisen närvarande i centrum fredag kväll', description: '' } })
    expect(result.ok && activityBody.safeParse(result.body).success).toBe(true)
  })
})
