import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormProblem } from '../forms/form-problems.ts'
import { problemFor } from '../forms/form-problems.ts'
import { evidenceSources, limits, MEASURE_NEARBY_METRES, RECENT_DAYS, weightKeys } from '../planning/planning-options.ts'
import type { PlanningSettings } from '../planning/planning-settings.ts'
import { reportCategories, timesOfDay } from '../reports/report-options.ts'
import { ErrorSummary } from './error-summary.tsx'
import { PlanningCheckGroup } from './planning-check-group.tsx'
import { TextField } from './text-field.tsx'

export const settingsFormId = 'pl-settings'

interface PlanningSettingsFormProps {
  draft: PlanningSettings
  onDraft(change: Partial<PlanningSettings>): void
  onApply(): void
  onResetWeights(): void
  problems: readonly FormProblem[]
  attempt: number
  busy: boolean
  /** An earlier answer is shown while these settings are refused. */
  showingEarlier: boolean
}

/**
 * What to count and how: the cluster distance and size, the grid's cell, the filters, the period
 * and the score's weights. Nothing is counted until the planner presses the button; the server's
 * refusals are shown at their fields and in the summary above.
 */
export function PlanningSettingsForm(props: PlanningSettingsFormProps) {
  const { draft, onDraft, onApply, onResetWeights, problems, attempt, busy, showingEarlier } = props
  const { t } = useTranslation()
  const id = (field: string) => `${settingsFormId}-${field}`
  const error = (field: string) => problemFor(problems, field)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!busy) onApply()
  }

  const numberField = (field: 'distance_m' | 'min_points' | 'cell_m', hintKey: string, integer = false) => (
    <TextField
      id={id(field)}
      label={t(`planning.settings.${field}`)}
      hint={t(hintKey, limits[field])}
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={draft[field]}
      onChange={(event) => onDraft({ [field]: event.target.value })}
      error={error(field)}
    />
  )

  return (
    <form id={settingsFormId} className="pl-settings" aria-labelledby="pl-settings-heading" noValidate onSubmit={submit}>
      <h2 id="pl-settings-heading" className="gs-section__heading">
        {t('planning.settings.heading')}
      </h2>
      <ErrorSummary formId={settingsFormId} problems={problems} attempt={attempt} headingLevel="h3" />
      {problems.length > 0 && showingEarlier && <p className="pl-settings__earlier">{t('planning.settings.notApplied')}</p>}

      <fieldset className="pl-group">
        <legend className="pl-group__legend">{t('planning.settings.clusterGroup')}</legend>
        <div className="pl-settings__row">
          {numberField('distance_m', 'planning.settings.distanceHint')}
          {numberField('min_points', 'planning.settings.minPointsHint', true)}
          {numberField('cell_m', 'planning.settings.cellHint')}
        </div>
      </fieldset>

      <PlanningCheckGroup
        id={id('categories')}
        legend={t('planning.settings.categories')}
        hint={t('planning.settings.categoriesHint')}
        error={error('categories')}
        options={reportCategories.map((value) => ({ value, label: t(`values.category.${value}`) }))}
        chosen={draft.categories}
        onChange={(categories) => onDraft({ categories })}
      />
      <PlanningCheckGroup
        id={id('times_of_day')}
        legend={t('planning.settings.times_of_day')}
        error={error('times_of_day')}
        options={timesOfDay.map((value) => ({ value, label: t(`values.timeOfDay.${value}`) }))}
        chosen={draft.times_of_day}
        onChange={(times_of_day) => onDraft({ times_of_day })}
        layout="short"
      />
      <PlanningCheckGroup
        id={id('sources')}
        legend={t('planning.settings.sources')}
        error={error('sources')}
        options={evidenceSources.map((value) => ({ value, label: t(`planning.source.${value}`) }))}
        chosen={draft.sources}
        onChange={(sources) => onDraft({ sources })}
        layout="long"
      />

      <fieldset className="pl-group" aria-describedby="pl-settings-period-hint">
        <legend className="pl-group__legend">{t('planning.settings.period')}</legend>
        <p id="pl-settings-period-hint" className="field__hint">
          {t('planning.settings.periodHint')}
        </p>
        <div className="pl-settings__row">
          <TextField id={id('from')} label={t('planning.settings.from')} type="date" value={draft.from} onChange={(event) => onDraft({ from: event.target.value })} error={error('from')} />
          <TextField id={id('to')} label={t('planning.settings.to')} type="date" value={draft.to} onChange={(event) => onDraft({ to: event.target.value })} error={error('to')} />
        </div>
      </fieldset>

      <fieldset className="pl-group" aria-describedby="pl-settings-weights-hint">
        <legend className="pl-group__legend">{t('planning.settings.weights')}</legend>
        <p id="pl-settings-weights-hint" className="field__hint">
          {t('planning.settings.weightsHint')}
        </p>
        <div className="pl-settings__weights">
          {weightKeys.map((key) => (
            <TextField
              key={key}
              id={id(key)}
              label={t(`planning.settings.${key}`, { days: RECENT_DAYS, metres: MEASURE_NEARBY_METRES })}
              hint={t('planning.settings.weightHint', limits[key])}
              inputMode="decimal"
              autoComplete="off"
              value={draft[key]}
              onChange={(event) => onDraft({ [key]: event.target.value })}
              error={error(key)}
            />
          ))}
        </div>
        <button type="button" className="button button--secondary button--small" onClick={onResetWeights}>
          {t('planning.settings.resetWeights')}
        </button>
      </fieldset>

      <div className="pl-settings__actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t('planning.settings.applying') : t('planning.settings.apply')}
        </button>
      </div>
    </form>
  )
}
