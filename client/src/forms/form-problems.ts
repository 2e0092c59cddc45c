/**
 * What went wrong with a form, as a person reads it: one message per field (shown beside the
 * field and linked from the error summary) plus messages about the form as a whole.
 */
import { ApiError } from '../data/api-client.ts'
import type { FormatContext } from '../features/translate.ts'

export interface FormProblem {
  /** The form's name for the field (its input id is `<form id>-<field>`); null for the whole form. */
  field: string | null
  message: string
}

export interface ProblemOptions {
  /** The fields the form shows; a server problem about another field is reported for the whole form. */
  fields: readonly string[]
  /** Error codes that are about one field although the server names none (`email_taken` → `email`). */
  codeFields?: Readonly<Record<string, string>>
}

/** Any thrown value as a sentence in the page's language. */
export function errorMessage(error: unknown, context: FormatContext): string {
  if (!(error instanceof ApiError)) return context.t('errors.unknown')
  if (error.code === 'network_error') return context.t('errors.network')
  if (error.code === 'too_many_requests' && error.retryAfterSeconds !== null) {
    return context.t('errors.tooManyRequests', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) })
  }
  const text = context.language === 'sv' ? error.messageSv || error.messageEn : error.messageEn || error.messageSv
  return text || context.t('errors.unknown')
}

/** A failed call as form problems: the server's field problems on their fields, the rest for the form. */
export function problemsFromError(error: unknown, context: FormatContext, options: ProblemOptions): FormProblem[] {
  if (!(error instanceof ApiError)) return [{ field: null, message: errorMessage(error, context) }]
  const known = new Set(options.fields)
  const codeField = options.codeFields?.[error.code]
  if (codeField && known.has(codeField)) return [{ field: codeField, message: errorMessage(error, context) }]
  if (error.fields.length === 0) return [{ field: null, message: errorMessage(error, context) }]
  const problems: FormProblem[] = []
  const seen = new Set<string>()
  for (const problem of error.fields) {
    const text = context.language === 'sv' ? problem.message_sv : problem.message
    const field = known.has(problem.field) ? problem.field : null
    // One message per field: the first is the one to fix first.
    if (field !== null) {
      if (seen.has(field)) continue
      seen.add(field)
    }
    problems.push({ field, message: field === null && problem.field ? `${problem.field}: ${text}` : text })
  }
  return problems
}

export const problemFor = (problems: readonly FormProblem[], field: string): string | undefined =>
  problems.find((problem) => problem.field === field)?.message
