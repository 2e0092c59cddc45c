import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { fetchPeriodSurveys } from '../survey/survey-api.ts'
import { useLoaded } from '../survey/use-loaded.ts'
import { FollowUpFigures } from './follow-up-figures.tsx'
import { FollowUpSurvey } from './follow-up-survey.tsx'

/**
 * The follow-up's results for a period: the website survey per year, SCB's and Brå's figures
 * beside it on their own scales, and the marked places as a density map. Each part loads and fails
 * on its own, so one missing answer does not hide the rest.
 */
export function FollowUpSection({ periodId, municipalityCode, municipalityName }: { periodId: number; municipalityCode: string; municipalityName: string | null }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const surveys = useLoaded(`period:${periodId}`, (signal) => fetchPeriodSurveys(periodId, signal))

  return (
    // Inside the promises page's follow-up section, under its heading: the parts here start at h3.
    <div className="fu" data-period={periodId}>
      <p className="fu-section__intro">{t('survey.results.intro')}</p>
      <p className="fu__scales">{t('survey.results.differentScales')}</p>

      <div role="status" className="status-region">
        {surveys.status === 'loading' && <p>{t('survey.results.loading')}</p>}
      </div>
      {surveys.status === 'failed' && <p className="message message--error">{t('survey.results.loadError', { message: errorMessage(surveys.error, context) })}</p>}
      {surveys.status === 'done' && surveys.data.length === 0 && <p className="fu__none">{t('survey.results.noSurveys')}</p>}
      {surveys.status === 'done' && surveys.data.map((survey) => <FollowUpSurvey key={survey.id} survey={survey} />)}

      <FollowUpFigures municipalityCode={municipalityCode} municipalityName={municipalityName} />
    </div>
  )
}
