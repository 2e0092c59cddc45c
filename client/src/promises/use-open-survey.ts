import { useEffect, useState } from 'react'
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { fetchOpenSurveys } from './promise-api.ts'

/**
 * The survey of this period that takes answers today, if any. A failure only means no link to
 * the survey is offered: the promises themselves do not depend on it.
 */
export function useOpenSurvey(periodId: number | null): SurveySummary | null {
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    fetchOpenSurveys(controller.signal).then(setSurveys, () => undefined)
    return () => controller.abort()
  }, [])
  return surveys?.find((survey) => survey.period_id === periodId && survey.open) ?? null
}
