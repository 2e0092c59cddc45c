/**
 * An audit entry's `before` and `after` as the fields that changed, in a stable order, so the log
 * reads "role: kommun → admin" instead of two JSON objects to compare by eye.
 */

export interface FieldChange {
  field: string
  /** Undefined when the field did not exist before (a new object, or a field only `after` has). */
  before: unknown
  after: unknown
}

type Values = Record<string, unknown> | null | undefined

// The order a person reads an object's fields in. The database stores the values as jsonb, which
// keeps keys in its own order (shortest first), so the order must come from here; fields not
// listed follow in alphabetical order.
const fieldOrder = [
  'email',
  'display_name',
  'name',
  'role',
  'status',
  'disabled',
  'password',
  'everywhere',
  'households',
  'startup_meeting_on',
  'last_verified_on',
  'last_meeting_on',
  'signs_count',
  'signs_condition',
  'signs_checked_on',
  'notes',
  'geometry',
  'area_m2',
  'contact_count',
  'contacts',
  'updated_at',
]

const rank = (field: string) => {
  const index = fieldOrder.indexOf(field)
  return index === -1 ? fieldOrder.length : index
}

const byReadingOrder = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)

/**
 * The fields whose value differs, in reading order. A created object lists all its fields, a
 * deleted one all it had. Values are compared by content.
 */
export function auditChanges(before: Values, after: Values): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort(byReadingOrder)
  return fields
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((change) => !sameValue(change.before, change.after))
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same value. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined'
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}
