import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveySummary } from '../../../server/shared/api/survey-schemas.ts'
import { todayInSweden } from '../../../server/today.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { createSurvey, updateSurvey } from '../promise-editing/editing-api.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { emptySurveyForm, formFromSurvey, surveyBodyFrom } from '../promise-editing/survey-form.ts'
import type { SurveyForm } from '../promise-editing/survey-form.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['title', 'introduction', 'opens_on', 'closes_on']

export const surveyFormId = (survey: SurveySummary | null) => (survey ? `pe-survey-${survey.id}` : 'pe-survey-new')

interface EditingSurveyFormProps {
  periodId: number
  /** The survey being changed; null for a new one. */
  survey: SurveySummary | null
  onSaved(survey: SurveySummary, created: boolean): void
  onCancel(): void
}

/** A survey's title, introduction and the days it takes answers; setting the last day is how it is closed. */
export function EditingSurveyForm({ periodId, survey, onSaved, onCancel }: EditingSurveyFormProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const formId = surveyFormId(survey)
  const form = useForm({ fields })
  const [values, setValues] = useState<SurveyForm>(() => (survey ? formFromSurvey(survey) : emptySurveyForm(todayInSweden())))
  const change = (next: Partial<SurveyForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = surveyBodyFrom(values)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      const saved = survey ? await updateSurvey(call, survey.id, result.body) : await createSurvey(call, periodId, result.body)
      onSaved(saved, survey === null)
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{survey ? t('promiseEditing.surveys.editLegend', { title: survey.title }) : t('promiseEditing.surveys.newLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField id={`${formId}-title`} label={t('promiseEditing.surveys.title')} autoComplete="off" maxLength={200} value={values.title} onChange={(event) => change({ title: event.target.value })} error={problem('title')} />
        <TextAreaField id={`${formId}-introduction`} label={t('promiseEditing.surveys.introduction')} hint={t('promiseEditing.surveys.introductionHint')} maxLength={3000} value={values.introduction} onChange={(event) => change({ introduction: event.target.value })} error={problem('introduction')} />
        <div className="pe-form__row">
          <TextField id={`${formId}-opens_on`} label={t('promiseEditing.surveys.opensOn')} type="date" value={values.opensOn} onChange={(event) => change({ opensOn: event.target.value })} error={problem('opens_on')} />
          <TextField id={`${formId}-closes_on`} label={t('promiseEditing.surveys.closesOn')} hint={t('promiseEditing.surveys.closesOnHint')} type="date" value={values.closesOn} onChange={(event) => change({ closesOn: event.target.value })} error={problem('closes_on')} />
        </div>
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.surveys.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('promiseEditing.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
