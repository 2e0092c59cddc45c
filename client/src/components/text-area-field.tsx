import type { TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
}

/** A labelled multi-line field, with hint and error tied to it like TextField's. */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea id={id} className="field__input field__textarea" rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
    </div>
  )
}
