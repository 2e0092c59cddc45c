import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveyForm as SurveyFormData } from '../../../server/shared/api/survey-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { todayInSweden } from '../../../server/today.ts'
import { SurveyForm } from '../components/survey-form.tsx'
import { SurveyPrivacy } from '../components/survey-privacy.tsx'
import { SurveyThanks } from '../components/survey-thanks.tsx'
import { ApiError } from '../data/api-client.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { surveyAddress, surveyIdFromSearch } from '../survey/survey-address.ts'
import { useSurveyForm } from '../survey/use-survey-form.ts'
import { useDocumentTitle } from './use-document-title.ts'

/**
 * A resident answers the follow-up survey, without logging in: the survey open today (or the one
 * `?id=` names), what happens to the answers, then the questions. Once this browser has answered,
 * the page thanks and points to the results instead.
 */
export function SurveyPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('survey.title'))
  const context = useFormatContext()
  const surveyId = surveyIdFromSearch(useSearch())
  const loaded = useSurveyForm(surveyId)
  // Answered while the page is open, per survey (another survey linked from here starts afresh).
  const [answered, setAnswered] = useState<{ surveyId: number; kind: 'sent' | 'already' } | null>(null)

  if (loaded.status === 'loading') {
    return (
      <div className="survey-page">
        <Heading text={t('survey.title')} />
        <p role="status">{t('survey.loading')}</p>
      </div>
    )
  }

  if (loaded.status === 'failed') {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404
    return (
      <div className="survey-page">
        <Heading text={t('survey.title')} />
        <p role="alert" className="message message--error">
          {missing ? t('survey.notFound') : t('survey.loadError', { message: errorMessage(loaded.error, context) })}
        </p>
        <ResultsLink />
      </div>
    )
  }

  const { form, others } = loaded.data
  if (!form) {
    return (
      <div className="survey-page">
        <Heading text={t('survey.title')} />
        <p className="survey-page__none">{t('survey.none')}</p>
        <p>{t('survey.noneResults')}</p>
        <ResultsLink />
      </div>
    )
  }

  const done = answered?.surveyId === form.survey.id ? answered.kind : form.already_answered ? 'already' : null
  if (done) {
    return (
      <div className="survey-page">
        <SurveyThanks kind={done} takeFocus={answered !== null} />
      </div>
    )
  }

  return (
    <div className="survey-page">
      <Heading text={form.survey.title} />
      <SurveyIntroduction form={form} />
      {others.length > 0 && (
        <nav className="survey-others" aria-labelledby="survey-others-heading">
          <h2 id="survey-others-heading" className="survey-others__heading">
            {t('survey.otherOpen')}
          </h2>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <AppLink to={surveyAddress(pagePaths.survey, other.id)}>{other.title}</AppLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {form.survey.open ? (
        <>
          <SurveyPrivacy />
          <SurveyForm form={form} onAnswered={(kind) => setAnswered({ surveyId: form.survey.id, kind })} />
        </>
      ) : (
        <>
          <p className="survey-page__none">{form.survey.opens_on > todayInSweden() ? t('survey.openFrom', { date: formatDate(form.survey.opens_on, intlLocales[context.language]) }) : t('survey.closed')}</p>
          <ResultsLink />
        </>
      )}
    </div>
  )
}

function Heading({ text }: { text: string }) {
  return (
    <h1 id={pageHeadingId} tabIndex={-1} className="survey-page__heading">
      {text}
    </h1>
  )
}

function SurveyIntroduction({ form }: { form: SurveyFormData }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const paragraphs = form.survey.introduction.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean)
  return (
    <div className="survey-page__intro">
      {paragraphs.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
      {form.survey.open && form.survey.closes_on && <p className="survey-page__until">{t('survey.openUntil', { date: formatDate(form.survey.closes_on, intlLocales[context.language]) })}</p>}
    </div>
  )
}

function ResultsLink() {
  const { t } = useTranslation()
  return (
    <p>
      <AppLink to={pagePaths.promises}>{t('survey.resultsLink')}</AppLink>
    </p>
  )
}
