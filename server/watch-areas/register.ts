/**
 * The grannsamverkan register as the police work it: every area with the reasons it needs an
 * update, most urgent first. An area that is not inactive needs an update when it has no contact
 * person, no meeting or verification within the threshold, damaged or missing signs, or was never
 * started. The flags are computed in one query; only the ordering happens here.
 */
import type { Queryable } from '../db/database.ts'
import type { RegisterEntry, UpdateReasonCode } from '../shared/api/watch-area-schemas.ts'
import { updateReasonCodes } from '../shared/api/watch-area-schemas.ts'

/**
 * How much each reason weighs: an area nobody can be reached in is the most urgent, then one that
 * has gone quiet or has broken signs, then one that is only planned.
 */
const weights: Record<UpdateReasonCode, number> = { no_contact: 4, not_updated: 3, signs_damaged: 2, never_started: 1 }

type RegisterRow = Omit<RegisterEntry, 'reasons' | 'urgency'> & Record<UpdateReasonCode, boolean>

export async function readRegister(db: Queryable, thresholdMonths: number, today: string): Promise<RegisterEntry[]> {
  const rows = await db.query<RegisterRow>(
    `WITH area AS (
       SELECT w.id, w.name, w.status, w.households, w.startup_meeting_on, w.signs_condition,
              (SELECT count(*)::integer FROM contact_person c WHERE c.area_id = w.id) AS contact_count,
              EXISTS (SELECT 1 FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id
                       WHERE ma.area_id = w.id AND m.kind = 'startup') AS had_startup,
              greatest(w.last_verified_on, (SELECT max(m.held_on) FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id
                                             WHERE ma.area_id = w.id)) AS last_update_on
         FROM watch_area w)
     SELECT id, name, status, households, contact_count, startup_meeting_on::text, last_update_on::text, signs_condition,
            status <> 'inactive' AND contact_count = 0 AS no_contact,
            status = 'active' AND coalesce(last_update_on < $2::date - make_interval(months => $1), true) AS not_updated,
            status <> 'inactive' AND coalesce(signs_condition IN ('damaged', 'missing'), false) AS signs_damaged,
            status = 'planned' OR (status = 'active' AND startup_meeting_on IS NULL AND NOT had_startup) AS never_started
       FROM area`,
    [thresholdMonths, today],
  )
  return rows.map(toEntry).sort(byUrgency)
}

function toEntry(row: RegisterRow): RegisterEntry {
  const reasons = updateReasonCodes.filter((code) => row[code])
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    households: row.households,
    contact_count: row.contact_count,
    startup_meeting_on: row.startup_meeting_on,
    last_update_on: row.last_update_on,
    signs_condition: row.signs_condition,
    reasons,
    urgency: reasons.reduce((sum, code) => sum + weights[code], 0),
  }
}

/** Most urgent first; among equals, the one left longest without an update (never updated first). */
function byUrgency(a: RegisterEntry, b: RegisterEntry): number {
  return b.urgency - a.urgency || (a.last_update_on ?? '').localeCompare(b.last_update_on ?? '') || a.id - b.id
}
