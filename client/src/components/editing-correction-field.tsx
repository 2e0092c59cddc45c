import { useTranslation } from 'react-i18next'
import { TextAreaField } from './text-area-field.tsx'

interface EditingCorrectionFieldProps {
  formId: string
  value: string
  onChange(value: string): void
  error: string | undefined
}

/**
 * The reason a published period is corrected. Shown only once the period is public: the reason
 * is published beside the change, so the field says so. Required by the server when something
 * changed; it answers at this field (`correction_reason`) when the reason is missing.
 */
export function EditingCorrectionField({ formId, value, onChange, error }: EditingCorrectionFieldProps) {
  const { t } = useTranslation()
  return (
    <div className="pe-correction">
      <TextAreaField
        id={`${formId}-correction_reason`}
        label={t('promiseEditing.correction.label')}
        hint={t('promiseEditing.correction.hint')}
        required
        maxLength={500}
        rows={2}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
    </div>
  )
}
