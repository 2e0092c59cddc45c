import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromiseProgress, PromiseResponsible } from '../../../server/shared/api/promise-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { createPromise, updatePromise } from '../promise-editing/editing-api.ts'
import { promiseResponsibles } from '../promise-editing/editing-options.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { emptyPromiseForm, formFromPromise, promiseBodyFrom } from '../promise-editing/promise-form.ts'
import type { PromiseForm } from '../promise-editing/promise-form.ts'
import { useSession } from '../session/session-context.ts'
import { EditingCorrectionField } from './editing-correction-field.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['position', 'text', 'responsible', 'responsible_text', 'correction_reason']

export const promiseFormId = (promise: PromiseProgress | null) => (promise ? `pe-promise-${promise.id}` : 'pe-promise-new')

interface EditingPromiseFormProps {
  periodId: number
  /** The promise being changed; null for a new one. */
  promise: PromiseProgress | null
  published: boolean
  /** Where a new promise goes: last. */
  nextPosition: number
  onSaved(message: string): void
  onCancel(): void
}

/** A promise in the document's words, who answers for it, and (once published) why it is corrected. */
export function EditingPromiseForm({ periodId, promise, published, nextPosition, onSaved, onCancel }: EditingPromiseFormProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const formId = promiseFormId(promise)
  const form = useForm({ fields })
  const [values, setValues] = useState<PromiseForm>(() => (promise ? formFromPromise(promise) : emptyPromiseForm(nextPosition)))
  const change = (next: Partial<PromiseForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = promiseBodyFrom(values, published)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      if (promise) await updatePromise(call, promise.id, result.body)
      else await createPromise(call, periodId, result.body)
      onSaved(t(promise ? 'promiseEditing.promises.saved' : 'promiseEditing.promises.created', { position: result.body.position }))
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{promise ? t('promiseEditing.promises.editLegend', { position: promise.position }) : t('promiseEditing.promises.newLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div className="pe-form__short">
          <TextField id={`${formId}-position`} label={t('promiseEditing.promises.position')} hint={t('promiseEditing.promises.positionHint')} inputMode="numeric" autoComplete="off" value={values.position} onChange={(event) => change({ position: event.target.value })} error={problem('position')} />
        </div>
        <TextAreaField id={`${formId}-text`} label={t('promiseEditing.promises.text')} hint={t('promiseEditing.promises.textHint')} maxLength={2000} value={values.text} onChange={(event) => change({ text: event.target.value })} error={problem('text')} />
        <SelectField id={`${formId}-responsible`} label={t('promiseEditing.promises.responsible')} value={values.responsible} onChange={(event) => change({ responsible: event.target.value as PromiseResponsible })} error={problem('responsible')}>
          {promiseResponsibles.map((value) => (
            <option key={value} value={value}>
              {t(`promiseEditing.responsible.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField id={`${formId}-responsible_text`} label={t('promiseEditing.promises.responsibleText')} hint={t('promiseEditing.promises.responsibleTextHint')} autoComplete="off" maxLength={200} value={values.responsibleText} onChange={(event) => change({ responsibleText: event.target.value })} error={problem('responsible_text')} />
        {published && <EditingCorrectionField formId={formId} value={values.correctionReason} onChange={(correctionReason) => change({ correctionReason })} error={problem('correction_reason')} />}
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.promises.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('promiseEditing.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
