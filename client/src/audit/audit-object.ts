import type { AuditEntry } from '../../../server/shared/api/audit-schemas.ts'

// Fields that name an object for a person, in the order they are looked for.
const namingFields = ['email', 'name', 'title', 'display_name'] as const

/**
 * What a person calls the entry's object (an account's e-mail address, an area's name): the label
 * recorded with the entry, else taken from its values after the change, or before it when it was
 * deleted; null when there is none.
 */
export function auditObjectName(entry: Pick<AuditEntry, 'object_label' | 'before' | 'after'>): string | null {
  if (entry.object_label.trim() !== '') return entry.object_label
  for (const values of [entry.after, entry.before]) {
    for (const field of namingFields) {
      const value = values?.[field]
      if (typeof value === 'string' && value.trim() !== '') return value
    }
  }
  return null
}
