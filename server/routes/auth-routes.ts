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
            user: { id: auth.userId, email: auth.email, display_name: auth.displayName, role: auth.role },
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
    body: loginBody,
    async handle({ body, deps, req, res }) {
      // Counted per address before the password is checked: guessing costs an attempt either way.
      await countRequest(deps.db, `login:${req.ip}`, deps.config.limits.login)
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
    access: 'staff',
    body: logoutBody,
    async handle({ body, auth, deps, req, res }) {
      await deps.db.transaction(async (tx) => {
        if (body.everywhere) await endUserSessions(tx, auth.userId)
        else await endSession(tx, auth.sessionId)
        await recordAudit(tx, {
          actor: actorOf(auth),
          action: 'logout',
          objectType: 'user',
          objectId: auth.userId,
          before: null,
          after: body.everywhere ? { everywhere: true } : null,
          requestId: req.id as string,
        })
      })
      clearSessionCookie(req, res, deps.config.publicUrl)
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
