/**
 * Whether a survey takes answers, in the three words staff need: open, not yet open (the server's
 * `open` is false before the first day too, and "closed" would then mislead), or closed.
 */
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'

export type SurveyState = 'open' | 'upcoming' | 'closed'

/** `today` is YYYY-MM-DD in Sweden, as the server counts days. */
export function surveyState(survey: Pick<SurveySummary, 'open' | 'opens_on'>, today: string): SurveyState {
  if (survey.open) return 'open'
  return survey.opens_on > today ? 'upcoming' : 'closed'
}
