import { describe, expect, it } from 'vitest'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { ApiError } from '../data/api-client.ts'
import { problemsFromError } from '../forms/form-problems.ts'
import { answerFor, buildAnswers, draftProblems, questionField, questionText, renameAnswerFields } from './survey-answers.ts'

const question = (id: number, kind: SurveyQuestion['kind'], extra: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  id,
  position: id,
  kind,
  text_sv: `Fråga ${id}`,
  text_en: '',
  scale_max: kind === 'scale' ? 5 : null,
  allows_not_out: false,
  answered: false,
  ...extra,
})

const questions = [
  question(11, 'scale', { allows_not_out: true }),
  question(12, 'scale'),
  question(13, 'yes_no'),
  question(14, 'free_text'),
  question(15, 'map_mark'),
]

describe('the answers sent', () => {
  it('hold one value per answered question, in the questions’ order', () => {
    const answers = buildAnswers(questions, {
      15: { mark: [14.1, 59.3] },
      11: { scale: 4 },
      13: { yes: false },
      14: { text: '  Mörkt vid stationen  ' },
    })
    expect(answers).toEqual([
      { question_id: 11, scale_value: 4 },
      { question_id: 13, yes: false },
      { question_id: 14, free_text: 'Mörkt vid stationen' },
      { question_id: 15, mark: { type: 'Point', coordinates: [14.1, 59.3] } },
    ])
  })

  it('send "I don’t go out" only where the question offers it', () => {
    expect(answerFor(questions[0]!, { scale: 'not_out' })).toEqual({ question_id: 11, not_out: true })
    expect(answerFor(questions[1]!, { scale: 'not_out' })).toBeNull()
  })

  it('leave out skipped questions and blank text', () => {
    expect(buildAnswers(questions, { 14: { text: '   ' }, 15: {} })).toEqual([])
    expect(draftProblems([], (key) => key)).toEqual([{ field: null, message: 'survey.form.noAnswers' }])
    expect(draftProblems([{ question_id: 13, yes: true }], (key) => key)).toEqual([])
  })
})

describe('the server’s problems', () => {
  const sent = [
    { question_id: 11, scale_value: 9 },
    { question_id: 15, mark: { type: 'Point' as const, coordinates: [11.9, 57.7] as [number, number] } },
  ]
  const refused = new ApiError(400, 'invalid_input', 'The data is not valid.', 'Uppgifterna är inte giltiga.', [
    { field: 'answers.0.scale_value', message: 'Choose 1 to 5.', message_sv: 'Välj 1 till 5.' },
    { field: 'answers.1.mark', message: 'Outside the municipality.', message_sv: 'Utanför kommunen.' },
    { field: 'answers', message: 'Answer at least one question.', message_sv: 'Svara på minst en fråga.' },
  ])
  const fields = questions.map((item) => questionField(item.id))

  it('land at the question each answer belongs to', () => {
    const renamed = renameAnswerFields(refused, sent)
    expect(problemsFromError(renamed, { t: (key) => key, language: 'sv' }, { fields })).toEqual([
      { field: 'q-11', message: 'Välj 1 till 5.' },
      { field: 'q-15', message: 'Utanför kommunen.' },
      { field: null, message: 'Svara på minst en fråga.' },
    ])
  })

  it('keep other errors as they are', () => {
    const closed = new ApiError(409, 'survey_closed', 'Closed.', 'Stängd.')
    expect(renameAnswerFields(closed, sent)).toBe(closed)
    const strange = new ApiError(400, 'invalid_input', '', '', [{ field: 'answers.7.yes', message: 'x', message_sv: 'x' }])
    expect((renameAnswerFields(strange, sent) as ApiError).fields[0]?.field).toBe('answers.7.yes')
  })
})

describe('a question’s text', () => {
  it('is English when there is English, otherwise Swedish', () => {
    expect(questionText({ text_sv: 'Trygg?', text_en: 'Safe?' }, 'en')).toBe('Safe?')
    expect(questionText({ text_sv: 'Trygg?', text_en: ' ' }, 'en')).toBe('Trygg?')
    expect(questionText({ text_sv: 'Trygg?', text_en: 'Safe?' }, 'sv')).toBe('Trygg?')
  })
})
