import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuestionKind, SurveyQuestion, SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { createQuestion, updateQuestion } from '../promise-editing/editing-api.ts'
import { questionKinds, SCALE_MAX_RANGE } from '../promise-editing/editing-options.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { emptyQuestionForm, formFromQuestion, questionBodyFrom } from '../promise-editing/survey-form.ts'
import type { QuestionForm } from '../promise-editing/survey-form.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['position', 'kind', 'text_sv', 'text_en', 'scale_max', 'allows_not_out']
const scaleTops = Array.from({ length: SCALE_MAX_RANGE.max - SCALE_MAX_RANGE.min + 1 }, (_, index) => SCALE_MAX_RANGE.min + index)

export const questionFormId = (survey: SurveySummary, question: SurveyQuestion | null) =>
  question ? `pe-question-${question.id}` : `pe-question-new-${survey.id}`

interface EditingQuestionFormProps {
  survey: SurveySummary
  /** The question being changed; null for a new one. */
  question: SurveyQuestion | null
  nextPosition: number
  onSaved(message: string): void
  onCancel(): void
}

/**
 * One survey question in Swedish and English. The top of the scale and "I don't go out" belong to
 * a scale and are shown only for one; the top is a list of 2–10, the range the server takes.
 */
export function EditingQuestionForm({ survey, question, nextPosition, onSaved, onCancel }: EditingQuestionFormProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const formId = questionFormId(survey, question)
  const form = useForm({ fields })
  const [values, setValues] = useState<QuestionForm>(() => (question ? formFromQuestion(question) : emptyQuestionForm(nextPosition)))
  const change = (next: Partial<QuestionForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)
  const scale = values.kind === 'scale'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = questionBodyFrom(values)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      if (question) await updateQuestion(call, question.id, result.body)
      else await createQuestion(call, survey.id, result.body)
      onSaved(t(question ? 'promiseEditing.questions.saved' : 'promiseEditing.questions.created', { position: result.body.position }))
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{question ? t('promiseEditing.questions.editLegend', { position: question.position }) : t('promiseEditing.questions.newLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div className="pe-form__short">
          <TextField id={`${formId}-position`} label={t('promiseEditing.questions.position')} inputMode="numeric" autoComplete="off" value={values.position} onChange={(event) => change({ position: event.target.value })} error={problem('position')} />
        </div>
        <SelectField id={`${formId}-kind`} label={t('promiseEditing.questions.kind')} value={values.kind} onChange={(event) => change({ kind: event.target.value as QuestionKind })} error={problem('kind')}>
          {questionKinds.map((value) => (
            <option key={value} value={value}>
              {t(`promiseEditing.questionKinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id={`${formId}-text_sv`} label={t('promiseEditing.questions.textSv')} maxLength={500} rows={2} value={values.textSv} onChange={(event) => change({ textSv: event.target.value })} error={problem('text_sv')} />
        <TextAreaField id={`${formId}-text_en`} label={t('promiseEditing.questions.textEn')} hint={t('promiseEditing.questions.textEnHint')} lang="en" maxLength={500} rows={2} value={values.textEn} onChange={(event) => change({ textEn: event.target.value })} error={problem('text_en')} />
        {scale && (
          <>
            <div className="pe-form__short">
              <SelectField id={`${formId}-scale_max`} label={t('promiseEditing.questions.scaleMax')} hint={t('promiseEditing.questions.scaleMaxHint')} value={values.scaleMax} onChange={(event) => change({ scaleMax: event.target.value })} error={problem('scale_max')}>
                {scaleTops.map((top) => (
                  <option key={top} value={String(top)}>
                    {top}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className={problem('allows_not_out') ? 'field field--error' : 'field'}>
              {problem('allows_not_out') && (
                <p id={`${formId}-allows_not_out-error`} className="field__error">
                  <span className="visually-hidden">{t('form.errorPrefix')} </span>
                  {problem('allows_not_out')}
                </p>
              )}
              <div className="gs-check">
                <input
                  id={`${formId}-allows_not_out`}
                  type="checkbox"
                  className="gs-check__input"
                  checked={values.allowsNotOut}
                  aria-describedby={problem('allows_not_out') ? `${formId}-allows_not_out-error` : undefined}
                  onChange={(event) => change({ allowsNotOut: event.target.checked })}
                />
                <label htmlFor={`${formId}-allows_not_out`} className="gs-check__label">
                  {t('promiseEditing.questions.allowsNotOut')}
                </label>
              </div>
            </div>
          </>
        )}
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.questions.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('promiseEditing.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
