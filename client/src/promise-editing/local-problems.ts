/** Problems found before sending, in the page's language, shaped like the server's (see forms/form-problems.ts). */
import type { Translate } from '../features/translate.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import type { ProblemKey } from './form-result.ts'

export const localProblems = (t: Translate, problems: readonly ProblemKey[]): FormProblem[] =>
  problems.map((problem) => ({ field: problem.field, message: t(`promiseEditing.problems.${problem.key}`) }))
