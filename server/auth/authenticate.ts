import type { Request, RequestHandler } from 'express'
import type { Queryable } from '../db/database.ts'
import { AppError, badRequest } from '../errors.ts'
import { authenticateToken } from './api-tokens.ts'
import type { Auth, SessionSettings } from './sessions.ts'
import { findSession } from './sessions.ts'
import { readSessionToken } from './session-cookie.ts'

declare module 'express-serve-static-core' {
  interface Request {
    /** The logged-in staff member or API token, or null for the public (and for an expired session). */
    auth: Auth | null
  }
}

/**
 * Looks up the session cookie or the API token (`Authorization: Bearer`), if any; requests with
 * neither cost no query. A token that does not work is a 401, never the public: a script whose
 * token was revoked must hear so rather than quietly read less.
 */
export function authenticate(db: Queryable, settings: SessionSettings): RequestHandler {
  return async (req, res, next) => {
    try {
      const bearer = bearerToken(req)
      const session = readSessionToken(req)
      if (bearer !== null && session) throw twoCredentials()
      if (bearer !== null) req.auth = await authenticateToken(db, bearer)
      else req.auth = session ? await findSession(db, session, settings) : null
      next()
    } catch (error) {
      // RFC 6750: a refused token is named as such, so a client knows to ask for a new one.
      if (error instanceof AppError && error.status === 401) res.set('WWW-Authenticate', 'Bearer realm="Trygghetskartan", error="invalid_token"')
      next(error)
    }
  }
}

/**
 * The token of `Authorization: Bearer <token>`, '' for a Bearer header without one, or null
 * without a Bearer header. Another scheme (a reverse proxy's Basic login) is not ours to read.
 */
function bearerToken(req: Request): string | null {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(req.get('Authorization')?.trim() ?? '')
  return match ? (match[1] ?? '').trim() : null
}

const twoCredentials = () =>
  badRequest(
    'two_credentials',
    'Begäran har både en inloggning (kaka) och en API-nyckel. Skicka bara den ena.',
    'The request carries both a login (cookie) and an API token. Send only one of them.',
  )
