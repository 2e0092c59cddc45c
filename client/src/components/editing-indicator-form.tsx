import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorKind, IndicatorProgress, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { createIndicator, updateIndicator } from '../promise-editing/editing-api.ts'
import { indicatorKinds } from '../promise-editing/editing-options.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { emptyIndicatorForm, formFromIndicator, indicatorBodyFrom } from '../promise-editing/promise-form.ts'
import type { IndicatorForm } from '../promise-editing/promise-form.ts'
import { useSession } from '../session/session-context.ts'
import { EditingCorrectionField } from './editing-correction-field.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['position', 'kind', 'label', 'target_per_year', 'correction_reason']

export const indicatorFormId = (promise: PromiseProgress, indicator: IndicatorProgress | null) =>
  indicator ? `pe-indicator-${indicator.id}` : `pe-indicator-new-${promise.id}`

interface EditingIndicatorFormProps {
  promise: PromiseProgress
  /** The indicator being changed; null for a new one. */
  indicator: IndicatorProgress | null
  published: boolean
  nextPosition: number
  onSaved(message: string): void
  onCancel(): void
}

/**
 * How a promise is followed up: what is counted per calendar year and the target. The target is
 * a text field, not a number input, so "två" is caught and named instead of being sent as "no target".
 */
export function EditingIndicatorForm({ promise, indicator, published, nextPosition, onSaved, onCancel }: EditingIndicatorFormProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const formId = indicatorFormId(promise, indicator)
  const form = useForm({ fields })
  const [values, setValues] = useState<IndicatorForm>(() => (indicator ? formFromIndicator(indicator) : emptyIndicatorForm(nextPosition)))
  const change = (next: Partial<IndicatorForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = indicatorBodyFrom(values, published)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      if (indicator) await updateIndicator(call, indicator.id, result.body)
      else await createIndicator(call, promise.id, result.body)
      onSaved(t(indicator ? 'promiseEditing.indicators.saved' : 'promiseEditing.indicators.created', { label: result.body.label }))
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>
          {indicator ? t('promiseEditing.indicators.editLegend', { label: indicator.label }) : t('promiseEditing.indicators.newLegend', { position: promise.position })}
        </legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div className="pe-form__short">
          <TextField id={`${formId}-position`} label={t('promiseEditing.indicators.position')} inputMode="numeric" autoComplete="off" value={values.position} onChange={(event) => change({ position: event.target.value })} error={problem('position')} />
        </div>
        <SelectField
          id={`${formId}-kind`}
          label={t('promiseEditing.indicators.kind')}
          hint={t(`promiseEditing.kindHints.${values.kind}`)}
          value={values.kind}
          onChange={(event) => change({ kind: event.target.value as IndicatorKind })}
          error={problem('kind')}
        >
          {indicatorKinds.map((value) => (
            <option key={value} value={value}>
              {t(`promiseEditing.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField id={`${formId}-label`} label={t('promiseEditing.indicators.label')} hint={t('promiseEditing.indicators.labelHint')} autoComplete="off" maxLength={300} value={values.label} onChange={(event) => change({ label: event.target.value })} error={problem('label')} />
        <div className="pe-form__short">
          <TextField id={`${formId}-target_per_year`} label={t('promiseEditing.indicators.target')} hint={t('promiseEditing.indicators.targetHint')} inputMode="decimal" autoComplete="off" value={values.target} onChange={(event) => change({ target: event.target.value })} error={problem('target_per_year')} />
        </div>
        {published && <EditingCorrectionField formId={formId} value={values.correctionReason} onChange={(correctionReason) => change({ correctionReason })} error={problem('correction_reason')} />}
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.indicators.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('promiseEditing.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
