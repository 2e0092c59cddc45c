import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { answerChange } from '../moderation/moderation-change.ts'
import { ModerationFormFrame } from './moderation-form-frame.tsx'
import { TextAreaField } from './text-area-field.tsx'

const formId = 'mod-answer'
const ANSWER_MAX = 2000

interface ModerationAnswerFormProps {
  report: StaffReport
  save(change: ModerateReportBody, message: string): Promise<void>
  onCancel(): void
}

/** The municipality's public answer: what it does about the place, or why not. */
export function ModerationAnswerForm({ report, save, onCancel }: ModerationAnswerFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['answer'] })
  const [answer, setAnswer] = useState(report.answer)

  const submit = async () => {
    const change = answerChange(report, answer)
    if (!change.ok) return form.fail(change.problems.map((problem) => ({ field: problem.field, message: t(`moderation.problems.${problem.key}`) })))
    await form.run(() => save(change.body, t('moderation.answerForm.done', { id: report.id })))
  }

  return (
    <ModerationFormFrame
      formId={formId}
      form={form}
      heading={t('moderation.answerForm.heading', { id: report.id })}
      submitLabel={t('moderation.answerForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextAreaField
        id={`${formId}-answer`}
        label={t('moderation.answerForm.label')}
        hint={t('moderation.answerForm.hint')}
        rows={5}
        maxLength={ANSWER_MAX}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        error={problemFor(form.problems, 'answer')}
      />
    </ModerationFormFrame>
  )
}
