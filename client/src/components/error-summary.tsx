import { useEffect, useRef } from 'react'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormProblem } from '../forms/form-problems.ts'

interface ErrorSummaryProps {
  /** The form's id: field `email` of form `login` is the input `login-email`. */
  formId: string
  problems: readonly FormProblem[]
  /** Changes on every failed submit (see useForm), which moves focus here again. */
  attempt: number
  headingLevel?: 'h2' | 'h3'
}

/**
 * The problems of a form above it. It takes focus after a failed submit, so a screen reader reads
 * it at once and a keyboard user starts from it; each problem links to its field.
 */
export function ErrorSummary({ formId, problems, attempt, headingLevel: Heading = 'h2' }: ErrorSummaryProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const hasProblems = problems.length > 0

  useEffect(() => {
    if (attempt > 0 && hasProblems) ref.current?.focus()
  }, [attempt, hasProblems])

  if (!hasProblems) return null
  const titleId = `${formId}-error-summary`

  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const input = document.getElementById(`${formId}-${field}`)
    if (!input) return
    event.preventDefault()
    input.focus()
  }

  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <Heading id={titleId} className="error-summary__title">
        {t('form.errorSummary')}
      </Heading>
      <ul className="error-summary__list">
        {problems.map((problem, index) => (
          <li key={`${problem.field ?? ''}-${index}`}>
            {problem.field ? (
              <a href={`#${formId}-${problem.field}`} onClick={(event) => focusField(event, problem.field ?? '')}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
