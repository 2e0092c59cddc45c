/** The survey form and the question form: what they hold, and the bodies the server takes. */
import type { QuestionBody, QuestionKind, SurveyBody, SurveyQuestion, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { DEFAULT_SCALE_MAX } from './editing-options.ts'
import { bodyOrProblems } from './form-result.ts'
import type { BodyResult, ProblemKey } from './form-result.ts'
import { parseNumberText } from './number-text.ts'

export interface SurveyForm {
  title: string
  introduction: string
  opensOn: string
  /** '' keeps the survey open until a last day is set. */
  closesOn: string
}

export interface QuestionForm {
  position: string
  kind: QuestionKind
  textSv: string
  textEn: string
  /** Only used for a scale; kept while another kind is chosen, so switching back loses nothing. */
  scaleMax: string
  allowsNotOut: boolean
}

export const emptySurveyForm = (today: string): SurveyForm => ({ title: '', introduction: '', opensOn: today, closesOn: '' })

export const formFromSurvey = (survey: SurveySummary): SurveyForm => ({
  title: survey.title,
  introduction: survey.introduction,
  opensOn: survey.opens_on,
  closesOn: survey.closes_on ?? '',
})

export const emptyQuestionForm = (position: number): QuestionForm => ({
  position: String(position),
  kind: 'scale',
  textSv: '',
  textEn: '',
  scaleMax: String(DEFAULT_SCALE_MAX),
  allowsNotOut: false,
})

export const formFromQuestion = (question: SurveyQuestion): QuestionForm => ({
  position: String(question.position),
  kind: question.kind,
  textSv: question.text_sv,
  textEn: question.text_en,
  scaleMax: String(question.scale_max ?? DEFAULT_SCALE_MAX),
  allowsNotOut: question.allows_not_out,
})

export function surveyBodyFrom(form: SurveyForm): BodyResult<SurveyBody> {
  const problems: ProblemKey[] = []
  const title = form.title.trim()
  if (title === '') problems.push({ field: 'title', key: 'titleMissing' })
  if (form.opensOn === '') problems.push({ field: 'opens_on', key: 'dateMissing' })
  return bodyOrProblems(problems, () => ({
    title,
    introduction: form.introduction.trim(),
    opens_on: form.opensOn,
    closes_on: form.closesOn === '' ? null : form.closesOn,
  }))
}

/** The top of the scale and "I don't go out" belong to a scale only; another kind sends neither. */
export function questionBodyFrom(form: QuestionForm): BodyResult<QuestionBody> {
  const problems: ProblemKey[] = []
  const position = parseNumberText(form.position, { integer: true })
  if (position === null) problems.push({ field: 'position', key: 'positionMissing' })
  else if (position === undefined) problems.push({ field: 'position', key: 'positionNotNumber' })
  const textSv = form.textSv.trim()
  if (textSv === '') problems.push({ field: 'text_sv', key: 'questionTextMissing' })
  const scale = form.kind === 'scale'
  const scaleMax = scale ? parseNumberText(form.scaleMax, { integer: true }) : null
  if (scale && scaleMax === null) problems.push({ field: 'scale_max', key: 'scaleMaxMissing' })
  else if (scale && scaleMax === undefined) problems.push({ field: 'scale_max', key: 'scaleMaxNotNumber' })
  return bodyOrProblems(problems, () => ({
    position: position ?? 0,
    kind: form.kind,
    text_sv: textSv,
    text_en: form.textEn.trim(),
    scale_max: scale ? (scaleMax ?? null) : null,
    allows_not_out: scale && form.allowsNotOut,
  }))
}
