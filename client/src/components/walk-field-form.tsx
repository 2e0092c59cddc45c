import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormProblem } from '../forms/form-problems.ts'
import { problemFor } from '../forms/form-problems.ts'
import type { PreparedPhoto } from '../reports/photo-resize.ts'
import { reportCategories } from '../reports/report-options.ts'
import type { ObservationDraft } from '../walk-field/observation-draft.ts'
import { OBSERVATION_TEXT_MAX } from '../walk-field/observation-draft.ts'
import { assessments, ratings } from '../walks/walk-options.ts'
import { ErrorSummary } from './error-summary.tsx'
import { ReportPhotoField } from './report-photo-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { WalkFieldChoiceTiles } from './walk-field-choice-tiles.tsx'

export const observationFormId = 'wf-observation'

interface WalkFieldFormProps {
  draft: ObservationDraft
  photo: PreparedPhoto | null
  problems: readonly FormProblem[]
  attempt: number
  /** A refused observation is being corrected. */
  correcting: boolean
  onChange(change: Partial<ObservationDraft>): void
  onPhotoChange(photo: PreparedPhoto | null): void
  onSubmit(): void
  onCancelCorrection(): void
}

/**
 * A new observation in a few taps: what it is about, safe or unsafe, then optionally a rating, a
 * few words and a photo. The place comes from the position panel above. Saving stores it on the
 * phone at once; sending happens after (see observation-sender.ts).
 */
export function WalkFieldForm(props: WalkFieldFormProps) {
  const { draft, photo, problems, attempt, correcting, onChange, onPhotoChange, onSubmit, onCancelCorrection } = props
  const { t } = useTranslation()
  const fieldId = (field: string) => `${observationFormId}-${field}`
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  const ratingValue = draft.rating === null ? 'none' : String(draft.rating)

  return (
    <section className="wf-section" aria-labelledby="wf-form-heading">
      <h2 id="wf-form-heading" className="wf-section__heading">
        {t('walkField.form.heading')}
      </h2>
      {correcting && <p className="wf-note">{t('walkField.form.correcting')}</p>}
      <form id={observationFormId} noValidate onSubmit={submit}>
        <ErrorSummary formId={observationFormId} problems={problems} attempt={attempt} />
        <WalkFieldChoiceTiles
          id={fieldId('category')}
          name="category"
          legend={t('walkField.form.category')}
          options={reportCategories.map((value) => ({ value, label: t(`values.category.${value}`) }))}
          value={draft.category}
          error={problemFor(problems, 'category')}
          onChange={(category) => onChange({ category })}
        />
        <WalkFieldChoiceTiles
          id={fieldId('assessment')}
          name="assessment"
          legend={t('walkField.form.assessment')}
          options={assessments.map((value) => ({ value, label: t(`values.assessment.${value}`) }))}
          value={draft.assessment}
          error={problemFor(problems, 'assessment')}
          onChange={(assessment) => onChange({ assessment })}
        />
        <WalkFieldChoiceTiles
          id={fieldId('rating')}
          name="rating"
          legend={t('walkField.form.rating')}
          hint={t('walkField.form.ratingHint')}
          options={[
            ...ratings.map((value) => ({ value: String(value), label: t(`walkField.form.ratings.${value}`) })),
            { value: 'none', label: t('walkField.form.ratingNone') },
          ]}
          value={ratingValue}
          error={problemFor(problems, 'rating')}
          onChange={(value) => onChange({ rating: value === 'none' ? null : Number(value) })}
        />
        <TextAreaField
          id={fieldId('description')}
          label={t('walkField.form.description')}
          hint={t('walkField.form.descriptionHint')}
          error={problemFor(problems, 'description')}
          value={draft.description}
          maxLength={OBSERVATION_TEXT_MAX}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        <ReportPhotoField id={fieldId('photo')} photo={photo} error={problemFor(problems, 'photo')} onChange={onPhotoChange} />
        <div className="wf-actions">
          <button type="submit" className="button wf-button wf-button--primary">
            {t(correcting ? 'walkField.form.saveCorrection' : 'walkField.form.save')}
          </button>
          {correcting && (
            <button type="button" className="button button--secondary wf-button" onClick={onCancelCorrection}>
              {t('walkField.form.cancelCorrection')}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
