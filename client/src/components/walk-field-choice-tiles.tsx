import { useTranslation } from 'react-i18next'

interface WalkFieldChoiceTilesProps<T extends string> {
  /** The first radio button gets this id, so the error summary can link to the group. */
  id: string
  name: string
  legend: string
  hint?: string
  options: readonly { value: T; label: string }[]
  value: T | ''
  error?: string | undefined
  onChange(value: T): void
}

/**
 * Radio buttons drawn as big tiles, for a gloved finger in the dark: the whole tile is the label,
 * the chosen one is filled dark with a check mark, so it does not depend on colour. Arrow keys move
 * between them as in any radio group.
 */
export function WalkFieldChoiceTiles<T extends string>(props: WalkFieldChoiceTilesProps<T>) {
  const { id, name, legend, hint, options, value, error, onChange } = props
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <fieldset
      className={error ? 'wf-tiles field--error' : 'wf-tiles'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="wf-tiles__legend">{legend}</legend>
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
      <div className="wf-tiles__grid">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value || 'none'}`
          return (
            <div key={option.value} className="wf-tile">
              <input
                id={inputId}
                className="wf-tile__input"
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId} className="wf-tile__label">
                {option.label}
              </label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
