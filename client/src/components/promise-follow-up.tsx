import { useTranslation } from 'react-i18next'
import type { PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { useOpenSurvey } from '../promises/use-open-survey.ts'
import { AppLink } from '../routing/app-link.tsx'
import { FollowUpSection } from './follow-up-section.tsx'
import { PromiseText } from './promise-text.tsx'

/** How the promise is followed up, the survey to answer while it is open, and the results so far. */
export function PromiseFollowUp({ period, municipalityName }: { period: PromisePeriod; municipalityName: string | null }) {
  const { t } = useTranslation()
  const survey = useOpenSurvey(period.id)
  return (
    <section className="pp-section pp-follow-up" aria-labelledby="pp-follow-up-heading">
      <h2 id="pp-follow-up-heading" className="pp-section__heading">
        {t('promises.followUp.heading')}
      </h2>
      <PromiseText text={period.follow_up} />
      {survey && (
        <div className="pp-survey pp-no-print">
          <p>{t('promises.followUp.surveyOpen', { title: survey.title })}</p>
          <AppLink to={`${pagePaths.survey}?id=${survey.id}`} className="button-link">
            {t('promises.followUp.survey')}
          </AppLink>
        </div>
      )}
      <FollowUpSection periodId={period.id} municipalityCode={period.municipality_code} municipalityName={municipalityName} />
    </section>
  )
}
