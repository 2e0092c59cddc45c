import { useTranslation } from 'react-i18next'
import type { SurveyForm, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { todayInSweden } from '../../../server/today.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { readPaths } from '../promise-editing/editing-api.ts'
import { surveyState } from '../promise-editing/survey-state.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { AppLink } from '../routing/app-link.tsx'
import { useSession } from '../session/session-context.ts'
import { EditingFreeTexts } from './editing-free-texts.tsx'
import { EditingQuestionList } from './editing-question-list.tsx'
import { EditingSurveyForm } from './editing-survey-form.tsx'

export const surveyEditId = (survey: SurveySummary) => `pe-survey-${survey.id}-edit`

interface EditingSurveyCardProps {
  survey: SurveySummary
  periodPublished: boolean
  editing: boolean
  onEdit(): void
  onSaved(survey: SurveySummary): void
  onCancel(): void
  /** Reads the period's surveys again (their response counts) and says what happened. */
  onChanged(message: string): Promise<void>
}

/**
 * One survey: whether it takes answers, how many came in, links to the survey and its results as
 * the public sees them, its questions, and the free-text answers for staff.
 */
export function EditingSurveyCard({ survey, periodPublished, editing, onEdit, onSaved, onCancel, onChanged }: EditingSurveyCardProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const form = useApiGet<SurveyForm>(call, readPaths.survey(survey.id))
  const questions = form.data?.questions ?? null
  const locale = intlLocales[context.language]
  const headingId = `pe-survey-${survey.id}-heading`
  const opens = formatDate(survey.opens_on, locale)
  const dates = survey.closes_on
    ? t('promiseEditing.surveys.dates', { opens, closes: formatDate(survey.closes_on, locale) })
    : t('promiseEditing.surveys.datesOpenEnded', { opens })

  const state = surveyState(survey, todayInSweden())

  const questionsChanged = async (message: string) => {
    await Promise.all([form.refresh(), onChanged(message)])
  }

  return (
    <article className="pe-promise pe-survey" aria-labelledby={headingId}>
      <h3 id={headingId} className="pe-promise__heading">
        {survey.title}
      </h3>
      {editing ? (
        <EditingSurveyForm periodId={survey.period_id} survey={survey} onSaved={(saved) => onSaved(saved)} onCancel={onCancel} />
      ) : (
        <>
          <p className="pe-status__line">
            <span className={`pe-tag pe-tag--${state === 'open' ? 'published' : state === 'upcoming' ? 'draft' : 'closed'}`}>{t(`promiseEditing.surveys.states.${state}`)}</span>
            <span>{dates}</span>
            <span className="pe-survey__count">{t('promiseEditing.surveys.responses', { count: survey.responses })}</span>
          </p>
          {survey.introduction && <p className="pe-item__text">{survey.introduction}</p>}
          <ul className="pe-links">
            <li>
              <AppLink to={`${pagePaths.survey}?id=${survey.id}`}>{t('promiseEditing.surveys.publicLink')}</AppLink>
            </li>
            <li>
              <AppLink to={`${pagePaths.promises}?period=${survey.period_id}`}>{t('promiseEditing.surveys.resultsLink')}</AppLink>
            </li>
          </ul>
          {!periodPublished && <p className="pe-note">{t('promiseEditing.surveys.draftPeriodNote')}</p>}
          <div className="pe-item__actions">
            <button id={surveyEditId(survey)} type="button" className="button button--secondary button--small" onClick={onEdit}>
              {t('promiseEditing.surveys.editSurvey')}
              <span className="visually-hidden"> {survey.title}</span>
            </button>
          </div>
        </>
      )}
      <div role="status" className="status-region">
        {!questions && form.error === null && <p>{t('promiseEditing.questions.loading')}</p>}
      </div>
      {form.error !== null && (
        <p role="alert" className="message message--error">
          {t('promiseEditing.questions.loadError', { message: errorMessage(form.error, context) })}
        </p>
      )}
      {questions && <EditingQuestionList survey={survey} questions={questions} onChanged={questionsChanged} />}
      {questions && questions.some((question) => question.kind === 'free_text') && <EditingFreeTexts survey={survey} questions={questions} />}
    </article>
  )
}
