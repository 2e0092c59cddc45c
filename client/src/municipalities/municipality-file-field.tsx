import { useTranslation } from 'react-i18next'

interface MunicipalityFileFieldProps {
  id: string
  label: string
  hint: string
  error: string | undefined
  onChange(file: File | null): void
}

/** A GIS file input with its label, hint and error tied to it as the other fields tie them. */
export function MunicipalityFileField({ id, label, hint, error, onChange }: MunicipalityFileFieldProps) {
  const { t } = useTranslation()
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="municipality-form__file"
        type="file"
        accept=".geojson,.json,.zip,.gpkg,application/geo+json,application/json,application/zip,application/geopackage+sqlite3"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  )
}
