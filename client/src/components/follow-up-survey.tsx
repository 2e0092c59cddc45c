import { useTranslation } from 'react-i18next'
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { AppLink } from '../routing/app-link.tsx'
import { surveyAddress } from '../survey/survey-address.ts'
import { fetchSurveyResults } from '../survey/survey-api.ts'
import { formatCount } from '../survey/survey-numbers.ts'
import { questionsInOrder, totalResponses } from '../survey/survey-results.ts'
import { useLoaded } from '../survey/use-loaded.ts'
import { FollowUpMarks } from './follow-up-marks.tsx'
import { FollowUpQuestion } from './follow-up-question.tsx'
import { FollowUpTable } from './follow-up-table.tsx'

/** One website survey's results: the answers per year, each question's chart, the marked places. */
export function FollowUpSurvey({ survey }: { survey: SurveySummary }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const loaded = useLoaded(`survey:${survey.id}`, (signal) => fetchSurveyResults(survey.id, signal))
  const headingId = `fu-survey-${survey.id}`

  return (
    <section className="fu-survey" aria-labelledby={headingId}>
      <h3 id={headingId} className="fu-survey__heading">
        {survey.title}
      </h3>
      {survey.open && (
        <p className="fu-survey__open">
          {t('survey.results.surveyOpen')} <AppLink to={surveyAddress(pagePaths.survey, survey.id)}>{t('survey.results.answerLink')}</AppLink>
        </p>
      )}
      <div role="status" className="status-region">
        {loaded.status === 'loading' && <p>{t('survey.results.loading')}</p>}
      </div>
      {loaded.status === 'failed' && <p className="message message--error">{t('survey.results.loadError', { message: errorMessage(loaded.error, context) })}</p>}
      {loaded.status === 'done' && loaded.data.years.length === 0 && <p className="fu-survey__none">{t('survey.results.noAnswers')}</p>}
      {loaded.status === 'done' && loaded.data.years.length > 0 && (
        <>
          <p className="fu-survey__total">{t('survey.results.responses', { count: totalResponses(loaded.data) })}</p>
          <FollowUpTable
            folded={false}
            caption={t('survey.results.responsesCaption', { title: survey.title })}
            columns={[t('survey.results.year'), t('survey.results.responsesColumn')]}
            rows={loaded.data.years.map((year) => ({ key: year.year, head: String(year.year), cells: [formatCount(year.responses, context)] }))}
          />
          <div className="fu-survey__questions">
            {questionsInOrder(loaded.data.questions).map((question, index) => (
              <FollowUpQuestion key={question.id} results={loaded.data} question={question} number={index + 1} />
            ))}
          </div>
          {loaded.data.questions.some((question) => question.kind === 'map_mark') && <FollowUpMarks surveyId={survey.id} years={loaded.data.years.map((year) => year.year)} />}
        </>
      )}
    </section>
  )
}
