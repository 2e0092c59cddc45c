import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { textChange } from '../moderation/moderation-change.ts'
import { ModerationFormFrame } from './moderation-form-frame.tsx'
import { TextAreaField } from './text-area-field.tsx'

const formId = 'mod-text'
// REPORT_TEXT_MAX in report-schemas.ts.
const TEXT_MAX = 2000

interface ModerationTextFormProps {
  report: StaffReport
  save(change: ModerateReportBody, message: string): Promise<void>
  onCancel(): void
}

/** Removing personal data from a report's text (GDPR art. 10); the original stays in the audit log only. */
export function ModerationTextForm({ report, save, onCancel }: ModerationTextFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['description'] })
  const [text, setText] = useState(report.description)

  const submit = async () => {
    const change = textChange(report, text)
    if (!change.ok) return form.fail(change.problems.map((problem) => ({ field: problem.field, message: t(`moderation.problems.${problem.key}`) })))
    await form.run(() => save(change.body, t('moderation.textForm.done', { id: report.id })))
  }

  return (
    <ModerationFormFrame
      formId={formId}
      form={form}
      heading={t('moderation.textForm.heading', { id: report.id })}
      intro={
        <>
          <p className="gs-section__intro">{t('moderation.textForm.intro')}</p>
          <p className="gs-section__intro">{t('moderation.textForm.original')}</p>
        </>
      }
      submitLabel={t('moderation.textForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextAreaField
        id={`${formId}-description`}
        label={t('moderation.textForm.label')}
        rows={6}
        maxLength={TEXT_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problemFor(form.problems, 'description')}
      />
    </ModerationFormFrame>
  )
}
