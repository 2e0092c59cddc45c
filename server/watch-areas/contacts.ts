/**
 * Contact persons (kontaktombud) of grannsamverkan areas: personal data, written by the police and
 * admins only. An area has at most one main contact: marking one as main unmarks the others.
 */
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

function audit(
  tx: Queryable,
  action: 'create' | 'update' | 'delete',
  id: number,
  before: object | null,
  after: object | null,
  actor: Actor,
  requestId: string | undefined,
) {
  const name = ((after ?? before) as { name?: string } | null)?.name ?? ''
  return recordAudit(tx, { actor, action, objectType: 'contact_person', objectId: id, objectLabel: name, before, after, requestId })
}
