import { useCallback, useRef, useState } from 'react'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemsFromError } from './form-problems.ts'
import type { FormProblem, ProblemOptions } from './form-problems.ts'

export interface FormState {
  problems: FormProblem[]
  /** Changes on every failed submit, so the error summary takes focus again even with the same problems. */
  attempt: number
  busy: boolean
  /** Shows problems found before sending (a field left empty, passwords that differ). */
  fail(problems: FormProblem[]): void
  /** Runs a submit: busy meanwhile, problems cleared before and set from a thrown error. True when it succeeded. */
  run(action: () => Promise<void>): Promise<boolean>
}

/** The state every staff form shares; `options` says which fields the form shows. */
export function useForm(options: ProblemOptions): FormState {
  const context = useFormatContext()
  const [problems, setProblems] = useState<FormProblem[]>([])
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  // A second press while the first submit is on its way is ignored.
  const running = useRef(false)
  // A form's fields do not change while it is shown.
  const [fieldOptions] = useState(options)

  const fail = useCallback((next: FormProblem[]) => {
    setProblems(next)
    setAttempt((value) => value + 1)
  }, [])

  const run = useCallback(
    async (action: () => Promise<void>) => {
      if (running.current) return false
      running.current = true
      setBusy(true)
      try {
        await action()
        setProblems([])
        return true
      } catch (error) {
        fail(problemsFromError(error, context, fieldOptions))
        return false
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [context, fail, fieldOptions],
  )

  return { problems, attempt, busy, fail, run }
}
