import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureDetails, MeasureState, MeasureType } from '../../../server/shared/api/planning-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { createMeasure, replaceMeasure } from '../measures/measure-api.ts'
import { measureBodyFrom } from '../measures/measure-form.ts'
import type { MeasureForm, ShapeKind } from '../measures/measure-form.ts'
import { measureResponsibles, measureStates, measureTypes } from '../measures/measure-options.ts'
import type { MeasureResponsible } from '../measures/measure-options.ts'
import { useSession } from '../session/session-context.ts'
import { onTopLevelFields } from '../walk-planning/field-paths.ts'
import { ErrorSummary } from './error-summary.tsx'
import { MeasureEvidence } from './measure-evidence.tsx'
import { MeasureShapeFields } from './measure-shape-fields.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

export const measureFormId = 'ms-form'
const formId = measureFormId
// The server's field names: its problems are shown at these.
const fields = [
  'title',
  'description',
  'type',
  'status',
  'rejected_reason',
  'responsible',
  'responsible_detail',
  'proposed_on',
  'decided_on',
  'done_on',
  'cost_sek',
  'geometry',
  'report_ids',
  'observation_ids',
]

interface MeasureEditFormProps {
  /** The measure being changed; null for a new one. */
  measure: MeasureDetails | null
  form: MeasureForm
  onForm(change: Partial<MeasureForm>): void
  /** The shape and evidence came from the planning screen. */
  fromDraft: boolean
  kind: ShapeKind
  onKind(kind: ShapeKind): void
  drawing: boolean
  onFinishShape(): void
  onClearShape(): void
  onCentre(): void
  onPlace(coordinates: [number, number]): void
  onSaved(measure: MeasureDetails, created: boolean): void
  onCancel(): void
}

/**
 * A measure from proposal to done: what and where, its status with the dates that go with it, who
 * is responsible and what it cost, and the reports and walk observations it answers. The server's
 * problems (a shape outside the municipality, a report it cannot link) are shown at their fields.
 */
export function MeasureEditForm(props: MeasureEditFormProps) {
  const { measure, form: values, onForm, onSaved, onCancel } = props
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields })
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (props.drawing) return form.fail([{ field: 'geometry', message: t('measures.problems.geometryDrawing') }])
    const result = measureBodyFrom(values)
    if (!result.ok) return form.fail(result.problems.map((entry) => ({ field: entry.field, message: t(`measures.problems.${entry.key}`) })))
    await form.run(async () => {
      try {
        const saved = measure ? await replaceMeasure(call, measure.id, { ...result.body, updated_at: measure.updated_at }) : await createMeasure(call, result.body)
        onSaved(saved, measure === null)
      } catch (failure) {
        throw onTopLevelFields(failure)
      }
    })
  }

  const status = values.status
  // "Draw the measure" is answered once a shape exists; the server's words about a shape stay until the next save.
  const geometryProblem = problem('geometry')
  const geometryError = values.geometry && geometryProblem === t('measures.problems.geometryMissing') ? undefined : geometryProblem
  return (
    <section className="feature-details ms-form" aria-labelledby="ms-form-heading">
      <h2 id="ms-form-heading" className="feature-details__heading" tabIndex={-1}>
        {measure ? t('measures.form.editHeading', { title: measure.title }) : t('measures.form.newHeading')}
      </h2>
      {props.fromDraft && <p className="ms-form__draft">{t('measures.form.fromDraft')}</p>}
      <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField id={`${formId}-title`} label={t('measures.form.title')} hint={t('measures.form.titleHint')} autoComplete="off" maxLength={200} value={values.title} onChange={(event) => onForm({ title: event.target.value })} error={problem('title')} />
        <TextAreaField id={`${formId}-description`} label={t('measures.form.description')} hint={t('measures.form.descriptionHint')} maxLength={5000} value={values.description} onChange={(event) => onForm({ description: event.target.value })} error={problem('description')} />
        <div className="ms-form__row">
          <SelectField id={`${formId}-type`} label={t('measures.form.type')} value={values.type} onChange={(event) => onForm({ type: event.target.value as MeasureType })} error={problem('type')}>
            {measureTypes.map((value) => (
              <option key={value} value={value}>
                {t(`values.measureType.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id={`${formId}-status`} label={t('measures.form.status')} value={status} onChange={(event) => onForm({ status: event.target.value as MeasureState })} error={problem('status')}>
            {measureStates.map((value) => (
              <option key={value} value={value}>
                {t(`values.measureStatus.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="field__hint ms-form__status-hint">{t('measures.form.statusHint')}</p>
        {status === 'rejected' && (
          <TextAreaField
            id={`${formId}-rejected_reason`}
            label={t('measures.form.rejectedReason')}
            hint={t('measures.form.rejectedReasonHint')}
            maxLength={1000}
            value={values.rejectedReason}
            onChange={(event) => onForm({ rejectedReason: event.target.value })}
            error={problem('rejected_reason')}
          />
        )}
        <div className="ms-form__row">
          <TextField id={`${formId}-proposed_on`} label={t('measures.form.proposedOn')} type="date" value={values.proposedOn} onChange={(event) => onForm({ proposedOn: event.target.value })} error={problem('proposed_on')} />
          {status !== 'proposed' && (
            <TextField
              id={`${formId}-decided_on`}
              label={t(status === 'rejected' ? 'measures.form.rejectedOn' : 'measures.form.decidedOn')}
              type="date"
              value={values.decidedOn}
              onChange={(event) => onForm({ decidedOn: event.target.value })}
              error={problem('decided_on')}
            />
          )}
          {status === 'done' && <TextField id={`${formId}-done_on`} label={t('measures.form.doneOn')} type="date" value={values.doneOn} onChange={(event) => onForm({ doneOn: event.target.value })} error={problem('done_on')} />}
        </div>
        <SelectField id={`${formId}-responsible`} label={t('measures.form.responsible')} value={values.responsible} onChange={(event) => onForm({ responsible: event.target.value as MeasureResponsible })} error={problem('responsible')}>
          {measureResponsibles.map((value) => (
            <option key={value} value={value}>
              {t(`values.responsible.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${formId}-responsible_detail`}
          label={t('measures.form.responsibleDetail')}
          hint={t('measures.form.responsibleDetailHint')}
          autoComplete="off"
          maxLength={200}
          value={values.responsibleDetail}
          onChange={(event) => onForm({ responsibleDetail: event.target.value })}
          error={problem('responsible_detail')}
        />
        <TextField
          id={`${formId}-cost_sek`}
          label={t('measures.form.cost')}
          hint={t('measures.form.costHint')}
          inputMode="numeric"
          autoComplete="off"
          value={values.cost}
          onChange={(event) => onForm({ cost: event.target.value })}
          error={problem('cost_sek')}
        />
        <MeasureShapeFields
          formId={formId}
          geometry={values.geometry}
          kind={props.kind}
          onKind={props.onKind}
          drawing={props.drawing}
          onFinish={props.onFinishShape}
          onClear={props.onClearShape}
          onCentre={props.onCentre}
          onPlace={props.onPlace}
          error={geometryError}
        />
        <MeasureEvidence
          formId={formId}
          geometry={values.geometry}
          drawing={props.drawing}
          reportIds={values.reportIds}
          observationIds={values.observationIds}
          linkedReports={measure?.reports ?? []}
          linkedObservations={measure?.observations ?? []}
          onChange={(change) => onForm({ ...(change.reportIds && { reportIds: change.reportIds }), ...(change.observationIds && { observationIds: change.observationIds }) })}
          reportError={problem('report_ids')}
          observationError={problem('observation_ids')}
        />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('measures.form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('measures.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
