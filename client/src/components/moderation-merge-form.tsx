import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { useForm } from '../forms/use-form.ts'
import { problemFor } from '../forms/form-problems.ts'
import { mergeChange } from '../moderation/moderation-change.ts'
import { excerpt, roundedMetres } from '../moderation/report-queue.ts'
import { ModerationFormFrame } from './moderation-form-frame.tsx'

const formId = 'mod-merge'

interface ModerationMergeFormProps {
  report: StaffReport
  save(change: ModerateReportBody, message: string): Promise<void>
  onCancel(): void
}

/**
 * "Slå ihop med": the same-category reports within 50 m that are not closed, nearest first, each
 * with its distance and the start of its text; the chosen one gets this report's "me too".
 */
export function ModerationMergeForm({ report, save, onCancel }: ModerationMergeFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['duplicate_of'] })
  const candidates = [...report.duplicate_candidates].sort((a, b) => a.distance_m - b.distance_m)
  const [target, setTarget] = useState<number | null>(candidates.length === 1 ? (candidates[0]?.id ?? null) : null)
  const error = problemFor(form.problems, 'duplicate_of')

  const submit = async () => {
    const change = mergeChange(report, target)
    if (!change.ok) return form.fail(change.problems.map((problem) => ({ field: problem.field, message: t(`moderation.problems.${problem.key}`) })))
    await form.run(() => save(change.body, t('moderation.mergeForm.done', { id: report.id, target })))
  }

  return (
    <ModerationFormFrame
      formId={formId}
      form={form}
      heading={t('moderation.mergeForm.heading', { id: report.id })}
      intro={<p className="gs-section__intro">{t('moderation.mergeForm.intro')}</p>}
      submitLabel={t('moderation.mergeForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <fieldset
        id={`${formId}-duplicate_of`}
        className={error ? 'gs-areas-pick mod-candidates field--error' : 'gs-areas-pick mod-candidates'}
        tabIndex={-1}
        aria-describedby={error ? `${formId}-duplicate_of-error` : undefined}
      >
        <legend className="field__label">{t('moderation.mergeForm.candidates')}</legend>
        {error && (
          <p id={`${formId}-duplicate_of-error`} className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        )}
        {candidates.length === 0 && <p className="field__hint">{t('moderation.mergeForm.none')}</p>}
        <ul className="gs-areas-pick__list">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="gs-check mod-candidate">
              <input
                id={`${formId}-candidate-${candidate.id}`}
                type="radio"
                name={`${formId}-target`}
                className="gs-check__input"
                checked={target === candidate.id}
                onChange={() => setTarget(candidate.id)}
              />
              <label htmlFor={`${formId}-candidate-${candidate.id}`} className="gs-check__label">
                <span className="mod-candidate__title">
                  {t('moderation.mergeForm.candidate', {
                    id: candidate.id,
                    distance: roundedMetres(candidate.distance_m),
                    status: t(`moderation.status.${candidate.status}`),
                  })}
                </span>
                {candidate.description && <span className="mod-candidate__text">{excerpt(candidate.description, 100)}</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </ModerationFormFrame>
  )
}
