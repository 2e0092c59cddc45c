import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormProblem } from '../forms/form-problems.ts'
import { problemFor } from '../forms/form-problems.ts'
import type { PreparedPhoto } from '../reports/photo-resize.ts'
import { descriptionLength } from '../reports/report-draft.ts'
import type { ReportDraft } from '../reports/report-draft.ts'
import { REPORT_TEXT_MAX, reportCategories, timesOfDay, weekParts } from '../reports/report-options.ts'
import { ErrorSummary } from './error-summary.tsx'
import { ReportChoiceGroup } from './report-choice-group.tsx'
import { ReportPhotoField } from './report-photo-field.tsx'
import { TextAreaField } from './text-area-field.tsx'

export const reportFormId = 'report'

interface ReportFormProps {
  draft: ReportDraft
  photo: PreparedPhoto | null
  problems: readonly FormProblem[]
  attempt: number
  busy: boolean
  onChange(change: Partial<ReportDraft>): void
  onPhotoChange(photo: PreparedPhoto | null): void
  onSubmit(): void
}

/**
 * Step 3: what the place is like, when, a description that steers away from people (GDPR art. 10)
 * and an optional photo; then the notice that what is sent becomes a public record. Everything
 * typed lives in the page, so nothing is lost when sending fails.
 */
export function ReportForm({ draft, photo, problems, attempt, busy, onChange, onPhotoChange, onSubmit }: ReportFormProps) {
  const { t } = useTranslation()
  const fieldId = (field: string) => `${reportFormId}-${field}`
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <section className="report-step" aria-labelledby="report-form-heading">
      <h2 id="report-form-heading" className="report-step__heading">
        {t('reports.form.heading')}
      </h2>
      <form id={reportFormId} className="report-form" noValidate onSubmit={submit}>
        <ErrorSummary formId={reportFormId} problems={problems} attempt={attempt} />
        <ReportChoiceGroup
          id={fieldId('category')}
          name="category"
          legend={t('reports.form.category')}
          options={reportCategories.map((value) => ({ value, label: t(`values.category.${value}`) }))}
          value={draft.category}
          error={problemFor(problems, 'category')}
          onChange={(category) => onChange({ category })}
        />
        <ReportChoiceGroup
          id={fieldId('time_of_day')}
          name="time_of_day"
          legend={t('reports.form.timeOfDay')}
          options={timesOfDay.map((value) => ({ value, label: t(`values.timeOfDay.${value}`) }))}
          value={draft.time_of_day}
          error={problemFor(problems, 'time_of_day')}
          onChange={(time_of_day) => onChange({ time_of_day })}
        />
        <ReportChoiceGroup
          id={fieldId('week_part')}
          name="week_part"
          legend={t('reports.form.weekPart')}
          options={weekParts.map((value) => ({ value, label: t(`values.weekPart.${value}`) }))}
          value={draft.week_part}
          error={problemFor(problems, 'week_part')}
          onChange={(week_part) => onChange({ week_part })}
        />
        <TextAreaField
          id={fieldId('description')}
          label={t('reports.form.description')}
          hint={t('reports.form.descriptionHint')}
          error={problemFor(problems, 'description')}
          rows={5}
          maxLength={REPORT_TEXT_MAX + 200}
          value={draft.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        <p className="report-form__count">
          {t('reports.form.descriptionCount', { count: descriptionLength(draft.description), max: REPORT_TEXT_MAX })}
        </p>
        <ReportPhotoField id={fieldId('photo')} photo={photo} error={problemFor(problems, 'photo')} onChange={onPhotoChange} />

        {/* The honeypot: out of sight and out of reach for people, filled in only by bots. */}
        <div className="report-honeypot" aria-hidden="true">
          <label htmlFor={fieldId('website')}>{t('reports.form.honeypot')}</label>
          <input
            id={fieldId('website')}
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={draft.website}
            onChange={(event) => onChange({ website: event.target.value })}
          />
        </div>

        <div className="report-public">
          <h3 className="report-public__heading">{t('reports.form.publicHeading')}</h3>
          <p>{t('reports.form.publicText')}</p>
          <p>{t('reports.form.publicMap')}</p>
        </div>

        <button type="submit" className="button report-form__submit" aria-disabled={busy ? true : undefined}>
          {busy ? t('reports.form.busy') : t('reports.form.submit')}
        </button>
      </form>
    </section>
  )
}
