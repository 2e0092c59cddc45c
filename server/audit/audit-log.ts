/**
 * The audit log: every write records who, when, what, and the values before and after, in the
 * same transaction as the write itself, so a write and its entry exist together or not at all.
 */
import type { Queryable } from '../db/database.ts'
import type { AuditEntry, AuditPage, AuditQuery } from '../shared/api/audit-schemas.ts'

export interface Actor {
  userId: number | null
  /** An e-mail address, or 'cli' for the command line. */
  label: string
  /** The session the write came from, if any. */
  sessionId?: string | undefined
}

export interface AuditRecord {
  actor: Actor
  action: AuditEntry['action']
  objectType: string
  objectId: string | number
  /** What a person calls the object: an account's e-mail address, an area's name. */
  objectLabel: string
  before: object | null
  after: object | null
  requestId?: string | undefined
}

/** Records one write. For an update, only the fields that changed are kept, before and after. */
export async function recordAudit(tx: Queryable, record: AuditRecord): Promise<void> {
  const { before, after } = record.action === 'update' ? changedFields(record.before, record.after) : record
  await tx.query(
    `INSERT INTO audit_entry (actor_user_id, actor, action, object_type, object_id, object_label, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      record.actor.userId,
      record.actor.label,
      record.action,
      record.objectType,
      String(record.objectId),
      record.objectLabel,
      before && JSON.stringify(before),
      after && JSON.stringify(after),
      record.requestId ?? null,
    ],
  )
}

/** The fields whose values differ between two versions of a record (a field only in `after` counts). */
export function changedFields(before: object | null, after: object | null): { before: object | null; after: object | null } {
  if (!before || !after) return { before, after }
  const old = before as Record<string, unknown>
  const changed = Object.keys({ ...old, ...after }).filter(
    (key) => JSON.stringify(old[key]) !== JSON.stringify((after as Record<string, unknown>)[key]),
  )
  const pick = (record: Record<string, unknown>) =>
    Object.fromEntries(changed.filter((key) => key in record).map((key) => [key, record[key]]))
  return { before: pick(old), after: pick(after as Record<string, unknown>) }
}

const DEFAULT_PAGE_SIZE = 50

/** Newest first, optionally for one object type or one object, a page at a time. */
export async function listAudit(db: Queryable, query: AuditQuery): Promise<AuditPage> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const rows = await db.query<AuditEntry>(
    `SELECT id::text, to_json(at)#>>'{}' AS at, actor, action, object_type, object_id, object_label,
            before, after, request_id
       FROM audit_entry
      WHERE ($1::text IS NULL OR object_type = $1)
        AND ($2::text IS NULL OR object_id = $2)
        AND ($3::bigint IS NULL OR audit_entry.id < $3)
      -- By the number, not by the text the query answers (where '8' comes after '12').
      ORDER BY audit_entry.id DESC
      LIMIT $4`,
    [query.object_type ?? null, query.object_id ?? null, query.before_id ?? null, limit + 1],
  )
  const entries = rows.slice(0, limit)
  return { entries, next_before_id: rows.length > limit ? (entries.at(-1)?.id ?? null) : null }
}
