import type { ErrorRequestHandler, RequestHandler } from 'express'

/** What was wrong with one field of a payload, in Swedish and English. */
export interface FieldProblem {
  /** Where in the payload, e.g. `email` or `geometry.coordinates.0`; empty for the payload as a whole. */
  field: string
  message: string
  message_sv: string
}

/** An error meant for the client: a status and a message a person understands, in Swedish and English. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageSv: string,
    readonly messageEn: string,
    readonly extra: { fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(messageEn)
  }
}

export const badRequest = (code: string, sv: string, en: string) => new AppError(400, code, sv, en)
export const notFound = (code: string, sv: string, en: string) => new AppError(404, code, sv, en)
export const forbidden = (code: string, sv: string, en: string) => new AppError(403, code, sv, en)
export const conflict = (code: string, sv: string, en: string) => new AppError(409, code, sv, en)

export const invalidInput = (fields: FieldProblem[]) =>
  new AppError(400, 'invalid_input', 'Uppgifterna är inte giltiga.', 'The data is not valid.', { fields })

export const notLoggedIn = () =>
  new AppError(401, 'not_logged_in', 'Du behöver logga in för att göra det här.', 'You need to log in to do this.')

export const unknownPath: RequestHandler = (req, _res, next) => {
  next(notFound('not_found', `Sidan ${req.path} finns inte.`, `There is no page at ${req.path}.`))
}

/** The one place errors become responses: the client never sees a stack trace. */
export const handleErrors: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = toAppError(error)
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed')
  if (appError.extra.retryAfterSeconds !== undefined) res.set('Retry-After', String(appError.extra.retryAfterSeconds))
  res.status(appError.status).json({
    error: {
      code: appError.code,
      message: appError.messageEn,
      message_sv: appError.messageSv,
      ...(appError.extra.fields && { fields: appError.extra.fields }),
    },
    requestId: req.id,
  })
}

/** Errors from Express's body parser, by their `type`. */
const bodyParserErrors: Record<string, () => AppError> = {
  'entity.parse.failed': () =>
    badRequest('malformed_json', 'Innehållet är inte giltig JSON.', 'The body is not valid JSON.'),
  'entity.too.large': () =>
    new AppError(413, 'body_too_large', 'Innehållet är för stort.', 'The body is too large.'),
  'encoding.unsupported': () =>
    new AppError(415, 'unsupported_encoding', 'Innehållets kodning stöds inte.', 'The body encoding is not supported.'),
  'charset.unsupported': () =>
    new AppError(415, 'unsupported_charset', 'Skicka innehållet som UTF-8.', 'Send the body as UTF-8.'),
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown }
  const fromBodyParser = typeof type === 'string' ? bodyParserErrors[type] : undefined
  if (fromBodyParser) return fromBodyParser()
  // A unique key refused a row a check had just allowed: someone else saved the same a moment before.
  if ((error as { code?: unknown } | null)?.code === '23505') {
    return conflict(
      'saved_meanwhile',
      'Någon annan sparade samma sak alldeles nyss. Ladda om sidan och försök igen.',
      'Someone else saved the same thing a moment ago. Reload the page and try again.',
    )
  }
  // Express and its middleware (static files, a malformed URL) mark client errors with a 4xx status.
  if (status === 404) return notFound('not_found', 'Filen finns inte.', 'There is no such file.')
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', 'Begäran kunde inte läsas.', 'The request could not be read.')
  }
  return new AppError(500, 'internal', 'Något gick fel på servern.', 'Something went wrong on the server.')
}
