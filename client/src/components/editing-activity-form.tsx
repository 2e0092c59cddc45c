import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { todayInSweden } from '../../../server/today.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { activityBodyFrom, emptyActivityForm } from '../promise-editing/activity-form.ts'
import type { ActivityForm } from '../promise-editing/activity-form.ts'
import { createActivity } from '../promise-editing/editing-api.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['happened_on', 'title', 'description']

export const activityFormId = (promise: PromiseProgress) => `pe-activity-${promise.id}`

interface EditingActivityFormProps {
  promise: PromiseProgress
  onSaved(message: string): Promise<void>
}

/**
 * One entry in a promise's activity log: when, what, and a few words more. It stays open after
 * a save, emptied but for the date, since several entries are often logged in one sitting.
 */
export function EditingActivityForm({ promise, onSaved }: EditingActivityFormProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const formId = activityFormId(promise)
  const form = useForm({ fields })
  const [values, setValues] = useState<ActivityForm>(() => emptyActivityForm(todayInSweden()))
  const change = (next: Partial<ActivityForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = activityBodyFrom(values)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      const activity = await createActivity(call, promise.id, result.body)
      setValues((previous) => ({ ...emptyActivityForm(previous.happenedOn) }))
      await onSaved(t('promiseEditing.activities.created', { title: activity.title }))
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{t('promiseEditing.activities.newLegend', { position: promise.position })}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div className="pe-form__short">
          <TextField id={`${formId}-happened_on`} label={t('promiseEditing.activities.happenedOn')} type="date" max={todayInSweden()} value={values.happenedOn} onChange={(event) => change({ happenedOn: event.target.value })} error={problem('happened_on')} />
        </div>
        <TextField id={`${formId}-title`} label={t('promiseEditing.activities.title')} hint={t('promiseEditing.activities.titleHint')} autoComplete="off" maxLength={300} value={values.title} onChange={(event) => change({ title: event.target.value })} error={problem('title')} />
        <TextAreaField id={`${formId}-description`} label={t('promiseEditing.activities.description')} hint={t('promiseEditing.activities.descriptionHint')} maxLength={3000} value={values.description} onChange={(event) => change({ description: event.target.value })} error={problem('description')} />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.activities.save')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
