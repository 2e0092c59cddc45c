/**
 * Staff accounts. Rules: e-mail addresses are unique (compared in lower case); nobody disables or
 * demotes themselves, and the last active admin stays one, so an installation always keeps an admin
 * who can log in; disabling an account or changing its role or password ends its sessions.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import { hashPassword } from '../auth/password-hash.ts'
import { endUserSessions } from '../auth/sessions.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import { accountMunicipality } from '../municipalities/account-municipality.ts'
import type { CreateUserBody, UpdateUserBody, UserSummary } from '../shared/api/user-schemas.ts'

const emailTaken = (email: string) =>
  conflict('email_taken', `Det finns redan ett konto för ${email}.`, `There is already an account for ${email}.`)

// Changes to admins take this transaction lock, so two admins cannot demote each other at once.
const ADMIN_CHANGE_LOCK = 17812017

const summaryColumns = `id, email, display_name, role, municipality_code, disabled_at IS NOT NULL AS disabled,
  to_json(last_login_at)#>>'{}' AS last_login_at, to_json(created_at)#>>'{}' AS created_at`

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

export async function listUsers(db: Queryable): Promise<UserSummary[]> {
  return db.query<UserSummary>(`SELECT ${summaryColumns} FROM app_user ORDER BY disabled_at IS NOT NULL, email`)
}

/**
 * Creates an account. The password is hashed before the transaction starts (a hash takes ~100 ms
 * and the embedded database runs one transaction at a time); it is never stored or logged as text.
 */
export async function createUser(db: Database, input: CreateUserBody, actor: Actor, requestId?: string): Promise<UserSummary> {
  const email = normaliseEmail(input.email)
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const municipalityCode = await accountMunicipality(tx, input.role, input.municipality_code)
    // ON CONFLICT rather than a look first: two requests for one address at once get one account and one 409.
    const [user] = await tx.query<UserSummary>(
      `INSERT INTO app_user (email, display_name, role, password_hash, municipality_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING
       RETURNING ${summaryColumns}`,
      [email, input.display_name ?? '', input.role, passwordHash, municipalityCode],
    )
    if (!user) throw emailTaken(email)
    await recordAudit(tx, { actor, action: 'create', objectType: 'user', objectId: user.id, objectLabel: user.email, before: null, after: audited(user), requestId })
    return user
  })
}

export async function updateUser(
  db: Database,
  id: number,
  change: UpdateUserBody,
  actor: Actor,
  requestId?: string,
): Promise<UserSummary> {
  const passwordHash = change.password === undefined ? null : await hashPassword(change.password)
  return db.transaction((tx) => applyUserUpdate(tx, id, change, passwordHash, actor, requestId))
}

async function applyUserUpdate(
  tx: Queryable,
  id: number,
  change: UpdateUserBody,
  passwordHash: string | null,
  actor: Actor,
  requestId: string | undefined,
): Promise<UserSummary> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_CHANGE_LOCK])
  const [before] = await tx.query<UserSummary>(`SELECT ${summaryColumns} FROM app_user WHERE id = $1 FOR UPDATE`, [id])
  if (!before) throw notFound('user_not_found', 'Kontot finns inte.', 'There is no such account.')
  if (id === actor.userId && (change.disabled === true || (change.role !== undefined && change.role !== before.role))) {
    throw conflict(
      'own_account',
      'Du kan inte stänga av ditt eget konto eller ändra din egen roll. Be en annan administratör.',
      'You cannot disable your own account or change your own role. Ask another admin.',
    )
  }
  const stopsBeingAdmin = before.role === 'admin' && !before.disabled && (change.disabled === true || (change.role ?? 'admin') !== 'admin')
  if (stopsBeingAdmin && (await otherActiveAdmins(tx, id)) === 0) {
    throw conflict(
      'last_admin',
      'Det här är det enda aktiva administratörskontot. Ge någon annan rollen administratör först.',
      'This is the only active admin account. Make someone else an admin first.',
    )
  }
  // A kommun account keeps its municipality unless given another; any other role has none.
  const role = change.role ?? before.role
  const keptCode = role === 'kommun' && before.role === 'kommun' ? before.municipality_code : undefined
  const municipalityCode = await accountMunicipality(tx, role, change.municipality_code === undefined ? keptCode : change.municipality_code)
  const [after] = await tx.query<UserSummary>(
    `UPDATE app_user SET
        display_name = coalesce($2, display_name),
        role = coalesce($3, role),
        disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at
                           WHEN $4 THEN coalesce(disabled_at, now()) ELSE NULL END,
        password_hash = coalesce($5, password_hash),
        municipality_code = $6,
        updated_at = now()
      WHERE id = $1
      RETURNING ${summaryColumns}`,
    [id, change.display_name ?? null, change.role ?? null, change.disabled ?? null, passwordHash, municipalityCode],
  )
  if (!after) throw new Error('update returned no row')
  const endsSessions = after.disabled || after.role !== before.role || passwordHash !== null
  // Someone changing their own password stays logged in here, and only here.
  if (endsSessions) await endUserSessions(tx, id, id === actor.userId ? actor.sessionId : undefined)
  await recordAudit(tx, {
    actor,
    action: 'update',
    objectType: 'user',
    objectId: id,
    objectLabel: after.email,
    before: audited(before),
    after: { ...audited(after), ...(passwordHash && { password: 'changed' }) },
    requestId,
  })
  return after
}

async function otherActiveAdmins(tx: Queryable, id: number): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `SELECT count(*)::integer AS count FROM app_user WHERE role = 'admin' AND disabled_at IS NULL AND id <> $1`,
    [id],
  )
  return row?.count ?? 0
}

/** What the audit log keeps of an account: never the password or its hash. */
function audited(user: UserSummary) {
  return { email: user.email, display_name: user.display_name, role: user.role, municipality_code: user.municipality_code, disabled: user.disabled }
}
