/** The server names a problem inside the route or the meeting point by its path (`route.coordinates`); the form shows it at the field. */
import { ApiError } from '../data/api-client.ts'

export function onTopLevelFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields.some((problem) => problem.field.includes('.'))) return error
  const fields = error.fields.map((problem) => ({ ...problem, field: problem.field.split('.')[0] ?? problem.field }))
  return new ApiError(error.status, error.code, error.messageEn, error.messageSv, fields, error.retryAfterSeconds, error.requestId)
}
