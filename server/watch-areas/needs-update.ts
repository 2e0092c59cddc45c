/**
 * Which grannsamverkan areas need the police's attention, most urgent first, each with its reasons
 * in plain words. Computed in one query over the register: an area that is not inactive needs an
 * update when it has no contact person, no meeting or verification within the threshold, damaged or
 * missing signs, or was never started.
 */
import type { Queryable } from '../db/database.ts'

export const updateReasonCodes = ['never_started', 'no_contact', 'not_updated', 'signs_damaged'] as const
export type UpdateReasonCode = (typeof updateReasonCodes)[number]

export interface AreaNeedingUpdate {
  id: number
  name: string
  status: 'planned' | 'active' | 'inactive'
  /** The latest meeting or verification, if any. */
  last_update_on: string | null
  reasons: UpdateReasonCode[]
  /** Higher is more urgent; the list is sorted by it. */
  urgency: number
}

/**
 * How much each reason weighs: an area nobody can be reached in is the most urgent, then one that
 * has gone quiet or has broken signs, then one that is only planned.
 */
const weights: Record<UpdateReasonCode, number> = { no_contact: 4, not_updated: 3, signs_damaged: 2, never_started: 1 }

export async function areasNeedingUpdate(db: Queryable, thresholdMonths: number, today: string): Promise<AreaNeedingUpdate[]> {
  const rows = await db.query<Omit<AreaNeedingUpdate, 'reasons' | 'urgency'> & Record<UpdateReasonCode, boolean>>(
    `WITH area AS (
       SELECT w.id, w.name, w.status, w.signs_condition,
              w.status = 'planned' OR (w.startup_meeting_on IS NULL AND NOT EXISTS (
                SELECT 1 FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id
                 WHERE ma.area_id = w.id AND m.kind = 'startup')) AS never_started,
              NOT EXISTS (SELECT 1 FROM contact_person c WHERE c.area_id = w.id) AS no_contact,
              greatest(w.last_verified_on, (SELECT max(m.held_on) FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id
                                             WHERE ma.area_id = w.id)) AS last_update_on
         FROM watch_area w
        WHERE w.status <> 'inactive')
     SELECT id, name, status, last_update_on::text, never_started, no_contact,
            coalesce(last_update_on < $2::date - make_interval(months => $1), true) AND status = 'active' AS not_updated,
            coalesce(signs_condition IN ('damaged', 'missing'), false) AS signs_damaged
       FROM area`,
    [thresholdMonths, today],
  )
  return rows
    .map((row) => {
      const reasons = updateReasonCodes.filter((code) => row[code])
      return {
        id: row.id,
        name: row.name,
        status: row.status,
        last_update_on: row.last_update_on,
        reasons,
        urgency: reasons.reduce((sum, code) => sum + weights[code], 0),
      }
    })
    .filter((area) => area.reasons.length > 0)
    .sort((a, b) => b.urgency - a.urgency || (a.last_update_on ?? '').localeCompare(b.last_update_on ?? '') || a.id - b.id)
}
