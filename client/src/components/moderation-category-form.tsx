import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, ReportCategory, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { reportCategories } from '../moderation/report-words.ts'
import { ModerationFormFrame } from './moderation-form-frame.tsx'
import { SelectField } from './select-field.tsx'

const formId = 'mod-category'

interface ModerationCategoryFormProps {
  report: StaffReport
  save(change: ModerateReportBody, message: string): Promise<void>
  onCancel(): void
}

/** A report filed under the wrong category is moved (duplicates are found within a category). */
export function ModerationCategoryForm({ report, save, onCancel }: ModerationCategoryFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['category'] })
  const [category, setCategory] = useState<ReportCategory>(report.category)

  const submit = async () => {
    if (category === report.category) return form.fail([{ field: 'category', message: t('moderation.problems.categoryUnchanged') }])
    await form.run(() => save({ category }, t('moderation.categoryForm.done', { id: report.id, category: t(`moderation.category.${category}`) })))
  }

  return (
    <ModerationFormFrame
      formId={formId}
      form={form}
      heading={t('moderation.categoryForm.heading', { id: report.id })}
      submitLabel={t('moderation.categoryForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectField
        id={`${formId}-category`}
        label={t('moderation.categoryForm.label')}
        value={category}
        onChange={(event) => setCategory(event.target.value as ReportCategory)}
        error={problemFor(form.problems, 'category')}
      >
        {reportCategories.map((value) => (
          <option key={value} value={value}>
            {t(`moderation.category.${value}`)}
          </option>
        ))}
      </SelectField>
    </ModerationFormFrame>
  )
}
