/**
 * The grannsamverkan register as the police work it: every area with the reasons it needs an
 * update, most urgent first. An area that is not inactive needs an update when it has no contact
 * person or has damaged or missing signs; an active one also when it had no meeting, start-up or
 * verification within the threshold; a planned one, or an active one without a start-up, was never
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

/** Every area, or for kommun staff (`scope`) their own municipality's. */
export async function readRegister(db: Queryable, thresholdMonths: number, today: string, scope: string | null = null): Promise<RegisterEntry[]> {
  const rows = await db.query<RegisterRow>(
    `WITH meetings AS (
       SELECT ma.area_id, max(m.held_on) AS last_held_on, bool_or(m.kind = 'startup') AS had_startup
         FROM meeting_area ma JOIN meeting m ON m.id = ma.meeting_id
        GROUP BY ma.area_id),
     contacts AS (SELECT area_id, count(*)::integer AS n FROM contact_person GROUP BY area_id),
     area AS (
       SELECT w.id, w.name, w.status, w.households, w.startup_meeting_on, w.signs_condition,
              coalesce(c.n, 0) AS contact_count, coalesce(m.had_startup, false) AS had_startup,
              greatest(w.startup_meeting_on, w.last_verified_on, m.last_held_on) AS last_update_on
         FROM watch_area w
         LEFT JOIN meetings m ON m.area_id = w.id
         LEFT JOIN contacts c ON c.area_id = w.id
        WHERE $3::text IS NULL OR w.municipality_code = $3)
     SELECT id, name, status, households, contact_count, startup_meeting_on::text, last_update_on::text, signs_condition,
            status <> 'inactive' AND contact_count = 0 AS no_contact,
            status = 'active' AND coalesce(last_update_on < $2::date - make_interval(months => $1), true) AS not_updated,
            status <> 'inactive' AND coalesce(signs_condition IN ('damaged', 'missing'), false) AS signs_damaged,
            status = 'planned' OR (status = 'active' AND startup_meeting_on IS NULL AND NOT had_startup) AS never_started
       FROM area`,
    [thresholdMonths, today, scope],
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
