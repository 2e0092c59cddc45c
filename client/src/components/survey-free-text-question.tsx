import { useTranslation } from 'react-i18next'
import { FREE_TEXT_MAX } from '../survey/survey-options.ts'

interface SurveyFreeTextQuestionProps {
  inputId: string
  number: number
  text: string
  value: string
  error?: string | undefined
  onChange(value: string): void
}

/**
 * A free-text answer, steered away from people (GDPR art. 10): the warning sits between the
 * question and the field, where it is read before writing, and a count says how much room is left.
 */
export function SurveyFreeTextQuestion({ inputId, number, text, value, error, onChange }: SurveyFreeTextQuestionProps) {
  const { t } = useTranslation()
  const hintId = `${inputId}-hint`
  const countId = `${inputId}-count`
  const errorId = error ? `${inputId}-error` : undefined
  return (
    <div className={error ? 'survey-question survey-question--error survey-free-text' : 'survey-question survey-free-text'}>
      <label className="survey-question__legend" htmlFor={inputId}>
        <span className="survey-question__number">{t('survey.form.number', { number })}</span>
        <span className="survey-question__text">{text}</span>
      </label>
      <p id={hintId} className="survey-question__hint survey-free-text__warning">
        {t('survey.freeText.hint')}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea
        id={inputId}
        className="field__input field__textarea survey-free-text__input"
        rows={4}
        maxLength={FREE_TEXT_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId, countId].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={countId} className="survey-free-text__count">
        {t('survey.freeText.count', { count: value.length, max: FREE_TEXT_MAX })}
      </p>
    </div>
  )
}
