/**
 * Sessions live in the database, so any server process on the same database serves the same user.
 * The browser holds a random token; the table holds only its SHA-256. A session ends at logout,
 * after `idleMinutes` without a request, after `maxHours` in all, or when the account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Queryable } from '../db/database.ts'
import type { ApiTokenScope } from '../shared/api/api-token-schemas.ts'
import type { Role } from '../shared/roles.ts'

export interface SessionSettings {
  idleMinutes: number
  maxHours: number
}

/** The person behind a request, when they are logged in, or the system behind an API token. */
export interface Auth {
  /** How the request showed who it is: a session cookie, or `Authorization: Bearer` with an API token. */
  via: 'session' | 'token'
  /** For a token `api-token:<id>`, which names no session. */
  sessionId: string
  /** For a token, the admin who created it; `actorOf` makes its writes name the token. */
  userId: number
  email: string
  displayName: string
  role: Role
  /**
   * The municipality a kommun account works in: its lists and writes stay inside it. Null for the
   * police, admins and API tokens, who work in the whole police area (server/municipalities/staff-scope.ts).
   */
  municipalityCode: string | null
  /** Empty for a token: a bearer request carries no ambient credential, so it needs no CSRF token. */
  csrfToken: string
  /** The API token, when `via` is 'token'. */
  token: ApiTokenAuth | null
}

export interface ApiTokenAuth {
  id: number
  name: string
  prefix: string
  scope: ApiTokenScope
}

export interface NewSession {
  token: string
  csrfToken: string
}

// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_SECONDS = 60

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex')

export async function createSession(db: Queryable, userId: number, settings: SessionSettings): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  await db.query(
    `INSERT INTO user_session (id, user_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [sessionIdOf(token), userId, csrfToken, settings.maxHours],
  )
  return { token, csrfToken }
}

/** The session a cookie token belongs to, if it is still alive; one indexed lookup. */
export async function findSession(db: Queryable, token: string, settings: SessionSettings): Promise<Auth | null> {
  const sessionId = sessionIdOf(token)
  const [row] = await db.query<{
    user_id: number
    email: string
    display_name: string
    role: Role
    municipality_code: string | null
    csrf_token: string
    needs_touch: boolean
  }>(
    `SELECT s.user_id, u.email, u.display_name, u.role, u.municipality_code, s.csrf_token,
            s.last_seen_at < now() - make_interval(secs => $3) AS needs_touch
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)
        AND u.disabled_at IS NULL`,
    [sessionId, settings.idleMinutes, TOUCH_AFTER_SECONDS],
  )
  if (!row) return null
  if (row.needs_touch) await db.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [sessionId])
  return {
    via: 'session',
    sessionId,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    municipalityCode: row.role === 'kommun' ? row.municipality_code : null,
    csrfToken: row.csrf_token,
    token: null,
  }
}

export async function endSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('DELETE FROM user_session WHERE id = $1', [sessionId])
}

/** Ends every session of a user, except perhaps the one making the request. */
export async function endUserSessions(db: Queryable, userId: number, exceptSessionId?: string): Promise<void> {
  await db.query('DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, exceptSessionId ?? null])
}

/** Sessions past their time are useless; removed whenever someone logs in. */
export async function removeExpiredSessions(db: Queryable, settings: SessionSettings): Promise<void> {
  await db.query(
    'DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)',
    [settings.idleMinutes],
  )
}
