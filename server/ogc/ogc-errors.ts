import type { ErrorRequestHandler } from 'express'
import { AppError, notFound } from '../errors.ts'
import { errorHtml } from './html/error-html.ts'
import { linkBase } from '../routes/request-origin.ts'
import { prefersHtml } from './output-format.ts'
import { setCaching } from './ogc-response.ts'

export const staffOnly = (id: string) =>
  new AppError(
    401,
    'staff_only',
    `Samlingen ${id} är bara för personal. Logga in, eller skicka en API-nyckel som "Authorization: Bearer <nyckel>".`,
    `The collection ${id} is for staff only. Log in, or send an API token as "Authorization: Bearer <token>".`,
  )

/**
 * Errors of the OGC API in the standard's shape (OpenAPI `exception`: `code` and `description`),
 * with our usual envelope beside it so the Swedish message is there too. A browser that asked for
 * HTML gets the same as a page. Never a stack trace.
 */
export function ogcErrors(publicUrl: string | undefined): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = toOgcError(error)
    if (appError.status >= 500) req.log.error({ err: error }, 'request failed')
    setCaching(req, res)
    // An error is about this request only: nobody keeps it.
    res.set('Cache-Control', 'no-store')
    // A refused token already has its header from authenticate() (error="invalid_token", as /api
    // answers); only a request without credentials gets the bare challenge here.
    if (appError.status === 401 && !res.get('WWW-Authenticate')) res.set('WWW-Authenticate', 'Bearer realm="Trygghetskartan"')
    if (appError.extra.retryAfterSeconds !== undefined) res.set('Retry-After', String(appError.extra.retryAfterSeconds))
    res.status(appError.status)
    if (prefersHtml(req)) {
      res.type('text/html').send(errorHtml(linkBase(req, publicUrl), appError))
      return
    }
    res.json({
      code: appError.code,
      description: appError.messageEn,
      error: { code: appError.code, message: appError.messageEn, message_sv: appError.messageSv },
      requestId: req.id,
    })
  }
}

/** An unknown path below /ogc. */
export const ogcNotFound = (path: string) => notFound('not_found', `Sidan ${path} finns inte.`, `There is no page at ${path}.`)

function toOgcError(error: unknown): AppError {
  if (error instanceof AppError) return error
  // Express marks client errors (a malformed URL) with a 4xx status.
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', 'Begäran kunde inte läsas.', 'The request could not be read.')
  }
  return new AppError(500, 'internal', 'Något gick fel på servern.', 'Something went wrong on the server.')
}
