import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UpdateWatchAreaBody, WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { draftOf, recordChange, recordFields } from '../grannsamverkan/record-change.ts'
import type { RecordDraft } from '../grannsamverkan/record-change.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const statuses = ['planned', 'active', 'inactive'] as const
const conditions = ['good', 'worn', 'damaged', 'missing'] as const

interface WatchAreaRecordFormProps {
  record: WatchAreaRecord
  save(change: UpdateWatchAreaBody): Promise<void>
  onCancel(): void
}

/** The area's record for the police to keep; the server's messages land on their fields. */
export function WatchAreaRecordForm({ record, save, onCancel }: WatchAreaRecordFormProps) {
  const { t } = useTranslation()
  const formId = `gs-record-${record.id}`
  const form = useForm({ fields: recordFields })
  const [draft, setDraft] = useState<RecordDraft>(() => draftOf(record))

  const set = (field: keyof RecordDraft) => (event: { target: { value: string } }) => setDraft((previous) => ({ ...previous, [field]: event.target.value }))
  const field = (name: keyof RecordDraft) => ({ id: `${formId}-${name}`, value: draft[name], onChange: set(name), error: problemFor(form.problems, name) })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const change = recordChange(record, draft)
    if (Object.keys(change).length === 0) return form.fail([{ field: null, message: t('grannsamverkan.record.nothingChanged') }])
    if (draft.name.trim() === '') return form.fail([{ field: 'name', message: t('grannsamverkan.record.nameMissing') }])
    await form.run(() => save(change))
  }

  return (
    <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{t('grannsamverkan.record.legend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField {...field('name')} label={t('grannsamverkan.record.name')} autoComplete="off" />
        <SelectField {...field('status')} label={t('grannsamverkan.record.status')}>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {t(`grannsamverkan.status.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField {...field('households')} label={t('grannsamverkan.record.households')} inputMode="numeric" autoComplete="off" />
        <TextField {...field('startup_meeting_on')} label={t('grannsamverkan.record.startup')} type="date" />
        <TextField {...field('last_verified_on')} label={t('grannsamverkan.record.verified')} hint={t('grannsamverkan.record.verifiedHint')} type="date" />
        <TextField {...field('signs_count')} label={t('grannsamverkan.record.signsCount')} inputMode="numeric" autoComplete="off" />
        <SelectField {...field('signs_condition')} label={t('grannsamverkan.record.signsCondition')}>
          <option value="">{t('grannsamverkan.record.unknown')}</option>
          {conditions.map((value) => (
            <option key={value} value={value}>
              {t(`grannsamverkan.signs.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField {...field('signs_checked_on')} label={t('grannsamverkan.record.signsChecked')} type="date" />
        <TextAreaField {...field('notes')} label={t('grannsamverkan.record.notes')} />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('grannsamverkan.record.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('grannsamverkan.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
