import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database } from '../db/database.ts'
import { AppError } from '../errors.ts'
import type { SessionUser } from '../shared/api/auth-schemas.ts'
import { normaliseEmail } from '../users/users.ts'
import { hashPassword, unknownUserHash, verifyPassword } from './password-hash.ts'
import type { NewSession, SessionSettings } from './sessions.ts'
import { createSession, endUserSessions, removeExpiredSessions } from './sessions.ts'

export const wrongCredentials = () =>
  new AppError(401, 'wrong_credentials', 'Fel e-postadress eller lösenord.', 'Wrong e-mail address or password.')

/**
 * Checks an e-mail address and password and opens a session. Unknown addresses, wrong passwords
 * and disabled accounts all get the same answer after the same work, so nobody learns which
 * addresses have accounts.
 */
export async function logIn(
  db: Database,
  credentials: { email: string; password: string },
  settings: SessionSettings,
  requestId?: string,
): Promise<{ user: SessionUser; session: NewSession }> {
  const [found] = await db.query<SessionUser & { password_hash: string; disabled: boolean }>(
    `SELECT id, email, display_name, role, CASE WHEN role = 'kommun' THEN municipality_code END AS municipality_code,
            password_hash, disabled_at IS NOT NULL AS disabled
       FROM app_user WHERE email = $1`,
    [normaliseEmail(credentials.email)],
  )
  const matches = await verifyPassword(credentials.password, found?.password_hash ?? (await unknownUserHash))
  if (!found || !matches || found.disabled) throw wrongCredentials()

  const user: SessionUser = {
    id: found.id,
    email: found.email,
    display_name: found.display_name,
    role: found.role,
    municipality_code: found.municipality_code,
  }
  const session = await db.transaction(async (tx) => {
    await removeExpiredSessions(tx, settings)
    const created = await createSession(tx, user.id, settings)
    await tx.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [user.id])
    const actor = { userId: user.id, label: user.email }
    await recordAudit(tx, { actor, action: 'login', objectType: 'user', objectId: user.id, objectLabel: user.email, before: null, after: null, requestId })
    return created
  })
  return { user, session }
}

/** A logged-in person changes their own password; their other sessions end. */
export async function changeOwnPassword(
  db: Database,
  actor: Actor & { userId: number },
  passwords: { current: string; next: string },
  requestId?: string,
): Promise<void> {
  const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [actor.userId])
  if (!row || !(await verifyPassword(passwords.current, row.password_hash))) {
    throw new AppError(400, 'wrong_password', 'Det nuvarande lösenordet stämmer inte.', 'The current password is wrong.', {
      fields: [
        {
          field: 'current_password',
          message: 'The current password is wrong.',
          message_sv: 'Det nuvarande lösenordet stämmer inte.',
        },
      ],
    })
  }
  const passwordHash = await hashPassword(passwords.next)
  await db.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1', [actor.userId, passwordHash])
    await endUserSessions(tx, actor.userId, actor.sessionId)
    await recordAudit(tx, {
      actor,
      action: 'update',
      objectType: 'user',
      objectId: actor.userId,
      objectLabel: actor.label,
      before: null,
      after: { password: 'changed' },
      requestId,
    })
  })
}
