import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, ReportStatus, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { needsReason, nextStatus, settableStatuses, statusChange } from '../moderation/moderation-change.ts'
import type { SettableStatus } from '../moderation/moderation-change.ts'
import { ModerationFormFrame } from './moderation-form-frame.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'

interface ModerationReasonFormProps {
  report: StaffReport
  /** 'reject' asks only for the reason; 'status' offers the statuses, with a reason where one is needed. */
  mode: 'reject' | 'status'
  save(change: ModerateReportBody, message: string): Promise<void>
  onCancel(): void
}

/** Rejecting with a reason, or setting a status (under review, measure planned, fixed, not actionable with a reason). */
export function ModerationReasonForm({ report, mode, save, onCancel }: ModerationReasonFormProps) {
  const { t } = useTranslation()
  const formId = mode === 'reject' ? 'mod-reject' : 'mod-status'
  const form = useForm({ fields: ['status', 'status_reason'] })
  const [status, setStatus] = useState<SettableStatus>(() => nextStatus(report.status))
  const [reason, setReason] = useState(mode === 'reject' && report.status === 'rejected' ? report.status_reason : '')
  const target: ReportStatus = mode === 'reject' ? 'rejected' : status
  const reasonShown = needsReason(target)

  const submit = async () => {
    if (target === report.status && mode === 'status') return form.fail([{ field: 'status', message: t('moderation.problems.statusUnchanged') }])
    const change = statusChange(target, reason)
    if (!change.ok) return form.fail(change.problems.map((problem) => ({ field: problem.field, message: t(`moderation.problems.${problem.key}`) })))
    const message =
      mode === 'reject'
        ? t('moderation.reject.done', { id: report.id })
        : target === 'published'
          ? t('moderation.actions.published', { id: report.id })
          : t('moderation.statusForm.done', { id: report.id, status: t(`moderation.status.${target}`) })
    await form.run(() => save(change.body, message))
  }

  return (
    <ModerationFormFrame
      formId={formId}
      form={form}
      heading={t(mode === 'reject' ? 'moderation.reject.heading' : 'moderation.statusForm.heading', { id: report.id })}
      intro={mode === 'reject' ? <p className="gs-section__intro">{t('moderation.reject.intro')}</p> : undefined}
      submitLabel={t(mode === 'reject' ? 'moderation.reject.submit' : 'moderation.statusForm.submit')}
      danger={mode === 'reject'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {mode === 'status' && (
        <SelectField
          id={`${formId}-status`}
          label={t('moderation.statusForm.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as SettableStatus)}
          error={problemFor(form.problems, 'status')}
        >
          {settableStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`moderation.status.${value}`)}
            </option>
          ))}
        </SelectField>
      )}
      {reasonShown && (
        <TextAreaField
          id={`${formId}-status_reason`}
          label={t(mode === 'reject' ? 'moderation.reject.reason' : 'moderation.statusForm.reason')}
          hint={t(mode === 'reject' ? 'moderation.reject.reasonHint' : 'moderation.statusForm.reasonHint')}
          value={reason}
          maxLength={1000}
          onChange={(event) => setReason(event.target.value)}
          error={problemFor(form.problems, 'status_reason')}
        />
      )}
    </ModerationFormFrame>
  )
}
