/**
 * The survey's public API. Reads go straight to `apiRequest` (no session needed); the answer takes
 * the session's `call`, which sends the CSRF token when a staff member happens to be logged in.
 * The one-answer-per-browser cookie is the server's: a same-origin fetch sends it by itself.
 */
import type {
  ExternalFigure,
  MarkCells,
  SurveyForm,
  SurveyResults,
  SurveySummary,
} from '../../../server/shared/api/survey-schemas.ts'
import { apiRequest } from '../data/api-client.ts'
import type { ApiCall } from '../data/staff-api.ts'
import type { ResponseBodyDraft } from './survey-answers.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const fetchOpenSurveys = async (signal?: AbortSignal) =>
  (await apiRequest<{ surveys: SurveySummary[] }>('GET', '/api/surveys/open', { signal })).surveys

export const fetchSurveyForm = (surveyId: number, signal?: AbortSignal) => apiRequest<SurveyForm>('GET', `/api/surveys/${id(surveyId)}`, { signal })

export const sendSurveyResponse = (call: ApiCall, surveyId: number, body: ResponseBodyDraft) =>
  call<{ received: true }>('POST', `/api/surveys/${id(surveyId)}/responses`, body)

export const fetchPeriodSurveys = async (periodId: number, signal?: AbortSignal) =>
  (await apiRequest<{ surveys: SurveySummary[] }>('GET', `/api/surveys?period_id=${id(periodId)}`, { signal })).surveys

export const fetchSurveyResults = (surveyId: number, signal?: AbortSignal) =>
  apiRequest<SurveyResults>('GET', `/api/surveys/${id(surveyId)}/results`, { signal })

/** The marks of the survey's map questions in 100 m squares; one year, or all when `year` is null. */
export const fetchMarkCells = (surveyId: number, year: number | null, signal?: AbortSignal) =>
  apiRequest<MarkCells>('GET', `/api/surveys/${id(surveyId)}/marks${year === null ? '' : `?year=${id(year)}`}`, { signal })

/** One municipality's SCB and NTU figures, or every municipality's when `municipalityCode` is left out. */
export const fetchExternalFigures = async (signal?: AbortSignal, municipalityCode?: string) =>
  (await apiRequest<{ figures: ExternalFigure[] }>('GET', `/api/external-figures${municipalityCode ? `?kommun=${encodeURIComponent(municipalityCode)}` : ''}`, { signal }))
    .figures
