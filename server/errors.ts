import type { ErrorRequestHandler, RequestHandler } from 'express'

/** An error meant for the client: a status and a message a person understands, in Swedish and English. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageSv: string,
    readonly messageEn: string,
  ) {
    super(messageEn)
  }
}

export const badRequest = (code: string, sv: string, en: string) => new AppError(400, code, sv, en)
export const notFound = (code: string, sv: string, en: string) => new AppError(404, code, sv, en)

export const unknownPath: RequestHandler = (req, _res, next) => {
  next(notFound('not_found', `Sidan ${req.path} finns inte.`, `There is no page at ${req.path}.`))
}

/** The one place errors become responses: the client never sees a stack trace. */
export const handleErrors: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = toAppError(error)
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed')
  res.status(appError.status).json({
    error: { code: appError.code, message: appError.messageEn, message_sv: appError.messageSv },
    requestId: req.id,
  })
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  // Express and its middleware (static files, a malformed URL) mark client errors with a 4xx status.
  const status = (error as { status?: unknown } | null)?.status
  if (status === 404) return notFound('not_found', 'Filen finns inte.', 'There is no such file.')
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', 'Begäran kunde inte läsas.', 'The request could not be read.')
  }
  return new AppError(500, 'internal', 'Något gick fel på servern.', 'Something went wrong on the server.')
}
