import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { ExternalFigure, FigureSource } from '../../../server/shared/api/survey-schemas.ts'
import { todayInSweden } from '../../../server/today.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { MunicipalityField } from '../municipalities/municipality-field.tsx'
import { createFigure, updateFigure } from '../promise-editing/editing-api.ts'
import { figureSources } from '../promise-editing/editing-options.ts'
import { emptyFigureForm, figureBodyFrom, formFromFigure } from '../promise-editing/figure-form.ts'
import type { FigureForm } from '../promise-editing/figure-form.ts'
import { localProblems } from '../promise-editing/local-problems.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const fields = ['municipality_code', 'source', 'year', 'label', 'value', 'national_value', 'citation']

export const figureFormId = (figure: ExternalFigure | null) => (figure ? `pe-figure-${figure.id}` : 'pe-figure-new')

interface EditingFigureFormProps {
  /** The figure being changed; null for a new one. */
  figure: ExternalFigure | null
  /** The police area's municipalities, to name the figure's and for a new one's choice; null while loading (or failed). */
  municipalities: readonly MunicipalitySummary[] | null
  onSaved(message: string): void
  onCancel?(): void
}

/**
 * One figure from SCB's medborgarundersökning or Brå's NTU for one municipality. The value's hint
 * follows the source's scale (an index or a percentage), so the two are never entered the same way
 * by mistake. The police and admins choose a new figure's municipality; a kommun account's figures
 * are its own municipality's, and a figure keeps its municipality.
 */
export function EditingFigureForm({ figure, municipalities, onSaved, onCancel }: EditingFigureFormProps) {
  const { t } = useTranslation()
  const { call, user } = useSession()
  const choosesMunicipality = figure === null && user !== null && user.role !== 'kommun' && municipalities !== null && municipalities.length > 1
  const defaultCode = municipalities?.find((municipality) => municipality.is_default)?.code ?? municipalities?.[0]?.code ?? ''
  const [chosenCode, setChosenCode] = useState('')
  const municipalityCode = figure?.municipality_code ?? (choosesMunicipality ? chosenCode || defaultCode : (user?.municipality_code ?? defaultCode))
  const place = municipalities?.find((municipality) => municipality.code === municipalityCode)?.name ?? t('app.place')
  const formId = figureFormId(figure)
  const form = useForm({ fields, codeFields: { figure_exists: 'label' } })
  const [values, setValues] = useState<FigureForm>(() => (figure ? formFromFigure(figure) : emptyFigureForm(todayInSweden())))
  const change = (next: Partial<FigureForm>) => setValues((previous) => ({ ...previous, ...next }))
  const problem = (field: string) => problemFor(form.problems, field)
  const scale = t(`promiseEditing.valueHints.${values.source}`)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = figureBodyFrom(values)
    if (!result.ok) return form.fail(localProblems(t, result.problems))
    await form.run(async () => {
      const body = choosesMunicipality ? { ...result.body, municipality_code: municipalityCode } : result.body
      const saved = figure ? await updateFigure(call, figure.id, body) : await createFigure(call, body)
      if (!figure) setValues((previous) => ({ ...emptyFigureForm(todayInSweden()), source: previous.source, year: previous.year }))
      onSaved(t(figure ? 'promiseEditing.figures.saved' : 'promiseEditing.figures.created', { label: saved.label, year: saved.year }))
    })
  }

  return (
    <form id={formId} className="staff-form gs-form pe-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{figure ? t('promiseEditing.figures.editLegend', { label: figure.label, year: figure.year }) : t('promiseEditing.figures.newLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        {choosesMunicipality && (
          <MunicipalityField
            id={`${formId}-municipality_code`}
            label={t('promiseEditing.figures.municipality')}
            hint={t('promiseEditing.figures.municipalityHint')}
            value={municipalityCode}
            municipalities={municipalities}
            onChange={setChosenCode}
            error={problem('municipality_code')}
          />
        )}
        <div className="pe-form__row">
          <SelectField id={`${formId}-source`} label={t('promiseEditing.figures.source')} value={values.source} onChange={(event) => change({ source: event.target.value as FigureSource })} error={problem('source')}>
            {figureSources.map((value) => (
              <option key={value} value={value}>
                {t(`promiseEditing.sources.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField id={`${formId}-year`} label={t('promiseEditing.figures.year')} inputMode="numeric" autoComplete="off" value={values.year} onChange={(event) => change({ year: event.target.value })} error={problem('year')} />
        </div>
        <TextField id={`${formId}-label`} label={t('promiseEditing.figures.label')} hint={t('promiseEditing.figures.labelHint')} autoComplete="off" maxLength={300} value={values.label} onChange={(event) => change({ label: event.target.value })} error={problem('label')} />
        <div className="pe-form__row">
          <TextField id={`${formId}-value`} label={t('promiseEditing.figures.value', { place })} hint={scale} inputMode="decimal" autoComplete="off" value={values.value} onChange={(event) => change({ value: event.target.value })} error={problem('value')} />
          <TextField
            id={`${formId}-national_value`}
            label={t('promiseEditing.figures.nationalValue')}
            hint={`${scale} ${t('promiseEditing.figures.nationalValueHint')}`}
            inputMode="decimal"
            autoComplete="off"
            value={values.nationalValue}
            onChange={(event) => change({ nationalValue: event.target.value })}
            error={problem('national_value')}
          />
        </div>
        <TextField id={`${formId}-citation`} label={t('promiseEditing.figures.citation')} hint={t('promiseEditing.figures.citationHint')} autoComplete="off" maxLength={500} value={values.citation} onChange={(event) => change({ citation: event.target.value })} error={problem('citation')} />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t('promiseEditing.figures.save')}
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
