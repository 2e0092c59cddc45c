import type { UpdateWatchAreaBody, WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'

/** The record form's fields as typed: every value a string, '' for "not given". */
export interface RecordDraft {
  name: string
  status: WatchAreaRecord['status']
  households: string
  startup_meeting_on: string
  last_verified_on: string
  signs_count: string
  signs_condition: string
  signs_checked_on: string
  notes: string
}

export const recordFields = Object.keys({
  name: 0,
  status: 0,
  households: 0,
  startup_meeting_on: 0,
  last_verified_on: 0,
  signs_count: 0,
  signs_condition: 0,
  signs_checked_on: 0,
  notes: 0,
} satisfies Record<keyof RecordDraft, 0>) as (keyof RecordDraft)[]

export function draftOf(record: WatchAreaRecord): RecordDraft {
  return {
    name: record.name,
    status: record.status,
    households: record.households === null ? '' : String(record.households),
    startup_meeting_on: record.startup_meeting_on ?? '',
    last_verified_on: record.last_verified_on ?? '',
    signs_count: String(record.signs_count),
    signs_condition: record.signs_condition ?? '',
    signs_checked_on: record.signs_checked_on ?? '',
    notes: record.notes ?? '',
  }
}

/**
 * Only what changed, as the API wants it: '' clears an optional value (null). A number field with
 * something that is not a whole number is sent as it is, so the server's message explains it.
 */
export function recordChange(record: WatchAreaRecord, draft: RecordDraft): UpdateWatchAreaBody {
  const before = draftOf(record)
  const change: Record<string, unknown> = {}
  const number = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim())
  for (const field of recordFields) {
    const value = field === 'notes' ? draft[field] : draft[field].trim()
    if (value === before[field]) continue
    if (field === 'households') change[field] = value === '' ? null : number(value)
    else if (field === 'signs_count') change[field] = value === '' ? 0 : number(value)
    else if (field === 'name' || field === 'status' || field === 'notes') change[field] = value
    else change[field] = value === '' ? null : value
  }
  return change as UpdateWatchAreaBody
}
