import type { SurveyForm, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { fetchOpenSurveys, fetchSurveyForm } from './survey-api.ts'
import { useLoaded } from './use-loaded.ts'
import type { Loaded } from './use-loaded.ts'

export interface SurveyToAnswer {
  /** Null: no survey is open today. */
  form: SurveyForm | null
  /** Other surveys open today, offered as links. */
  others: SurveySummary[]
}

/** The survey the address names, or the first one open today. */
export function useSurveyForm(surveyId: number | null): Loaded<SurveyToAnswer> {
  return useLoaded(surveyId === null ? 'open' : `id:${surveyId}`, async (signal) => {
    if (surveyId !== null) return { form: await fetchSurveyForm(surveyId, signal), others: [] }
    const [first, ...others] = await fetchOpenSurveys(signal)
    if (!first) return { form: null, others: [] }
    return { form: await fetchSurveyForm(first.id, signal), others }
  })
}
