/**
 * API tokens for systems that cannot log in (scripts, desktop GIS). An admin creates one for a
 * role and a scope; the system sends it as `Authorization: Bearer tgk_…`. The token is 32 random
 * bytes, shown once; the table keeps only its SHA-256 (a slow password hash buys nothing against
 * 256 random bits, and every request looks the token up) and its first characters, so an admin can
 * tell tokens apart. Tokens are revoked, never deleted: the audit log names them.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import type { ApiTokenSummary, CreateApiTokenBody, CreatedApiToken } from '../shared/api/api-token-schemas.ts'
import type { Auth } from './sessions.ts'

/** Says what the string is wherever it turns up (a script, a secret scanner's rules). */
export const TOKEN_PREFIX = 'tgk_'
// 32 bytes in base64url without padding.
const tokenShape = /^tgk_[A-Za-z0-9_-]{43}$/
/** How much of the token the list shows: enough to tell tokens apart, far too little to guess the rest. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 6
// Writing last_used_at on every request would turn every read into a write.
const TOUCH_AFTER_SECONDS = 60

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex')

const summaryColumns = `t.id, t.name, t.role, t.scope, t.prefix,
  CASE WHEN t.revoked_at IS NOT NULL THEN 'revoked' WHEN t.expires_at <= now() THEN 'expired'
       WHEN creator.disabled_at IS NOT NULL THEN 'creator_disabled' ELSE 'active' END AS status,
  to_json(t.created_at)#>>'{}' AS created_at, creator.email AS created_by,
  to_json(t.last_used_at)#>>'{}' AS last_used_at, to_json(t.expires_at)#>>'{}' AS expires_at,
  to_json(t.revoked_at)#>>'{}' AS revoked_at, revoker.email AS revoked_by`
const summaryFrom = `api_token t JOIN app_user creator ON creator.id = t.created_by
  LEFT JOIN app_user revoker ON revoker.id = t.revoked_by`

/** Working tokens first, then by when they were made, newest first. */
export async function listApiTokens(db: Queryable): Promise<ApiTokenSummary[]> {
  return db.query<ApiTokenSummary>(
    `SELECT ${summaryColumns} FROM ${summaryFrom}
      ORDER BY t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND creator.disabled_at IS NULL DESC,
               t.created_at DESC, t.id DESC`,
  )
}

/** Creates a token; the answer is the only place its text ever appears. */
export async function createApiToken(db: Database, input: CreateApiTokenBody, actor: Actor & { userId: number }, requestId?: string): Promise<CreatedApiToken> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url')
  return db.transaction(async (tx) => {
    // The last day counts whole, in Swedish time: the token stops at the midnight after it.
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO api_token (name, role, scope, token_hash, prefix, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, (($7::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'))
       RETURNING id`,
      [input.name, input.role, input.scope, tokenHashOf(secret), secret.slice(0, SHOWN_CHARACTERS), actor.userId, input.expires_on ?? null],
    )
    if (!row) throw new Error('api_token insert returned no row')
    const token = await findSummary(tx, row.id)
    await recordAudit(tx, { actor, action: 'create', objectType: 'api_token', objectId: token.id, objectLabel: tokenLabel(token), before: null, after: audited(token), requestId })
    return { token, secret }
  })
}

/**
 * Revokes a token at once: its next request gets 401. Revoking a revoked token changes nothing and
 * answers it as it is, so a retried click or script is not an error.
 */
export async function revokeApiToken(db: Database, id: number, actor: Actor & { userId: number }, requestId?: string): Promise<ApiTokenSummary> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.query<{ id: number }>('SELECT id FROM api_token WHERE id = $1 FOR UPDATE', [id])
    if (!locked) throw notFound('api_token_not_found', 'API-nyckeln finns inte.', 'There is no such API token.')
    const before = await findSummary(tx, id)
    if (before.status === 'revoked') return before
    await tx.query('UPDATE api_token SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [id, actor.userId])
    const after = await findSummary(tx, id)
    await recordAudit(tx, { actor, action: 'update', objectType: 'api_token', objectId: id, objectLabel: tokenLabel(after), before: audited(before), after: audited(after), requestId })
    return after
  })
}

/**
 * The `Auth` of a request carrying a token, or a 401 saying why not. A token that is not one of
 * ours at all is "unknown" like any other: it is never passed on as the public.
 */
export async function authenticateToken(db: Queryable, token: string): Promise<Auth> {
  if (!tokenShape.test(token)) throw tokenRefused('unknown')
  const [row] = await db.query<{
    id: number
    name: string
    role: Auth['role']
    scope: 'read' | 'read_write'
    prefix: string
    created_by: number
    creator_email: string
    revoked: boolean
    expired: boolean
    creator_disabled: boolean
    needs_touch: boolean
  }>(
    `SELECT t.id, t.name, t.role, t.scope, t.prefix, t.created_by, u.email AS creator_email,
            t.revoked_at IS NOT NULL AS revoked, coalesce(t.expires_at <= now(), false) AS expired,
            u.disabled_at IS NOT NULL AS creator_disabled,
            coalesce(t.last_used_at < now() - make_interval(secs => $2), true) AS needs_touch
       FROM api_token t JOIN app_user u ON u.id = t.created_by
      WHERE t.token_hash = $1`,
    [tokenHashOf(token), TOUCH_AFTER_SECONDS],
  )
  if (!row) throw tokenRefused('unknown')
  if (row.revoked) throw tokenRefused('revoked')
  if (row.expired) throw tokenRefused('expired')
  // A token acts under its creator's account (the audit log names both), as a session does: when
  // that admin is disabled the token stops too, as findSession stops their sessions.
  if (row.creator_disabled) throw tokenRefused('creator_disabled')
  if (row.needs_touch) {
    // The condition again: of several requests in the same second, one writes.
    await db.query(
      'UPDATE api_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))',
      [row.id, TOUCH_AFTER_SECONDS],
    )
  }
  return {
    via: 'token',
    sessionId: `api-token:${row.id}`,
    userId: row.created_by,
    email: row.creator_email,
    displayName: `API-nyckel: ${row.name}`,
    role: row.role,
    municipalityCode: null,
    csrfToken: '',
    token: { id: row.id, name: row.name, prefix: row.prefix, scope: row.scope },
  }
}

/** How the audit log names a token, as its object and as the one who wrote. */
export const tokenLabel = (token: { name: string; prefix: string }) => `API-nyckel: ${token.name} (${token.prefix}…)`

const tokenMessages = {
  unknown: [
    'API-nyckeln är okänd. Kontrollera att hela nyckeln skickas, eller be en administratör om en ny.',
    'The API token is unknown. Check that the whole token is sent, or ask an admin for a new one.',
  ],
  revoked: [
    'API-nyckeln är återkallad och fungerar inte längre. Be en administratör om en ny.',
    'The API token has been revoked and no longer works. Ask an admin for a new one.',
  ],
  expired: [
    'API-nyckeln har gått ut. Be en administratör om en ny.',
    'The API token has expired. Ask an admin for a new one.',
  ],
  creator_disabled: [
    'API-nyckeln fungerar inte längre eftersom administratören som skapade den är avstängd. Be en administratör om en ny.',
    'The API token no longer works because the admin who created it has been disabled. Ask an admin for a new one.',
  ],
} as const

function tokenRefused(why: keyof typeof tokenMessages): AppError {
  const [sv, en] = tokenMessages[why]
  return new AppError(401, `token_${why}`, sv, en)
}

async function findSummary(tx: Queryable, id: number): Promise<ApiTokenSummary> {
  const [token] = await tx.query<ApiTokenSummary>(`SELECT ${summaryColumns} FROM ${summaryFrom} WHERE t.id = $1`, [id])
  if (!token) throw new Error(`api_token ${id} vanished inside its transaction`)
  return token
}

/** What the audit log keeps of a token: never the token or its hash. */
function audited(token: ApiTokenSummary) {
  return { name: token.name, role: token.role, scope: token.scope, prefix: token.prefix, expires_at: token.expires_at, status: token.status }
}
