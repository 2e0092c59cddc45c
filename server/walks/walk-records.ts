/**
 * Safety walks as staff plan them: the walk, its route and meeting point, the pre- and follow-up
 * meetings. Every write is audited in the same transaction.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, invalidInput, notFound } from '../errors.ts'
import { checkPoint } from '../geometry/check-point.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import type { WalkBody, WalkSummary } from '../shared/api/walk-schemas.ts'

const wgs84 = (column: string) => `ST_AsGeoJSON(ST_Transform(${column}, 4326), 6)::json`

/** Every column of a walk as the API shows it; `w` is the walk. */
export const walkSummarySelect = `
  SELECT w.id, w.title, w.starts_at, w.duration_minutes, w.light, w.status, w.meeting_point_name,
         ${wgs84('w.meeting_point')} AS meeting_point, ${wgs84('w.route')} AS route,
         round(ST_Length(w.route))::int AS length_m, w.invited, w.max_participants,
         to_char(w.pre_meeting_on, 'YYYY-MM-DD') AS pre_meeting_on, to_char(w.follow_up_on, 'YYYY-MM-DD') AS follow_up_on,
         w.how_to_join, w.protocol_summary, w.protocol_published_at,
         (SELECT count(*)::int FROM walk_observation o WHERE o.walk_id = w.id) AS observation_count, w.updated_at
    FROM safety_walk w`

/** `scope` limits the list to one municipality (kommun staff); null lists the whole police area. */
export async function listWalks(db: Queryable, scope: string | null = null): Promise<WalkSummary[]> {
  return db.query<WalkSummary>(`${walkSummarySelect} WHERE ($1::text IS NULL OR w.municipality_code = $1) ORDER BY w.starts_at DESC, w.id DESC`, [scope])
}

/** One walk; outside `scope` it is not there for the caller (404). */
export async function findWalk(db: Queryable, id: number, scope: string | null = null): Promise<WalkSummary> {
  const [walk] = await db.query<WalkSummary>(`${walkSummarySelect} WHERE w.id = $1 AND ($2::text IS NULL OR w.municipality_code = $2)`, [id, scope])
  if (!walk) throw notFound('walk_not_found', `Vandring ${id} finns inte.`, `Walk ${id} does not exist.`)
  return walk
}

export interface CheckedWalk {
  municipalityCode: string
  meetingPoint: string
  route: string
}

/** Longer than any walk: a route this long is a drawing mistake. */
const MAX_ROUTE_METRES = 20_000

/** The meeting point and the whole route must lie in the municipality, and the route be of a walk's length. */
export async function checkWalkPlace(db: Queryable, body: WalkBody): Promise<CheckedWalk> {
  const meeting = await checkPoint(db, body.meeting_point, 'meeting_point')
  const [route] = await db.query<{ ewkt: string; inside: boolean; length: number }>(
    `WITH r AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS geom)
     SELECT ST_AsEWKT(r.geom) AS ewkt, ST_Length(r.geom) AS length,
            EXISTS (SELECT 1 FROM municipality m WHERE m.code = $2 AND ST_CoveredBy(r.geom, m.boundary)) AS inside
       FROM r`,
    [JSON.stringify(body.route), meeting.municipalityCode],
  )
  if (!route?.inside) {
    throw invalidInput([
      { field: 'route', message: 'The whole route must lie in the municipality.', message_sv: 'Hela rutten måste ligga i kommunen.' },
    ])
  }
  if (route.length > MAX_ROUTE_METRES) {
    throw invalidInput([
      {
        field: 'route',
        message: `The route is longer than ${MAX_ROUTE_METRES / 1000} km: a safety walk takes about two hours.`,
        message_sv: `Rutten är längre än ${MAX_ROUTE_METRES / 1000} km: en trygghetsvandring tar ungefär två timmar.`,
      },
    ])
  }
  if (route.length < 10) {
    throw invalidInput([
      { field: 'route', message: 'The route is shorter than 10 m: draw the whole route.', message_sv: 'Rutten är kortare än 10 m: rita hela rutten.' },
    ])
  }
  return { municipalityCode: meeting.municipalityCode, meetingPoint: meeting.ewkt, route: route.ewkt }
}

const auditedFields = (body: WalkBody) => ({
  title: body.title,
  starts_at: body.starts_at,
  duration_minutes: body.duration_minutes,
  light: body.light,
  status: body.status,
  meeting_point_name: body.meeting_point_name,
  invited: body.invited,
  max_participants: body.max_participants,
  pre_meeting_on: body.pre_meeting_on,
  follow_up_on: body.follow_up_on,
  how_to_join: body.how_to_join,
})

export async function createWalk(db: Database, body: WalkBody, actor: Actor, requestId: string, scope: string | null = null): Promise<WalkSummary> {
  const place = await checkWalkPlace(db, body)
  await checkInScope(db, scope, place.municipalityCode)
  return db.transaction((tx) => insertWalk(tx, body, place, actor, requestId))
}

/** A checked walk saved inside the caller's transaction, with its audit entry (an import saves many in one). */
export async function insertWalk(tx: Queryable, body: WalkBody, place: CheckedWalk, actor: Actor, requestId: string): Promise<WalkSummary> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO safety_walk (municipality_code, title, starts_at, duration_minutes, light, status, meeting_point_name,
       meeting_point, route, invited, max_participants, pre_meeting_on, follow_up_on, how_to_join)
     VALUES ($1, $2, $3, $4, $5, $6, $7, ST_GeomFromEWKT($8), ST_GeomFromEWKT($9), $10, $11, $12, $13, $14)
     RETURNING id`,
    [
      place.municipalityCode, body.title, body.starts_at, body.duration_minutes, body.light, body.status,
      body.meeting_point_name, place.meetingPoint, place.route, body.invited, body.max_participants,
      body.pre_meeting_on, body.follow_up_on, body.how_to_join,
    ],
  )
  if (!row) throw new Error('walk insert returned no row')
  await recordAudit(tx, {
    actor, action: 'create', objectType: 'safety_walk', objectId: row.id, objectLabel: body.title,
    before: null, after: auditedFields(body), requestId,
  })
  return findWalk(tx, row.id)
}

/**
 * A walk's observations belong to the walk's municipality (its protocol, its promise, the measures
 * that may link them), so a walk that has some cannot be redrawn into another municipality: they
 * would follow it there while their places stay behind. A walk without observations moves.
 */
async function walkWouldMove(tx: Queryable, from: string, to: string) {
  const names = await tx.query<{ code: string; name: string }>('SELECT code, name FROM municipality WHERE code = ANY($1::text[])', [[from, to]])
  const name = (code: string) => names.find((row) => row.code === code)?.name ?? code
  return conflict(
    'walk_would_move',
    `Vandringen har observationer och hör till ${name(from)}: den kan inte flyttas till ${name(to)}. Rita mötesplatsen och rutten i ${name(from)}, eller lägg upp en ny vandring i ${name(to)}.`,
    `The walk has observations and belongs to ${name(from)}: it cannot move to ${name(to)}. Draw the meeting point and route in ${name(from)}, or plan a new walk in ${name(to)}.`,
  )
}

async function hasObservations(tx: Queryable, walkId: number): Promise<boolean> {
  const [row] = await tx.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM walk_observation WHERE walk_id = $1) AS found', [walkId])
  return row?.found ?? false
}

/**
 * Redraws and rewrites a walk. Its municipality follows the new meeting point and route, unless it
 * has observations (409). Kommun staff (`scope`) change and move walks within their own municipality only.
 */
export async function replaceWalk(
  db: Database,
  id: number,
  body: WalkBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<WalkSummary> {
  const place = await checkWalkPlace(db, body)
  await checkInScope(db, scope, place.municipalityCode)
  return db.transaction(async (tx) => {
    const [before] = await tx.query<WalkSummary & { municipality_code: string }>(
      `${walkSummarySelect.replace('w.updated_at', 'w.updated_at, w.municipality_code')} WHERE w.id = $1 FOR UPDATE OF w`,
      [id],
    )
    if (!before) throw notFound('walk_not_found', `Vandring ${id} finns inte.`, `Walk ${id} does not exist.`)
    await checkInScope(tx, scope, before.municipality_code)
    // Counted after the lock (not in the locking statement's snapshot): an observation being added holds the walk FOR SHARE.
    if (place.municipalityCode !== before.municipality_code && (await hasObservations(tx, id))) {
      throw await walkWouldMove(tx, before.municipality_code, place.municipalityCode)
    }
    if (before.protocol_published_at && body.status !== 'done') {
      throw invalidInput([
        {
          field: 'status',
          message: 'The protocol is published: withdraw it before the walk can be anything but done.',
          message_sv: 'Protokollet är publicerat: dra tillbaka det innan vandringen kan få en annan status än genomförd.',
        },
      ])
    }
    await tx.query(
      `UPDATE safety_walk SET title = $2, starts_at = $3, duration_minutes = $4, light = $5, status = $6,
              meeting_point_name = $7, meeting_point = ST_GeomFromEWKT($8), route = ST_GeomFromEWKT($9), invited = $10,
              max_participants = $11, pre_meeting_on = $12, follow_up_on = $13, how_to_join = $14,
              municipality_code = $15, updated_at = now()
        WHERE id = $1`,
      [
        id, body.title, body.starts_at, body.duration_minutes, body.light, body.status, body.meeting_point_name,
        place.meetingPoint, place.route, body.invited, body.max_participants, body.pre_meeting_on, body.follow_up_on,
        body.how_to_join, place.municipalityCode,
      ],
    )
    const after = await findWalk(tx, id)
    const routeChanged = JSON.stringify(before.route) !== JSON.stringify(after.route)
    const pointChanged = JSON.stringify(before.meeting_point) !== JSON.stringify(after.meeting_point)
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'safety_walk', objectId: id, objectLabel: body.title,
      before: { ...auditedFields({ ...before, starts_at: new Date(before.starts_at).toISOString() } as WalkBody), route_length_m: before.length_m },
      after: {
        ...auditedFields({ ...body, starts_at: new Date(body.starts_at).toISOString() }),
        route_length_m: after.length_m,
        ...(routeChanged ? { route_changed: true } : {}),
        ...(pointChanged ? { meeting_point_changed: true } : {}),
        ...(place.municipalityCode !== before.municipality_code ? { municipality_code: place.municipalityCode } : {}),
      },
      requestId,
    })
    return after
  })
}
