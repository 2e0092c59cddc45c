import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FreeTextAnswer, SurveyQuestion, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { readPaths } from '../promise-editing/editing-api.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { useSession } from '../session/session-context.ts'
import { EditingFreeTextGroup } from './editing-free-text-group.tsx'

interface EditingFreeTextsProps {
  survey: SurveySummary
  questions: readonly SurveyQuestion[]
}

/**
 * The free-text answers, for staff only and folded away: they are never public and may hold what
 * should not be passed on. Fetched when opened, grouped by question, newest first, a page at a time.
 */
export function EditingFreeTexts({ survey, questions }: EditingFreeTextsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [open, setOpen] = useState(false)
  const loaded = useApiGet<{ answers: FreeTextAnswer[] }>(call, open ? readPaths.freeTexts(survey.id) : null)
  const answers = loaded.data?.answers ?? null
  const freeTextQuestions = questions.filter((question) => question.kind === 'free_text')

  return (
    <details className="pe-log" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="pe-log__summary">{t('promiseEditing.freeTexts.summary')}</summary>
      <div className="pe-log__body">
        <p className="pe-note">{t('promiseEditing.freeTexts.intro')}</p>
        <div role="status" className="status-region">
          {open && !answers && loaded.error === null && <p>{t('promiseEditing.freeTexts.loading')}</p>}
        </div>
        {loaded.error !== null && (
          <p role="alert" className="message message--error">
            {t('promiseEditing.freeTexts.loadError', { message: errorMessage(loaded.error, context) })}
          </p>
        )}
        {answers && answers.length === 0 && <p className="pe-empty">{t('promiseEditing.freeTexts.none')}</p>}
        {answers &&
          answers.length > 0 &&
          freeTextQuestions.map((question) => {
            const own = answers.filter((answer) => answer.question_id === question.id)
            return own.length > 0 && <EditingFreeTextGroup key={question.id} question={question} answers={own} />
          })}
      </div>
    </details>
  )
}
