import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { readPaths } from '../promise-editing/editing-api.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { useSession } from '../session/session-context.ts'
import { EditingSurveyCard, surveyEditId } from './editing-survey-card.tsx'
import { EditingSurveyForm, surveyFormId } from './editing-survey-form.tsx'

const addId = 'pe-survey-add'
const headingId = 'pe-surveys-heading'

interface EditingSurveyListProps {
  periodId: number
  periodPublished: boolean
  announce(message: string): void
}

/** The period's website surveys, newest first, each with its questions; a new one is created here. */
export function EditingSurveyList({ periodId, periodPublished, announce }: EditingSurveyListProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const list = useApiGet<{ surveys: SurveySummary[] }>(call, readPaths.surveys(periodId))
  const surveys = list.data?.surveys ?? null
  const [open, setOpen] = useState<number | 'new' | null>(null)

  const changed = async (message: string) => {
    await list.refresh()
    announce(message)
  }
  const start = (survey: SurveySummary | null) => {
    setOpen(survey ? survey.id : 'new')
    focusSoon(`${surveyFormId(survey)}-title`)
  }
  const close = (survey: SurveySummary | null) => {
    setOpen(null)
    focusSoon(survey ? surveyEditId(survey) : addId)
  }
  const saved = async (survey: SurveySummary, created: boolean) => {
    setOpen(null)
    await changed(t(created ? 'promiseEditing.surveys.created' : 'promiseEditing.surveys.saved', { title: survey.title }))
    // A new survey's first step is its questions.
    focusSoon(created ? `pe-question-add-${survey.id}` : surveyEditId(survey))
  }

  return (
    <section className="pe-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('promiseEditing.surveys.heading')}</h2>
      <p className="pe-part__intro">{t('promiseEditing.surveys.intro')}</p>
      <div role="status" className="status-region">
        {!surveys && list.error === null && <p>{t('promiseEditing.surveys.loading')}</p>}
      </div>
      {list.error !== null && (
        <p role="alert" className="message message--error">
          {t('promiseEditing.surveys.loadError', { message: errorMessage(list.error, context) })}
        </p>
      )}
      {surveys && surveys.length === 0 && <p className="pe-empty">{t('promiseEditing.surveys.none')}</p>}
      {open === 'new' ? (
        <EditingSurveyForm periodId={periodId} survey={null} onSaved={(survey) => void saved(survey, true)} onCancel={() => close(null)} />
      ) : (
        <p>
          <button id={addId} type="button" className="button" onClick={() => start(null)}>
            {t('promiseEditing.surveys.add')}
          </button>
        </p>
      )}
      {surveys?.map((survey) => (
        <EditingSurveyCard
          key={survey.id}
          survey={survey}
          periodPublished={periodPublished}
          editing={open === survey.id}
          onEdit={() => start(survey)}
          onSaved={(next) => void saved(next, false)}
          onCancel={() => close(survey)}
          onChanged={changed}
        />
      ))}
    </section>
  )
}
