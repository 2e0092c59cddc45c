/**
 * Contact persons (kontaktombud) of grannsamverkan areas: personal data, written by the police and
 * admins only. An area has at most one main contact: marking one as main unmarks the others.
 */
import { createHmac, randomBytes } from 'node:crypto'
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { ContactBody, ContactChangeBody } from '../shared/api/contact-schemas.ts'
import type { ContactPerson } from '../shared/api/watch-area-schemas.ts'
import { watchAreaNotFound } from './watch-area-records.ts'

const contactNotFound = () => notFound('contact_not_found', 'Kontaktombudet finns inte.', 'There is no such contact person.')

const contactColumns = 'id, name, phone, email, is_main'

export async function addContact(db: Database, areaId: number, input: ContactBody, actor: Actor, requestId?: string): Promise<ContactPerson> {
  return db.transaction(async (tx) => {
    const [area] = await tx.query('SELECT 1 FROM watch_area WHERE id = $1 FOR UPDATE', [areaId])
    if (!area) throw watchAreaNotFound()
    if (input.is_main) await tx.query('UPDATE contact_person SET is_main = false WHERE area_id = $1', [areaId])
    const [contact] = await tx.query<ContactPerson>(
      `INSERT INTO contact_person (area_id, name, phone, email, is_main) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${contactColumns}`,
      [areaId, input.name, input.phone ?? null, input.email?.toLowerCase() ?? null, input.is_main ?? false],
    )
    if (!contact) throw new Error('insert returned no row')
    await audit(tx, 'create', contact.id, null, { area_id: areaId, ...contact }, actor, requestId)
    return contact
  })
}

export async function changeContact(db: Database, id: number, change: ContactChangeBody, actor: Actor, requestId?: string): Promise<ContactPerson> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<ContactPerson & { area_id: number }>(
      `SELECT area_id, ${contactColumns} FROM contact_person WHERE id = $1 FOR UPDATE`,
      [id],
    )
    if (!before) throw contactNotFound()
    // Locks the area, as adding a contact does, so two changes cannot both leave a main contact.
    await tx.query('SELECT 1 FROM watch_area WHERE id = $1 FOR UPDATE', [before.area_id])
    if (change.is_main) await tx.query('UPDATE contact_person SET is_main = false WHERE area_id = $1 AND id <> $2', [before.area_id, id])
    const [after] = await tx.query<ContactPerson & { area_id: number }>(
      `UPDATE contact_person SET
          name = coalesce($2, name),
          phone = CASE WHEN $3::boolean THEN $4 ELSE phone END,
          email = CASE WHEN $5::boolean THEN $6 ELSE email END,
          is_main = coalesce($7, is_main)
        WHERE id = $1
        RETURNING area_id, ${contactColumns}`,
      [id, change.name ?? null, change.phone !== undefined, change.phone ?? null, change.email !== undefined,
        change.email?.toLowerCase() ?? null, change.is_main ?? null],
    )
    if (!after) throw new Error('update returned no row')
    await audit(tx, 'update', id, before, after, actor, requestId)
    return { id: after.id, name: after.name, phone: after.phone, email: after.email, is_main: after.is_main }
  })
}

export async function removeContact(db: Database, id: number, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<ContactPerson & { area_id: number }>(
      `DELETE FROM contact_person WHERE id = $1 RETURNING area_id, ${contactColumns}`,
      [id],
    )
    if (!before) throw contactNotFound()
    await audit(tx, 'delete', id, before, null, actor, requestId)
  })
}

/**
 * The audit log is append-only, so it must not keep personal data that may later have to be erased:
 * it records which fields a change touched, never their values.
 */
function audit(
  tx: Queryable,
  action: 'create' | 'update' | 'delete',
  id: number,
  before: object | null,
  after: object | null,
  actor: Actor,
  requestId: string | undefined,
) {
  return recordAudit(tx, {
    actor,
    action,
    objectType: 'contact_person',
    objectId: id,
    objectLabel: '',
    before: before && withoutPersonalValues(before),
    after: after && withoutPersonalValues(after),
    requestId,
  })
}

const personalFields = new Set(['name', 'phone', 'email'])
const HIDDEN = '(personuppgift)'

function withoutPersonalValues(record: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, personalFields.has(key) && value !== null ? `${HIDDEN}:${hashOf(value)}` : value]),
  )
}

// A key that lives only in this process: the marks tell before from after within one entry, but
// cannot be turned back into a phone number by trying them all.
const markKey = randomBytes(32)

/** A short keyed hash, so an entry shows which values changed without showing them. */
const hashOf = (value: unknown) => createHmac('sha256', markKey).update(String(value)).digest('hex').slice(0, 8)
