/**
 * A grannsamverkan area's record. Contact persons are personal data: they are read only when the
 * caller's role may see them (server/shared/privacy.ts); staff notes are never shown to the public.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import { checkAreaGeometry } from '../geometry/check-area-geometry.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import type {
  ContactPerson,
  CreateWatchAreaBody,
  UpdateWatchAreaBody,
  WatchAreaRecord,
} from '../shared/api/watch-area-schemas.ts'
import { maySeePersonalData } from '../shared/privacy.ts'
import type { Role } from '../shared/roles.ts'

export const watchAreaNotFound = () =>
  notFound('watch_area_not_found', 'Grannsamverkansområdet finns inte.', 'There is no such neighbourhood watch area.')

const recordColumns = `w.id, w.name, w.status, w.households, w.startup_meeting_on::text, w.last_verified_on::text,
  w.signs_count, w.signs_condition, w.signs_checked_on::text, w.notes, round(ST_Area(w.geom))::integer AS area_m2,
  to_json(w.updated_at)#>>'{}' AS updated_at, ST_AsGeoJSON(ST_Transform(w.geom, 4326), 7)::json AS geometry,
  (SELECT count(*)::integer FROM contact_person c WHERE c.area_id = w.id) AS contact_count`

/** The record as the given role may see it (`undefined` for the public). */
export async function readWatchArea(db: Queryable, id: number, role: Role | undefined): Promise<WatchAreaRecord> {
  const [record] = await db.query<WatchAreaRecord & { notes: string }>(
    `SELECT ${recordColumns} FROM watch_area w WHERE w.id = $1`,
    [id],
  )
  if (!record) throw watchAreaNotFound()
  const { notes, ...publicPart } = record
  if (role === undefined) return publicPart
  if (!maySeePersonalData(role)) return { ...publicPart, notes }
  const contacts = await db.query<ContactPerson>(
    'SELECT id, name, phone, email, is_main FROM contact_person WHERE area_id = $1 ORDER BY is_main DESC, name',
    [id],
  )
  return { ...publicPart, notes, contacts }
}

/** What the audit log keeps of an area: its record without contacts or the time of the change. */
async function auditedRecord(db: Queryable, id: number) {
  const record: Partial<WatchAreaRecord> = await readWatchArea(db, id, 'kommun')
  delete record.updated_at
  return record
}

/** The columns a change may set, by field name: an allow-list, so a payload never names SQL. */
const updatableColumns = {
  name: 'name',
  status: 'status',
  households: 'households',
  startup_meeting_on: 'startup_meeting_on',
  last_verified_on: 'last_verified_on',
  signs_count: 'signs_count',
  signs_condition: 'signs_condition',
  signs_checked_on: 'signs_checked_on',
  notes: 'notes',
} as const satisfies Record<Exclude<keyof UpdateWatchAreaBody, 'geometry' | 'updated_at'>, string>

/** Changes an area's record in one transaction, with its audit entry. */
export async function updateWatchArea(
  db: Database,
  id: number,
  change: UpdateWatchAreaBody,
  actor: Actor & { userId: number },
  role: Role,
  requestId?: string,
): Promise<WatchAreaRecord> {
  return db.transaction(async (tx) => {
    // Compared in the database: the editor's copy has the time to the microsecond.
    const [current] = await tx.query<{ municipality_code: string; unchanged: boolean }>(
      'SELECT municipality_code, $2::timestamptz IS NULL OR updated_at = $2::timestamptz AS unchanged FROM watch_area WHERE id = $1 FOR UPDATE',
      [id, change.updated_at ?? null],
    )
    if (!current) throw watchAreaNotFound()
    if (!current.unchanged) {
      throw conflict(
        'watch_area_changed',
        'Någon annan har ändrat området sedan du öppnade det. Ladda om sidan och gör din ändring igen.',
        'Someone else changed the area since you opened it. Reload the page and make your change again.',
      )
    }
    const before = await auditedRecord(tx, id)

    const assignments: string[] = []
    const values: unknown[] = [id]
    for (const [field, column] of Object.entries(updatableColumns)) {
      const value = change[field as keyof typeof updatableColumns]
      if (value === undefined) continue
      values.push(value)
      assignments.push(`${column} = $${values.length}`)
    }
    let repaired = false
    if (change.geometry) {
      const checked = await checkAreaGeometry(tx, change.geometry, current.municipality_code)
      repaired = checked.repaired
      values.push(checked.ewkt)
      assignments.push(`geom = ST_GeomFromEWKT($${values.length})`)
    }
    await tx.query(`UPDATE watch_area SET ${assignments.join(', ')}, updated_at = now() WHERE id = $1`, values)

    const after = await auditedRecord(tx, id)
    await recordAudit(tx, {
      actor,
      action: 'update',
      objectType: 'watch_area',
      objectId: id,
      objectLabel: after.name ?? '',
      before,
      after,
      requestId,
    })
    return { ...(await readWatchArea(tx, id, role)), ...(repaired && { geometry_repaired: true }) }
  })
}

/** A new area in the municipality it lies in, with its audit entry, in one transaction. */
export function createWatchArea(
  db: Database,
  input: CreateWatchAreaBody,
  actor: Actor,
  role: Role,
  requestId?: string,
): Promise<WatchAreaRecord> {
  return db.transaction((tx) => insertWatchArea(tx, input, actor, role, requestId))
}

/** The same inside the caller's transaction (an import saves many areas in one). */
export async function insertWatchArea(
  tx: Queryable,
  input: CreateWatchAreaBody,
  actor: Actor,
  role: Role,
  requestId?: string,
  srid: ImportSrid = 4326,
): Promise<WatchAreaRecord> {
  const { ewkt, municipalityCode, repaired } = await checkAreaGeometry(tx, input.geometry, null, { srid })
  const [created] = await tx.query<{ id: number }>(
    `INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, notes, geom)
     VALUES ($1, $2, $3, $4, $5, $6, ST_GeomFromEWKT($7)) RETURNING id`,
    [municipalityCode, input.name, input.status, input.households ?? null, input.startup_meeting_on ?? null,
      input.notes ?? '', ewkt],
  )
  if (!created) throw new Error('insert returned no row')
  const after = await auditedRecord(tx, created.id)
  await recordAudit(tx, {
    actor,
    action: 'create',
    objectType: 'watch_area',
    objectId: created.id,
    objectLabel: input.name,
    before: null,
    after,
    requestId,
  })
  return { ...(await readWatchArea(tx, created.id, role)), ...(repaired && { geometry_repaired: true }) }
}

/**
 * A start-up meeting was held for the area: a planned area becomes active and an area without a
 * start-up date gets this one. Runs inside the caller's transaction; audited when it changes anything.
 */
export async function startArea(tx: Queryable, id: number, heldOn: string, actor: Actor, requestId?: string): Promise<void> {
  const before = await auditedRecord(tx, id)
  const changed = await tx.query(
    `UPDATE watch_area SET
        status = CASE WHEN status = 'planned' THEN 'active' ELSE status END,
        startup_meeting_on = coalesce(startup_meeting_on, $2::date),
        updated_at = now()
      WHERE id = $1 AND (status = 'planned' OR startup_meeting_on IS NULL)
      RETURNING id`,
    [id, heldOn],
  )
  if (changed.length === 0) return
  const after = await auditedRecord(tx, id)
  await recordAudit(tx, { actor, action: 'update', objectType: 'watch_area', objectId: id, objectLabel: after.name ?? '', before, after, requestId })
}
