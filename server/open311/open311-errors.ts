/**
 * Open311 clients read errors as a list of `{code, description}`, not as our `{error: {…}}`. The
 * errors themselves are the app's AppErrors (thrown by the same checks as everywhere else); this
 * turns them into that shape, with the Swedish text first and the English after it.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { AppError, badRequest, notFound } from '../errors.ts'

export interface Open311ErrorItem {
  code: number
  description: string
}

export function open311Errors(error: AppError): Open311ErrorItem[] {
  const fields = error.extra.fields ?? []
  if (fields.length === 0) return [{ code: error.status, description: `${error.messageSv} / ${error.messageEn}` }]
  return fields.map((problem) => ({ code: error.status, description: `${problem.message_sv} / ${problem.message}` }))
}

/** Errors of the body parsers (Express marks them with a `type`), as a client's mistakes. */
const bodyParserErrors: Record<string, () => AppError> = {
  'entity.parse.failed': () => badRequest('malformed_json', 'Innehållet är inte giltig JSON.', 'The body is not valid JSON.'),
  'entity.too.large': () => new AppError(413, 'body_too_large', 'Innehållet är för stort.', 'The body is too large.'),
  'parameters.too.many': () => new AppError(413, 'too_many_parameters', 'Begäran har för många fält.', 'The request has too many fields.'),
  'encoding.unsupported': () => new AppError(415, 'unsupported_encoding', 'Innehållets kodning stöds inte.', 'The body encoding is not supported.'),
  'charset.unsupported': () => new AppError(415, 'unsupported_charset', 'Skicka innehållet som UTF-8.', 'Send the body as UTF-8.'),
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown }
  const fromBodyParser = typeof type === 'string' ? bodyParserErrors[type] : undefined
  if (fromBodyParser) return fromBodyParser()
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', 'Begäran kunde inte läsas.', 'The request could not be read.')
  }
  return new AppError(500, 'internal', 'Något gick fel på servern.', 'Something went wrong on the server.')
}

/** The Open311 router's error handler: the same errors as elsewhere, in Open311's shape. */
export const handleOpen311Errors: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = toAppError(error)
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed')
  if (appError.extra.retryAfterSeconds !== undefined) res.set('Retry-After', String(appError.extra.retryAfterSeconds))
  res.set('Cache-Control', 'no-store').status(appError.status).json(open311Errors(appError))
}

/** A path under /open311 that names no resource: 404 in Open311's shape, not the app's. */
export const unknownOpen311Path: RequestHandler = (req, _res, next) => {
  next(notFound('not_found', `Det finns inget Open311-anrop på ${req.baseUrl}${req.path}.`, `There is no Open311 method at ${req.baseUrl}${req.path}.`))
}
