import { describe, expect, it } from 'vitest'
import type { SurveyQuestion } from '../shared/api/survey-schemas.ts'
import { questionResult } from './survey-results.ts'

const question = (kind: SurveyQuestion['kind'], scaleMax: number | null = null): SurveyQuestion => ({
  id: 7,
  position: 1,
  kind,
  text_sv: 'Fråga',
  text_en: '',
  scale_max: scaleMax,
  allows_not_out: scaleMax !== null,
  answered: true,
})

describe('questionResult', () => {
  it('gives a scale its counts per value and a mean without "I don\'t go out"', () => {
    const result = questionResult(question('scale', 5), [
      { answer: '1', count: 2 },
      { answer: '5', count: 2 },
      { answer: 'not_out', count: 3 },
    ])
    expect(result).toEqual({ question_id: 7, answers: 7, mean: 3, counts: [2, 0, 0, 0, 2], not_out: 3 })
  })

  it('has no mean when everyone said they do not go out', () => {
    expect(questionResult(question('scale', 5), [{ answer: 'not_out', count: 4 }]).mean).toBeNull()
  })

  it('counts yes and no, and only the number of answers for free text and marks', () => {
    expect(questionResult(question('yes_no'), [{ answer: 'yes', count: 3 }])).toEqual({ question_id: 7, answers: 3, yes: 3, no: 0 })
    expect(questionResult(question('map_mark'), [{ answer: 'map_mark', count: 5 }])).toEqual({ question_id: 7, answers: 5 })
  })
})
