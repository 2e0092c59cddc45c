/**
 * The staff API of the editing screen. Every call takes the session's `call` (CSRF token on
 * writes, an ended session noticed), reads too: staff see draft periods and their surveys,
 * which the public does not.
 */
import type {
  ActivityBody,
  IndicatorBody,
  PeriodBody,
  PeriodUpdateBody,
  PeriodSummary,
  PromiseActivity,
  PromiseBody,
  PromisePeriod,
} from '../../../server/shared/api/promise-schemas.ts'
import type {
  ExternalFigure,
  ExternalFigureBody,
  QuestionBody,
  SurveyBody,
  SurveyQuestion,
  SurveySummary,
} from '../../../server/shared/api/survey-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

const id = (value: number) => encodeURIComponent(String(value))

/** The GET paths the screen loads (see use-api-get.ts); each answer's type is beside it. */
export const readPaths = {
  /** { periods: PeriodSummary[] }, newest first. */
  periods: '/api/promise-periods',
  /** PromisePage */
  period: (periodId: number) => `/api/promise-periods/${id(periodId)}`,
  /** { activities: PromiseActivity[] }, newest first. */
  activities: (promiseId: number) => `/api/promises/${id(promiseId)}/activities`,
  /** { surveys: SurveySummary[] } */
  surveys: (periodId: number) => `/api/surveys?period_id=${id(periodId)}`,
  /** SurveyForm: the survey with its questions. */
  survey: (surveyId: number) => `/api/surveys/${id(surveyId)}`,
  /** { answers: FreeTextAnswer[] }, staff only. */
  freeTexts: (surveyId: number) => `/api/surveys/${id(surveyId)}/free-texts`,
  /** { figures: ExternalFigure[] } */
  figures: '/api/external-figures',
}

export type PeriodList = { periods: PeriodSummary[] }

export const createPeriod = (call: ApiCall, body: PeriodBody) => call<PromisePeriod>('POST', '/api/promise-periods', body)
export const updatePeriod = (call: ApiCall, periodId: number, body: PeriodUpdateBody) => call<PromisePeriod>('PUT', `/api/promise-periods/${id(periodId)}`, body)
export const publishPeriod = (call: ApiCall, periodId: number) => call<PromisePeriod>('POST', `/api/promise-periods/${id(periodId)}/publish`)

/** The server answers the promise's row; the screen reloads the period for its progress. */
export const createPromise = (call: ApiCall, periodId: number, body: PromiseBody) =>
  call<{ id: number }>('POST', `/api/promise-periods/${id(periodId)}/promises`, body)
export const updatePromise = (call: ApiCall, promiseId: number, body: PromiseBody) => call<{ id: number }>('PUT', `/api/promises/${id(promiseId)}`, body)
export const deletePromise = (call: ApiCall, promiseId: number) => call<void>('DELETE', `/api/promises/${id(promiseId)}`)

export const createIndicator = (call: ApiCall, promiseId: number, body: IndicatorBody) =>
  call<{ id: number }>('POST', `/api/promises/${id(promiseId)}/indicators`, body)
export const updateIndicator = (call: ApiCall, indicatorId: number, body: IndicatorBody) =>
  call<{ id: number }>('PUT', `/api/promise-indicators/${id(indicatorId)}`, body)
export const deleteIndicator = (call: ApiCall, indicatorId: number) => call<void>('DELETE', `/api/promise-indicators/${id(indicatorId)}`)

export const createActivity = (call: ApiCall, promiseId: number, body: ActivityBody) =>
  call<PromiseActivity>('POST', `/api/promises/${id(promiseId)}/activities`, body)
export const deleteActivity = (call: ApiCall, activityId: number) => call<void>('DELETE', `/api/promise-activities/${id(activityId)}`)

export const createSurvey = (call: ApiCall, periodId: number, body: SurveyBody) =>
  call<SurveySummary>('POST', `/api/promise-periods/${id(periodId)}/surveys`, body)
export const updateSurvey = (call: ApiCall, surveyId: number, body: SurveyBody) => call<SurveySummary>('PUT', `/api/surveys/${id(surveyId)}`, body)

export const createQuestion = (call: ApiCall, surveyId: number, body: QuestionBody) =>
  call<SurveyQuestion>('POST', `/api/surveys/${id(surveyId)}/questions`, body)
export const updateQuestion = (call: ApiCall, questionId: number, body: QuestionBody) =>
  call<SurveyQuestion>('PUT', `/api/survey-questions/${id(questionId)}`, body)
export const deleteQuestion = (call: ApiCall, questionId: number) => call<void>('DELETE', `/api/survey-questions/${id(questionId)}`)

export const createFigure = (call: ApiCall, body: ExternalFigureBody) => call<ExternalFigure>('POST', '/api/external-figures', body)
export const updateFigure = (call: ApiCall, figureId: number, body: ExternalFigureBody) => call<ExternalFigure>('PUT', `/api/external-figures/${id(figureId)}`, body)
export const deleteFigure = (call: ApiCall, figureId: number) => call<void>('DELETE', `/api/external-figures/${id(figureId)}`)
