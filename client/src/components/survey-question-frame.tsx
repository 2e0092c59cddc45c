import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface SurveyQuestionFrameProps {
  /** The id of the question's first input; the hint and error ids are made from it. */
  inputId: string
  number: number
  legend: string
  hint?: string | undefined
  /** Shown here unless the question's own field shows it (the place search does). */
  error?: string | undefined
  className?: string
  children: ReactNode
}

/**
 * One question as a fieldset whose legend is the question, with its number, a hint and the
 * server's message about the answer tied to the group, as a field's are.
 */
export function SurveyQuestionFrame({ inputId, number, legend, hint, error, className, children }: SurveyQuestionFrameProps) {
  const { t } = useTranslation()
  const hintId = hint ? `${inputId}-hint` : undefined
  const errorId = error ? `${inputId}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const classes = ['survey-question', className, error ? 'survey-question--error' : ''].filter(Boolean).join(' ')
  return (
    <fieldset className={classes} aria-describedby={describedBy}>
      <legend className="survey-question__legend">
        <span className="survey-question__number">{t('survey.form.number', { number })}</span>
        <span className="survey-question__text">{legend}</span>
      </legend>
      {hint && (
        <p id={hintId} className="survey-question__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  )
}
