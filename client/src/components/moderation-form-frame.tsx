import { useEffect, useRef } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormState } from '../forms/use-form.ts'
import { ErrorSummary } from './error-summary.tsx'

interface ModerationFormFrameProps {
  formId: string
  form: FormState
  heading: string
  intro?: ReactNode
  submitLabel: string
  /** A red button for actions that hide the report from the public (rejecting). */
  danger?: boolean
  onSubmit(): void | Promise<void>
  onCancel(): void
  children: ReactNode
}

/**
 * What every moderation action's form shares: its heading (which takes focus when the form
 * opens, so a screen reader says what is being done), the error summary, and Save / Cancel.
 */
export function ModerationFormFrame({ formId, form, heading, intro, submitLabel, danger = false, onSubmit, onCancel, children }: ModerationFormFrameProps) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void onSubmit()
  }
  return (
    <form id={formId} className="staff-form gs-form mod-form" noValidate onSubmit={submit} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={headingRef} tabIndex={-1} className="gs-subsection__heading">
        {heading}
      </h3>
      {intro}
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      {children}
      <div className="gs-form__actions">
        <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('moderation.cancel')}
        </button>
      </div>
    </form>
  )
}
