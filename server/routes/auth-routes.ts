import { changeOwnPassword, logIn } from '../auth/login.ts'
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts'
import { endSession, endUserSessions } from '../auth/sessions.ts'
import { recordAudit } from '../audit/audit-log.ts'
import { countRequest } from '../limits/rate-limiter.ts'
import type { SessionResponse } from '../shared/api/auth-schemas.ts'
import { loginBody, logoutBody, passwordChangeBody } from '../shared/api/auth-schemas.ts'
import { actorOf, defineRoute } from './api-route.ts'

export const authRoutes = [
  defineRoute({
    method: 'get',
    path: '/auth/session',
    access: 'public',
    async handle({ auth }) {
      const body: SessionResponse = auth
        ? {
            user: { id: auth.userId, email: auth.email, display_name: auth.displayName, role: auth.role, municipality_code: auth.municipalityCode },
            csrf_token: auth.csrfToken,
          }
        : { user: null, csrf_token: null }
      return { body }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/auth/login',
    access: 'public',
    // Logins have limits of their own (below); an office's logins must not use up its public writes.
    publicWriteLimit: false,
    body: loginBody,
    async handle({ body, deps, req, res }) {
      // Counted before the password is checked, so guessing costs an attempt either way: per
      // account and address (one person mistyping is stopped last), per account from anywhere,
      // and per address over all accounts, which is generous for colleagues behind one office address.
      const { limits } = deps.config
      const account = body.email.toLowerCase()
      await countRequest(deps.db, `login:${req.ip}:${account}`, limits.login)
      await countRequest(deps.db, `login-account:${account}`, limits.loginAccount)
      await countRequest(deps.db, `login-address:${req.ip}`, limits.loginAddress)
      const { user, session } = await logIn(deps.db, body, deps.config.session, req.id as string)
      // Logging in from a browser that was logged in as someone else ends that session.
      if (req.auth) await endSession(deps.db, req.auth.sessionId)
      setSessionCookie(req, res, session.token, deps.config.session.maxHours, deps.config.publicUrl)
      const answer: SessionResponse = { user, csrf_token: session.csrfToken }
      return { body: answer }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/auth/logout',
    // Public, so that a browser whose session already expired can still clear its cookie.
    access: 'public',
    body: logoutBody,
    async handle({ body, auth, deps, req, res }) {
      clearSessionCookie(req, res, deps.config.publicUrl)
      if (!auth) return undefined
      await deps.db.transaction(async (tx) => {
        if (body.everywhere) await endUserSessions(tx, auth.userId)
        else await endSession(tx, auth.sessionId)
        await recordAudit(tx, {
          actor: actorOf(auth),
          action: 'logout',
          objectType: 'user',
          objectId: auth.userId,
          objectLabel: auth.email,
          before: null,
          after: body.everywhere ? { everywhere: true } : null,
          requestId: req.id as string,
        })
      })
      return undefined
    },
  }),

  defineRoute({
    method: 'post',
    path: '/auth/password',
    access: 'staff',
    body: passwordChangeBody,
    async handle({ body, auth, deps, req }) {
      await countRequest(deps.db, `password:${auth.userId}`, deps.config.limits.login)
      await changeOwnPassword(deps.db, actorOf(auth), { current: body.current_password, next: body.new_password }, req.id as string)
      return undefined
    },
  }),
]
