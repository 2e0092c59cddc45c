/**
 * Observations from a safety walk: sent from a phone on the walk (perhaps again, after a lost
 * connection), then completed with the protocol's columns after the walk.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import type { ApiFile } from '../routes/api-route.ts'
import { conflict, invalidInput, notFound } from '../errors.ts'
import { checkPoint } from '../geometry/check-point.ts'
import { checkRecordInScope } from '../municipalities/record-municipality.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import { photoFile, preparePhoto } from '../reports/photo.ts'
import { FAR_FROM_ROUTE_METRES } from '../shared/api/walk-schemas.ts'
import type { ObservationBody, ObservationReceipt, ProtocolEntryBody, WalkObservation } from '../shared/api/walk-schemas.ts'
import { todayInSweden } from '../today.ts'

/** An observation as the API shows it; `o` is the observation and `w` its walk. */
export const observationSelect = `
  SELECT o.id, o.walk_id, o.category, o.assessment, o.rating, o.description, o.proposed_measure, o.responsible,
         o.priority, to_char(o.deadline_on, 'YYYY-MM-DD') AS deadline_on, o.measure_status, o.measure_reason,
         to_char(o.measure_done_on, 'YYYY-MM-DD') AS measure_done_on, o.observed_at,
         ST_AsGeoJSON(ST_Transform(o.geom, 4326), 6)::json AS geometry,
         EXISTS (SELECT 1 FROM walk_observation_photo p WHERE p.observation_id = o.id) AS has_photo,
         round(ST_Distance(o.geom, w.route))::int AS distance_from_route_m
    FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id`

async function findObservation(db: Queryable, id: number): Promise<WalkObservation> {
  const [observation] = await db.query<WalkObservation>(`${observationSelect} WHERE o.id = $1`, [id])
  if (!observation) throw notFound('observation_not_found', `Observation ${id} finns inte.`, `Observation ${id} does not exist.`)
  return observation
}

/**
 * Saves an observation from the walk. The phone's own id for it (`client_id`) makes a resend
 * after a lost answer return the first one instead of saving it twice. A point far from the route
 * is saved with a warning: people step aside to look at something. Kommun staff (`scope`) note
 * observations on their own municipality's walks only; the walk is locked before that is checked,
 * since a walk without observations may still move to another municipality.
 */
export async function addObservation(
  db: Database,
  walkId: number,
  body: ObservationBody,
  actor: Actor,
  photoKilobytes: number,
  requestId: string,
  scope: string | null = null,
): Promise<ObservationReceipt> {
  const earlier = await observationByClientId(db, body.client_id)
  if (earlier) {
    // A walk with observations stays where it is, so this check cannot race.
    await checkRecordInScope(db, scope, 'walk_observation', earlier.id)
    return receiptFor(earlier, walkId, true)
  }
  const place = await checkPoint(db, body.geometry)
  const photo = body.photo === undefined ? null : await preparePhoto(body.photo, photoKilobytes)
  const saved = await db.transaction(async (tx) => {
    const [walk] = await tx.query<{ status: string; published: boolean; municipality_code: string }>(
      'SELECT status, protocol_published_at IS NOT NULL AS published, municipality_code FROM safety_walk WHERE id = $1 FOR SHARE',
      [walkId],
    )
    if (!walk) throw notFound('walk_not_found', `Vandring ${walkId} finns inte.`, `Walk ${walkId} does not exist.`)
    await checkInScope(tx, scope, walk.municipality_code)
    if (walk.status === 'cancelled' || walk.published) {
      throw conflict(
        'walk_closed',
        'Vandringen är inställd eller dess protokoll publicerat: nya observationer kan inte läggas till.',
        'The walk is cancelled or its protocol published: no new observations can be added.',
      )
    }
    // ON CONFLICT: the same observation sent twice at once is saved once.
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, observed_at, created_by, client_id, geom)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()), $7, $8, ST_GeomFromEWKT($9))
       ON CONFLICT (client_id) DO NOTHING RETURNING id`,
      [walkId, body.category, body.assessment, body.rating, body.description, body.observed_at ?? null, actor.userId, body.client_id, place.ewkt],
    )
    if (!row) return null
    if (photo) {
      await tx.query(
        `INSERT INTO walk_observation_photo (observation_id, content, content_type, width, height) VALUES ($1, $2, 'image/jpeg', $3, $4)`,
        [row.id, photo.content, photo.width, photo.height],
      )
    }
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'walk_observation', objectId: row.id, objectLabel: `Observation ${row.id}`,
      before: null,
      after: { walk_id: walkId, category: body.category, assessment: body.assessment, rating: body.rating, has_photo: photo !== null },
      requestId,
    })
    return findObservation(tx, row.id)
  })
  if (saved) return receiptFor(saved, walkId, false)
  const raced = await observationByClientId(db, body.client_id)
  if (!raced) throw new Error('observation neither saved nor found')
  return receiptFor(raced, walkId, true)
}

async function observationByClientId(db: Queryable, clientId: string): Promise<WalkObservation | undefined> {
  const [observation] = await db.query<WalkObservation>(`${observationSelect} WHERE o.client_id = $1`, [clientId])
  return observation
}

function receiptFor(observation: WalkObservation, walkId: number, alreadyReceived: boolean): ObservationReceipt {
  if (observation.walk_id !== walkId) {
    throw conflict(
      'observation_elsewhere',
      'Observationen är redan sparad på en annan vandring.',
      'The observation is already saved on another walk.',
    )
  }
  return { observation, already_received: alreadyReceived, far_from_route: observation.distance_from_route_m > FAR_FROM_ROUTE_METRES }
}

/**
 * Sets the protocol's columns for one observation; a measure marked done gets today's date if none
 * is given. Kommun staff (`scope`) write their own municipality's protocols only.
 */
export async function updateProtocolEntry(
  db: Database,
  id: number,
  body: ProtocolEntryBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<WalkObservation> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<WalkObservation>(`${observationSelect} WHERE o.id = $1 FOR UPDATE OF o`, [id])
    if (!before) throw notFound('observation_not_found', `Observation ${id} finns inte.`, `Observation ${id} does not exist.`)
    // The observation is locked, and a walk with observations cannot move: its municipality holds.
    await checkRecordInScope(tx, scope, 'walk_observation', id)
    const doneOn = body.measure_status === 'done' ? (body.measure_done_on ?? todayInSweden()) : null
    if (doneOn) await checkDoneOn(tx, before.walk_id, doneOn)
    await tx.query(
      `UPDATE walk_observation SET category = $2, assessment = $3, rating = $4, description = $5, proposed_measure = $6,
              responsible = $7, priority = $8, deadline_on = $9, measure_status = $10, measure_reason = $11,
              measure_done_on = $12, updated_at = now()
        WHERE id = $1`,
      [
        id, body.category, body.assessment, body.rating, body.description, body.proposed_measure, body.responsible,
        body.priority, body.deadline_on, body.measure_status, body.measure_reason, doneOn,
      ],
    )
    const after = await findObservation(tx, id)
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'walk_observation', objectId: id, objectLabel: `Observation ${id}`,
      before: protocolFields(before), after: protocolFields(after), requestId,
    })
    return after
  })
}

/** A measure is done between the walk and today. */
async function checkDoneOn(tx: Queryable, walkId: number, doneOn: string): Promise<void> {
  const [walk] = await tx.query<{ walk_date: string }>(
    `SELECT to_char(starts_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS walk_date FROM safety_walk WHERE id = $1`,
    [walkId],
  )
  const today = todayInSweden()
  if (walk && (doneOn < walk.walk_date || doneOn > today)) {
    throw invalidInput([
      {
        field: 'measure_done_on',
        message: `Give a date between the walk (${walk.walk_date}) and today (${today}).`,
        message_sv: `Ange ett datum mellan vandringen (${walk.walk_date}) och i dag (${today}).`,
      },
    ])
  }
}

const protocolFields = (observation: WalkObservation) => ({
  category: observation.category,
  assessment: observation.assessment,
  rating: observation.rating,
  description: observation.description,
  proposed_measure: observation.proposed_measure,
  responsible: observation.responsible,
  priority: observation.priority,
  deadline_on: observation.deadline_on,
  measure_status: observation.measure_status,
  measure_reason: observation.measure_reason,
  measure_done_on: observation.measure_done_on,
})

/**
 * An observation's photo: public once its walk's protocol is published; before that to staff,
 * kommun staff only in their own municipality (`scope`), else it is not found as for the public.
 */
export async function observationPhoto(db: Queryable, id: number, isStaff: boolean, scope: string | null = null): Promise<ApiFile> {
  const [photo] = await db.query<{ content: Uint8Array }>(
    `SELECT p.content FROM walk_observation_photo p
       JOIN walk_observation o ON o.id = p.observation_id JOIN safety_walk w ON w.id = o.walk_id
      WHERE p.observation_id = $1
        AND (($2 AND ($3::text IS NULL OR w.municipality_code = $3)) OR w.protocol_published_at IS NOT NULL)`,
    [id, isStaff, scope],
  )
  return photoFile(photo?.content)
}
