/**
 * Staff incident reports (EST): exact time and place for staff, never public; the public sees
 * counts per type and month only.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { checkPoint } from '../geometry/check-point.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import type { CreateIncidentBody, IncidentCounts, IncidentType, StaffIncident } from '../shared/api/incident-schemas.ts'

const incidentSelect = `
  SELECT i.id, i.type, i.occurred_at, i.organisation, i.description, u.email AS reported_by, i.created_at,
         json_build_array(round(ST_X(ST_Transform(i.geom, 4326))::numeric, 6), round(ST_Y(ST_Transform(i.geom, 4326))::numeric, 6)) AS coordinates
    FROM staff_incident i LEFT JOIN app_user u ON u.id = i.reported_by`

export async function createIncident(
  db: Database,
  body: CreateIncidentBody,
  actor: Actor & { userId: number },
  requestId: string,
  scope: string | null = null,
): Promise<StaffIncident> {
  const place = await checkPoint(db, body.geometry)
  await checkInScope(db, scope, place.municipalityCode)
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, description, reported_by, geom)
       VALUES ($1, $2, $3, $4, $5, $6, ST_GeomFromEWKT($7)) RETURNING id`,
      [place.municipalityCode, body.type, body.occurred_at, body.organisation, body.description ?? '', actor.userId, place.ewkt],
    )
    if (!row) throw new Error('incident insert returned no row')
    await recordAudit(tx, {
      actor,
      action: 'create',
      objectType: 'staff_incident',
      objectId: row.id,
      objectLabel: `Händelse ${row.id}`,
      before: null,
      // The description may name people: the log keeps only that there was one.
      after: { type: body.type, occurred_at: body.occurred_at, organisation: body.organisation, has_description: Boolean(body.description) },
      requestId,
    })
    return row.id
  })
  const [incident] = await db.query<StaffIncident>(`${incidentSelect} WHERE i.id = $1`, [id])
  if (!incident) throw new Error('incident vanished after insert')
  return incident
}

/** `scope` limits the list to one municipality (kommun staff); null lists the whole police area. */
export async function listIncidents(db: Queryable, days: number, scope: string | null = null): Promise<StaffIncident[]> {
  return db.query<StaffIncident>(
    `${incidentSelect} WHERE i.occurred_at >= now() - make_interval(days => $1) AND ($2::text IS NULL OR i.municipality_code = $2)
      ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1000`,
    [days, scope],
  )
}

/** Counts per month (Swedish time) and type for one year. */
/** One municipality's counts, or the whole police area's when `municipalityCode` is null. */
export async function incidentCounts(db: Queryable, year: number, municipalityCode: string | null = null): Promise<IncidentCounts> {
  const rows = await db.query<{ month: number; type: IncidentType; count: number }>(
    `SELECT extract(month FROM occurred_at AT TIME ZONE 'Europe/Stockholm')::int AS month, type, count(*)::int AS count
       FROM staff_incident
      WHERE occurred_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Stockholm')
        AND occurred_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Stockholm')
        AND ($2::text IS NULL OR municipality_code = $2)
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [year, municipalityCode],
  )
  const months = new Map<number, Partial<Record<IncidentType, number>>>()
  for (const { month, type, count } of rows) months.set(month, { ...months.get(month), [type]: count })
  return { year, months: [...months].map(([month, counts]) => ({ month, counts })) }
}
