import { useTranslation } from 'react-i18next'

interface ReportChoiceGroupProps<T extends string> {
  /** The first radio button gets this id, so the error summary can link to the group. */
  id: string
  name: string
  legend: string
  options: readonly { value: T; label: string }[]
  value: T | ''
  error?: string | undefined
  onChange(value: T): void
}

/** A group of radio buttons in a fieldset, with its error tied to the group like a field's. */
export function ReportChoiceGroup<T extends string>({ id, name, legend, options, value, error, onChange }: ReportChoiceGroupProps<T>) {
  const { t } = useTranslation()
  const errorId = error ? `${id}-error` : undefined
  return (
    <fieldset className={error ? 'choice-group field--error' : 'choice-group'} aria-describedby={errorId}>
      <legend className="choice-group__legend">{legend}</legend>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="choice-group__options">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`
          return (
            <div key={option.value} className="choice-group__option">
              <input
                id={inputId}
                className="choice-group__input"
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId} className="choice-group__label">
                {option.label}
              </label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
