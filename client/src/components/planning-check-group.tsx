import { useTranslation } from 'react-i18next'

interface PlanningCheckGroupProps<T extends string> {
  /** The fieldset's id: the error summary's link moves focus here. */
  id: string
  legend: string
  hint?: string
  error?: string | undefined
  options: readonly { value: T; label: string }[]
  chosen: readonly T[]
  onChange(chosen: T[]): void
  /** How the boxes are laid out: in columns (the default), three to a line, or one to a line. */
  layout?: 'columns' | 'short' | 'long'
}

/**
 * Checkboxes for one filter (categories, times of day, sources). Its hint and error are tied to
 * the group, so a screen reader reads them with the legend; the chosen values keep the options' order.
 */
export function PlanningCheckGroup<T extends string>({ id, legend, hint, error, options, chosen, onChange, layout = 'columns' }: PlanningCheckGroupProps<T>) {
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const toggle = (value: T, on: boolean) => onChange(options.map((option) => option.value).filter((candidate) => (candidate === value ? on : chosen.includes(candidate))))
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'pl-group field--error' : 'pl-group'} aria-describedby={describedBy}>
      <legend className="pl-group__legend">{legend}</legend>
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
      <div className={layout === 'columns' ? 'pl-group__checks' : `pl-group__checks pl-group__checks--${layout}`}>
        {options.map((option) => (
          <div key={option.value} className="gs-check pl-check">
            <input
              id={`${id}-${option.value}`}
              className="gs-check__input"
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`} className="gs-check__label">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
