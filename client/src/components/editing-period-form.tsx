import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { MunicipalityField } from '../municipalities/municipality-field.tsx'
import { municipalityTitle } from '../municipalities/municipality-name.ts'
import { createPeriod, updatePeriod } from '../promise-editing/editing-api.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { emptyPeriodForm, formFromPeriod, periodBodyFrom } from '../promise-editing/period-form.ts'
import type { PeriodForm } from '../promise-editing/period-form.ts'
import { useSession } from '../session/session-context.ts'
import { EditingCorrectionField } from './editing-correction-field.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const fields = [
  'municipality_code',
  'title',
  'starts_on',
  'ends_on',
  'introduction',
  'problem_title',
  'problem_picture',
  'goal',
  'follow_up',
  'validity',
  'correction_reason',
]

interface EditingPeriodFormProps {
  /** The period being changed; null for a new one. */
  period: PromisePeriod | null
  /** The police area's municipalities, for a new period's choice; null while loading (or failed). */
  municipalities?: readonly MunicipalitySummary[] | null
  onSaved(period: PromisePeriod, created: boolean): void
  onCancel?(): void
}

/**
 * A period's own text, as the signed document words it: title, dates, introduction, problem
 * picture, goal, follow-up and validity. Once published, a save needs a reason, shown publicly.
 * A refused save keeps everything typed; a second period starting the same day is named at its date.
 * A new period belongs to one municipality of the police area, which it keeps: the police and admins
 * choose it (the installation's own first), kommun staff write for their own, as the server holds them to.
 */
export function EditingPeriodForm({ period, municipalities = null, onSaved, onCancel }: EditingPeriodFormProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const formId = period ? `pe-period-${period.id}` : 'pe-period-new'
  const form = useForm({ fields, codeFields: { period_exists: 'starts_on' } })
  const [values, setValues] = useState<PeriodForm>(() => (period ? formFromPeriod(period) : emptyPeriodForm()))
  const published = period?.published_at != null
  const change = (next: Partial<PeriodForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)
  const choosesMunicipality = period === null && user !== null && user.role !== 'kommun' && municipalities !== null && municipalities.length > 0
  // Until one is picked, the list shows the installation's own, and that is what is sent.
  const defaultCode = municipalities?.find((municipality) => municipality.is_default)?.code ?? municipalities?.[0]?.code ?? ''
  const municipalityCode = choosesMunicipality ? values.municipalityCode || defaultCode : values.municipalityCode
  const ownMunicipality = period === null && user?.role === 'kommun' ? municipalities?.find((municipality) => municipality.code === user.municipality_code) : undefined

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = periodBodyFrom({ ...values, municipalityCode }, published)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      const saved = period ? await updatePeriod(call, period.id, result.body) : await createPeriod(call, result.body)
      // A correction's reason is for this change only: the next one needs its own.
      change({ correctionReason: '' })
      onSaved(saved, period === null)
    })
  }

  const text = (field: keyof PeriodForm, name: string, label: string, options: { hint?: string; max: number; rows?: number }) => (
    <TextAreaField
      id={`${formId}-${name}`}
      label={label}
      hint={options.hint}
      maxLength={options.max}
      rows={options.rows ?? 4}
      value={values[field] as string}
      onChange={(event) => change({ [field]: event.target.value })}
      error={problem(name)}
    />
  )

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        {!period && <legend>{t('promiseEditing.period.newLegend')}</legend>}
        {period && <legend className="visually-hidden">{t('promiseEditing.period.editHeading')}</legend>}
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        {choosesMunicipality && (
          <MunicipalityField
            id={`${formId}-municipality_code`}
            label={t('promiseEditing.period.municipality')}
            hint={t('promiseEditing.period.municipalityHint')}
            value={municipalityCode}
            municipalities={municipalities}
            onChange={(code) => change({ municipalityCode: code })}
            error={problem('municipality_code')}
          />
        )}
        {ownMunicipality && <p className="pe-form__municipality">{t('promiseEditing.period.ownMunicipality', { municipality: municipalityTitle(ownMunicipality.name, context) })}</p>}
        <TextField id={`${formId}-title`} label={t('promiseEditing.period.title')} hint={t('promiseEditing.period.titleHint')} autoComplete="off" maxLength={200} value={values.title} onChange={(event) => change({ title: event.target.value })} error={problem('title')} />
        <div className="pe-form__row">
          <TextField id={`${formId}-starts_on`} label={t('promiseEditing.period.startsOn')} type="date" value={values.startsOn} onChange={(event) => change({ startsOn: event.target.value })} error={problem('starts_on')} />
          <TextField id={`${formId}-ends_on`} label={t('promiseEditing.period.endsOn')} hint={t('promiseEditing.period.endsOnHint')} type="date" value={values.endsOn} onChange={(event) => change({ endsOn: event.target.value })} error={problem('ends_on')} />
        </div>
        {text('introduction', 'introduction', t('promiseEditing.period.introduction'), { max: 5000, rows: 6 })}
        <TextField id={`${formId}-problem_title`} label={t('promiseEditing.period.problemTitle')} hint={t('promiseEditing.period.problemTitleHint')} autoComplete="off" maxLength={200} value={values.problemTitle} onChange={(event) => change({ problemTitle: event.target.value })} error={problem('problem_title')} />
        {text('problemPicture', 'problem_picture', t('promiseEditing.period.problemPicture'), { max: 5000, rows: 5 })}
        {text('goal', 'goal', t('promiseEditing.period.goal'), { max: 2000 })}
        {text('followUp', 'follow_up', t('promiseEditing.period.followUp'), { max: 2000 })}
        {text('validity', 'validity', t('promiseEditing.period.validity'), { hint: t('promiseEditing.period.validityHint'), max: 1000, rows: 2 })}
        {published && <EditingCorrectionField formId={formId} value={values.correctionReason} onChange={(correctionReason) => change({ correctionReason })} error={problem('correction_reason')} />}
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t(period ? 'promiseEditing.period.save' : 'promiseEditing.period.create')}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('promiseEditing.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  )
}
