import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveyQuestion, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { deleteQuestion } from '../promise-editing/editing-api.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { nextPosition } from '../promise-editing/form-result.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { EditingQuestionForm, questionFormId } from './editing-question-form.tsx'
import { EditingQuestionView } from './editing-question-view.tsx'

interface EditingQuestionListProps {
  survey: SurveySummary
  questions: readonly SurveyQuestion[]
  onChanged(message: string): Promise<void>
}

/**
 * A survey's questions in order. A question with answers is locked, with the reason beside it:
 * changing it would change what its answers mean. The others are changed in place or removed.
 */
export function EditingQuestionList({ survey, questions, onChanged }: EditingQuestionListProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const [open, setOpen] = useState<number | 'new' | null>(null)
  const headingId = `pe-questions-${survey.id}-heading`
  const addId = `pe-question-add-${survey.id}`
  const editId = (question: SurveyQuestion) => `pe-question-${question.id}-edit`

  const start = (question: SurveyQuestion | null) => {
    setOpen(question ? question.id : 'new')
    focusSoon(`${questionFormId(survey, question)}-position`)
  }
  const close = (question: SurveyQuestion | null) => {
    setOpen(null)
    focusSoon(question ? editId(question) : addId)
  }
  const saved = async (question: SurveyQuestion | null, message: string) => {
    setOpen(null)
    await onChanged(message)
    focusSoon(question ? editId(question) : addId)
  }
  const remove = async (question: SurveyQuestion) => {
    await deleteQuestion(call, question.id)
    await onChanged(t('promiseEditing.questions.removed', { position: question.position }))
    focusSoon(addId)
  }

  const form = (question: SurveyQuestion | null) => (
    <EditingQuestionForm
      survey={survey}
      question={question}
      nextPosition={nextPosition(questions)}
      onSaved={(message) => void saved(question, message)}
      onCancel={() => close(question)}
    />
  )

  return (
    <section className="pe-sub" aria-labelledby={headingId}>
      <h4 id={headingId} className="pe-sub__heading">
        {t('promiseEditing.questions.heading')}
      </h4>
      {questions.length === 0 && <p className="pe-empty">{t('promiseEditing.questions.none')}</p>}
      {questions.length > 0 && (
        <ol className="pe-items pe-items--plain">
          {questions.map((question) => (
            <li key={question.id} className={question.answered ? 'pe-item pe-item--locked' : 'pe-item'}>
              {open === question.id ? form(question) : <EditingQuestionView question={question} />}
              {open !== question.id && !question.answered && (
                <div className="pe-item__actions">
                  <button id={editId(question)} type="button" className="button button--secondary button--small" onClick={() => start(question)}>
                    {t('promiseEditing.edit')}
                    <span className="visually-hidden"> {t('promiseEditing.questions.what', { position: question.position })}</span>
                  </button>
                  <ConfirmButton
                    label={t('promiseEditing.remove')}
                    what={t('promiseEditing.questions.what', { position: question.position })}
                    confirmLabel={t('promiseEditing.removeConfirm')}
                    onConfirm={() => remove(question)}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {open === 'new' ? (
        form(null)
      ) : (
        <p>
          <button id={addId} type="button" className="button button--secondary" onClick={() => start(null)}>
            {t('promiseEditing.questions.add')}
            <span className="visually-hidden"> {t('promiseEditing.questions.addTo', { title: survey.title })}</span>
          </button>
        </p>
      )}
    </section>
  )
}
