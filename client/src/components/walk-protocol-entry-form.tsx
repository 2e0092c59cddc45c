import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProtocolEntryBody, WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { draftFromObservation, protocolEntryBody, protocolEntryFields } from '../walk-protocol/protocol-entry.ts'
import type { ProtocolEntryDraft } from '../walk-protocol/protocol-entry.ts'
import { measureStatuses, priorities, responsibleParties } from '../walks/walk-options.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const TEXT_MAX = 1000

interface WalkProtocolEntryFormProps {
  /** Field `priority` is the input `<formId>-priority`, which the error summary links to. */
  formId: string
  number: number
  observation: WalkObservation
  onSave(body: ProtocolEntryBody): Promise<void>
  onCancel(): void
}

/**
 * The protocol's columns for one observation. The server checks the rules (a measure that will
 * not be done needs a reason; a measure needs a description unless none is needed) and its
 * problems are shown at the fields. The reason and the done date are asked for only when they apply.
 */
export function WalkProtocolEntryForm({ formId, number, observation, onSave, onCancel }: WalkProtocolEntryFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: protocolEntryFields })
  const [draft, setDraft] = useState<ProtocolEntryDraft>(() => draftFromObservation(observation))
  const headingRef = useRef<HTMLHeadingElement>(null)
  const set = <K extends keyof ProtocolEntryDraft>(key: K, value: ProtocolEntryDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }))
  const problem = (field: string) => problemFor(form.problems, field)

  useEffect(() => headingRef.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await form.run(() => onSave(protocolEntryBody(observation, draft)))
  }

  return (
    <form
      id={formId}
      className="staff-form wp-entry-form wp-no-print"
      noValidate
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <h4 id={`${formId}-heading`} ref={headingRef} tabIndex={-1} className="wp-entry-form__heading">
        {t('walkProtocol.entry.heading', { number })}
      </h4>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <TextAreaField
        id={`${formId}-proposed_measure`}
        label={t('walkProtocol.observations.measure')}
        hint={t('walkProtocol.entry.measureHint')}
        rows={3}
        maxLength={TEXT_MAX}
        value={draft.proposed_measure}
        onChange={(event) => set('proposed_measure', event.target.value)}
        error={problem('proposed_measure')}
      />
      <div className="wp-entry-form__row">
        <SelectField
          id={`${formId}-responsible`}
          label={t('walkProtocol.observations.responsible')}
          value={draft.responsible}
          onChange={(event) => set('responsible', event.target.value as ProtocolEntryDraft['responsible'])}
          error={problem('responsible')}
        >
          <option value="">{t('walkProtocol.entry.choose')}</option>
          {responsibleParties.map((value) => (
            <option key={value} value={value}>
              {t(`values.responsible.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${formId}-priority`}
          label={t('walkProtocol.observations.priority')}
          value={draft.priority}
          onChange={(event) => set('priority', event.target.value as ProtocolEntryDraft['priority'])}
          error={problem('priority')}
        >
          <option value="">{t('walkProtocol.entry.choose')}</option>
          {priorities.map((value) => (
            <option key={value} value={value}>
              {t(`values.priority.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${formId}-deadline_on`}
          type="date"
          label={t('walkProtocol.observations.deadline')}
          hint={t('walkProtocol.entry.deadlineHint')}
          value={draft.deadline_on}
          onChange={(event) => set('deadline_on', event.target.value)}
          error={problem('deadline_on')}
        />
      </div>
      <SelectField
        id={`${formId}-measure_status`}
        label={t('walkProtocol.observations.status')}
        value={draft.measure_status}
        onChange={(event) => set('measure_status', event.target.value as ProtocolEntryDraft['measure_status'])}
        error={problem('measure_status')}
      >
        {measureStatuses.map((value) => (
          <option key={value} value={value}>
            {t(`values.observationMeasure.${value}`)}
          </option>
        ))}
      </SelectField>
      {draft.measure_status === 'not_done' && (
        <TextAreaField
          id={`${formId}-measure_reason`}
          label={t('walkProtocol.observations.reason')}
          hint={t('walkProtocol.entry.reasonHint')}
          rows={2}
          maxLength={TEXT_MAX}
          value={draft.measure_reason}
          onChange={(event) => set('measure_reason', event.target.value)}
          error={problem('measure_reason')}
        />
      )}
      {draft.measure_status === 'done' && (
        <TextField
          id={`${formId}-measure_done_on`}
          type="date"
          label={t('walkProtocol.observations.doneOn')}
          hint={t('walkProtocol.entry.doneOnHint')}
          value={draft.measure_done_on}
          onChange={(event) => set('measure_done_on', event.target.value)}
          error={problem('measure_done_on')}
        />
      )}
      <div className="gs-form__actions wp-entry-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('walkProtocol.entry.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('walkProtocol.entry.cancel')}
        </button>
      </div>
    </form>
  )
}
