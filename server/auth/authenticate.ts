import type { RequestHandler } from 'express'
import type { Queryable } from '../db/database.ts'
import type { Auth, SessionSettings } from './sessions.ts'
import { findSession } from './sessions.ts'
import { readSessionToken } from './session-cookie.ts'

declare module 'express-serve-static-core' {
  interface Request {
    /** The logged-in staff member, or null for the public (and for an expired session). */
    auth: Auth | null
  }
}

/** Looks up the session cookie, if any; requests without one cost no query. */
export function authenticate(db: Queryable, settings: SessionSettings): RequestHandler {
  return async (req, _res, next) => {
    const token = readSessionToken(req)
    req.auth = token ? await findSession(db, token, settings) : null
    next()
  }
}
