import { useTranslation } from 'react-i18next'
import type { FilePreview } from '../../../server/shared/api/file-import-schemas.ts'
import { SelectField } from '../components/select-field.tsx'
import { problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'

interface ImportMappingProps {
  formId: string
  preview: FilePreview
  mapping: Readonly<Record<string, string>>
  problems: readonly FormProblem[]
  onChange(field: string, attribute: string): void
}

/** One select per target field: which of the file's attributes fills it. Required fields say so in words. */
export function ImportMapping({ formId, preview, mapping, problems, onChange }: ImportMappingProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="file-import__mapping">
      <legend className="file-import__legend">{t('fileImport.mappingHeading')}</legend>
      <p className="field__hint">{t('fileImport.mappingIntro')}</p>
      <div className="file-import__mapping-grid">
        {preview.fields.map((field) => {
          const label = t(`fileImport.fields.${field.name}`)
          const hint = field.choices ? t('fileImport.choices', { choices: field.choices.join(', ') }) : t(`fileImport.kinds.${field.kind}`)
          return (
            <SelectField
              key={field.name}
              id={`${formId}-mapping.${field.name}`}
              label={field.required ? t('fileImport.required', { label }) : label}
              hint={hint}
              value={mapping[field.name] ?? ''}
              onChange={(event) => onChange(field.name, event.target.value)}
              error={problemFor(problems, `mapping.${field.name}`)}
            >
              <option value="">{field.required ? t('fileImport.notMappedRequired') : t('fileImport.notMapped')}</option>
              {preview.attributes.map((attribute) => (
                <option key={attribute} value={attribute}>
                  {attribute}
                </option>
              ))}
            </SelectField>
          )
        })}
      </div>
    </fieldset>
  )
}
