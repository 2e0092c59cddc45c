import { useTranslation } from 'react-i18next'

interface ImportFileFieldProps {
  id: string
  error: string | undefined
  onChange(file: File | null): void
}

/** The file input with its label, hint and error tied to it as the other fields tie them. */
export function ImportFileField({ id, error, onChange }: ImportFileFieldProps) {
  const { t } = useTranslation()
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {t('fileImport.file')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('fileImport.fileHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="file-import__file"
        type="file"
        accept=".geojson,.json,.zip,.gpkg,application/geo+json,application/json,application/zip,application/geopackage+sqlite3"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  )
}
