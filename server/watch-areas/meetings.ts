/**
 * Grannsamverkan meetings: start-up meetings (one may start several areas), yearly meetings with
 * the contact persons, and update visits. Logging a start-up meeting starts its areas: a planned
 * area becomes active, and an area without a start-up date gets the meeting's.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { invalidInput, notFound } from '../errors.ts'
import type { Meeting, MeetingBody } from '../shared/api/meeting-schemas.ts'
import { startArea } from './watch-area-records.ts'

const meetingNotFound = () => notFound('meeting_not_found', 'Mötet finns inte.', 'There is no such meeting.')

const meetingSelect = `
  SELECT m.id, m.kind, m.held_on::text, m.attendees, m.held_by, m.notes,
         coalesce((SELECT json_agg(json_build_object('id', w.id, 'name', w.name) ORDER BY w.name)
                     FROM meeting_area ma JOIN watch_area w ON w.id = ma.area_id
                    WHERE ma.meeting_id = m.id), '[]') AS areas
    FROM meeting m`

/**
 * Newest first; for one area when `areaId` is given. A meeting belongs to the municipalities of its
 * areas, so kommun staff (`scope`) see those held for an area of theirs, and, as the yearly progress
 * counts them, the old ones saved without areas.
 */
export async function listMeetings(db: Queryable, areaId: number | undefined, scope: string | null = null): Promise<Meeting[]> {
  return db.query<Meeting>(
    `${meetingSelect}
      WHERE ($1::integer IS NULL OR EXISTS (SELECT 1 FROM meeting_area ma WHERE ma.meeting_id = m.id AND ma.area_id = $1))
        AND ($2::text IS NULL
             OR EXISTS (SELECT 1 FROM meeting_area ma JOIN watch_area w ON w.id = ma.area_id
                         WHERE ma.meeting_id = m.id AND w.municipality_code = $2)
             OR NOT EXISTS (SELECT 1 FROM meeting_area ma WHERE ma.meeting_id = m.id))
      ORDER BY m.held_on DESC, m.id DESC`,
    [areaId ?? null, scope],
  )
}

export async function logMeeting(db: Database, input: MeetingBody, today: string, actor: Actor, requestId?: string): Promise<Meeting> {
  if (input.held_on > today) {
    throw invalidInput([
      {
        field: 'held_on',
        message: 'A meeting is logged once it has been held: the date cannot be in the future.',
        message_sv: 'Ett möte loggas när det har hållits: datumet kan inte ligga i framtiden.',
      },
    ])
  }
  const areaIds = [...new Set(input.area_ids)]
  return db.transaction(async (tx) => {
    // Locked in id order: two meetings of the same areas would otherwise lock them in scan order and could deadlock.
    const found = await tx.query<{ id: number }>('SELECT id FROM watch_area WHERE id = ANY($1::integer[]) ORDER BY id FOR UPDATE', [areaIds])
    const missing = areaIds.filter((id) => !found.some((row) => row.id === id))
    if (missing.length > 0) {
      throw invalidInput([
        {
          field: 'area_ids',
          message: `There is no area with id ${missing.join(', ')}.`,
          message_sv: `Det finns inget område med id ${missing.join(', ')}.`,
        },
      ])
    }
    const [created] = await tx.query<{ id: number }>(
      `INSERT INTO meeting (kind, held_on, attendees, held_by, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.kind, input.held_on, input.attendees ?? null, input.held_by, input.notes ?? ''],
    )
    if (!created) throw new Error('insert returned no row')
    await tx.query(
      'INSERT INTO meeting_area (meeting_id, area_id) SELECT $1, unnest($2::integer[])',
      [created.id, areaIds],
    )
    if (input.kind === 'startup') {
      for (const areaId of areaIds) await startArea(tx, areaId, input.held_on, actor, requestId)
    }
    const meeting = await readMeeting(tx, created.id)
    await recordAudit(tx, {
      actor,
      action: 'create',
      objectType: 'meeting',
      objectId: meeting.id,
      objectLabel: `${meeting.kind} ${meeting.held_on}`,
      before: null,
      after: meeting,
      requestId,
    })
    return meeting
  })
}

export async function deleteMeeting(db: Database, id: number, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await readMeeting(tx, id)
    await tx.query('DELETE FROM meeting WHERE id = $1', [id])
    await recordAudit(tx, {
      actor,
      action: 'delete',
      objectType: 'meeting',
      objectId: id,
      objectLabel: `${before.kind} ${before.held_on}`,
      before,
      after: null,
      requestId,
    })
  })
}

async function readMeeting(db: Queryable, id: number): Promise<Meeting> {
  const [meeting] = await db.query<Meeting>(`${meetingSelect} WHERE m.id = $1`, [id])
  if (!meeting) throw meetingNotFound()
  return meeting
}
