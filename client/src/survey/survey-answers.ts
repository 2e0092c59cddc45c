/**
 * A resident's answers as they are being given, and the body the server takes. Questions may be
 * skipped, so only the ones answered are sent; the server's problems name an answer by its place
 * in what was sent ('answers.2.mark'), which is turned back into the question it belongs to.
 */
import type { PointGeometry } from '../../../server/shared/api/report-schemas.ts'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { ApiError } from '../data/api-client.ts'
import type { ApiFieldProblem } from '../data/api-client.ts'
import type { Translate } from '../features/translate.ts'
import type { FormProblem } from '../forms/form-problems.ts'

/** What is chosen for one question; a question left alone has an empty draft. */
export interface AnswerDraft {
  /** A value on the scale, or "I don't go out". */
  scale?: number | 'not_out'
  yes?: boolean
  text?: string
  /** [lon, lat] of the marked place. */
  mark?: [number, number]
}

export type AnswerDrafts = Readonly<Record<number, AnswerDraft | undefined>>

/** One answer as the server takes it: the question and exactly one value. */
export interface AnswerBody {
  question_id: number
  scale_value?: number
  not_out?: true
  yes?: boolean
  free_text?: string
  mark?: PointGeometry
}

export interface ResponseBodyDraft {
  answers: AnswerBody[]
  /** The honeypot: empty unless a bot filled it in. */
  website: string
}

/** The form's name for a question's field; its first input has the id `survey-q-<id>`. */
export const questionField = (questionId: number) => `q-${questionId}`

/** The question's answer for the server, or null when it was skipped. */
export function answerFor(question: SurveyQuestion, draft: AnswerDraft | undefined): AnswerBody | null {
  if (!draft) return null
  const question_id = question.id
  switch (question.kind) {
    case 'scale':
      if (draft.scale === 'not_out') return question.allows_not_out ? { question_id, not_out: true } : null
      return draft.scale === undefined ? null : { question_id, scale_value: draft.scale }
    case 'yes_no':
      return draft.yes === undefined ? null : { question_id, yes: draft.yes }
    case 'free_text': {
      // Only spaces is no answer at all.
      const text = draft.text?.trim() ?? ''
      return text === '' ? null : { question_id, free_text: text }
    }
    case 'map_mark':
      return draft.mark ? { question_id, mark: { type: 'Point', coordinates: draft.mark } } : null
  }
}

/** The answers given, in the order of the questions. */
export function buildAnswers(questions: readonly SurveyQuestion[], drafts: AnswerDrafts): AnswerBody[] {
  return questions.map((question) => answerFor(question, drafts[question.id])).filter((answer): answer is AnswerBody => answer !== null)
}

/** Problems found before sending: none answered. The server says the same, but why wait for it. */
export function draftProblems(answers: readonly AnswerBody[], t: Translate): FormProblem[] {
  return answers.length === 0 ? [{ field: null, message: t('survey.form.noAnswers') }] : []
}

const answerPath = /^answers\.(\d+)(?:\.|$)/

/**
 * The server's error with its fields renamed from the sent answers to the questions
 * ('answers.2.mark' → 'q-<id of the third answer sent>'); a problem about the answers as a whole
 * ('answers') belongs to the whole form.
 */
export function renameAnswerFields(error: unknown, sent: readonly AnswerBody[]): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error
  const fields = error.fields.map((problem): ApiFieldProblem => {
    if (problem.field === 'answers') return { ...problem, field: '' }
    const match = answerPath.exec(problem.field)
    const answer = match ? sent[Number(match[1])] : undefined
    return answer ? { ...problem, field: questionField(answer.question_id) } : problem
  })
  return new ApiError(error.status, error.code, error.messageEn, error.messageSv, fields, error.retryAfterSeconds, error.requestId)
}

/** The question's text in the page's language; English falls back to the Swedish wording. */
export function questionText(question: Pick<SurveyQuestion, 'text_sv' | 'text_en'>, language: string): string {
  return language === 'en' && question.text_en.trim() !== '' ? question.text_en : question.text_sv
}
