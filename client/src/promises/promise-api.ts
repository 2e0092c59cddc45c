/** The public reads of the promises page; no login, so they go straight to `apiRequest`. */
import type { PeriodSummary, PromiseActivity, PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { apiRequest } from '../data/api-client.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const fetchPeriods = async (signal?: AbortSignal) =>
  (await apiRequest<{ periods: PeriodSummary[] }>('GET', '/api/promise-periods', { signal })).periods

export const fetchPromisePage = (periodId: number, signal?: AbortSignal) =>
  apiRequest<PromisePage>('GET', `/api/promise-periods/${id(periodId)}`, { signal })

/** Every activity of a promise, newest first. */
export const fetchActivities = async (promiseId: number, signal?: AbortSignal) =>
  (await apiRequest<{ activities: PromiseActivity[] }>('GET', `/api/promises/${id(promiseId)}/activities`, { signal })).activities

export const fetchOpenSurveys = async (signal?: AbortSignal) =>
  (await apiRequest<{ surveys: SurveySummary[] }>('GET', '/api/surveys/open', { signal })).surveys
