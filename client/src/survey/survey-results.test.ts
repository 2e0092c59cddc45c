import { describe, expect, it } from 'vitest'
import type { SurveyQuestion, SurveyResults } from '../../../server/shared/api/survey-schemas.ts'
import { questionRows, questionsInOrder, totalResponses } from './survey-results.ts'

const scale: SurveyQuestion = { id: 1, position: 2, kind: 'scale', text_sv: 'Trygg?', text_en: '', scale_max: 5, allows_not_out: true, answered: true }
const yesNo: SurveyQuestion = { id: 2, position: 1, kind: 'yes_no', text_sv: 'Ut?', text_en: '', scale_max: null, allows_not_out: false, answered: true }

const results: SurveyResults = {
  survey: { id: 9, period_id: 1, title: 'Enkät', introduction: '', opens_on: '2025-01-01', closes_on: null, open: true, responses: 14 },
  questions: [scale, yesNo],
  years: [
    { year: 2025, responses: 10, questions: [{ question_id: 1, answers: 8, mean: 3.25, counts: [1, 1, 2, 1, 1], not_out: 2 }, { question_id: 2, answers: 10, yes: 7, no: 3 }] },
    // Nobody answered the scale in 2026.
    { year: 2026, responses: 4, questions: [{ question_id: 2, answers: 4, yes: 1, no: 3 }] },
  ],
}

describe('the results per question', () => {
  it('give the mean and the share not going out per year', () => {
    const rows = questionRows(results, scale)
    expect(rows.map((row) => [row.year, row.responses, row.answers, row.mean, row.notOut, row.notOutShare])).toEqual([
      [2025, 10, 8, 3.25, 2, 25],
      [2026, 4, 0, null, 0, null],
    ])
  })

  it('give the share of yes among yes and no', () => {
    expect(questionRows(results, yesNo).map((row) => row.yesShare)).toEqual([70, 25])
    // A yes/no question has no "I don't go out".
    expect(questionRows(results, yesNo)[0]?.notOutShare).toBeNull()
  })

  it('order the questions and count the sheets', () => {
    expect(questionsInOrder(results.questions).map((question) => question.id)).toEqual([2, 1])
    expect(totalResponses(results)).toBe(14)
  })
})
