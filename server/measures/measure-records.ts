/**
 * Environment measures as planners track them: the measure, its shape, and the reports and walk
 * observations it answers. A write locks moderation (linked reports change status with the
 * measure), and is audited in the same transaction with the report statuses it changed.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import { MODERATION_LOCK_KEY } from '../reports/moderation.ts'
import type { LinkedObservation, LinkedReport, Measure, MeasureBody, MeasureDetails, MeasureState } from '../shared/api/planning-schemas.ts'
import { checkLinks, replaceLinks, syncReportStatuses } from './linked-reports.ts'
import { checkMeasureGeometry } from './measure-geometry.ts'
import type { CheckedMeasureGeometry } from './measure-geometry.ts'

const measureSelect = `
  SELECT m.id, m.title, m.description, m.type, m.status, m.rejected_reason, m.responsible, m.responsible_detail,
         to_char(m.proposed_on, 'YYYY-MM-DD') AS proposed_on, to_char(m.decided_on, 'YYYY-MM-DD') AS decided_on,
         to_char(m.done_on, 'YYYY-MM-DD') AS done_on, m.cost_sek,
         ST_AsGeoJSON(ST_Transform(m.geom, 4326), 6)::json AS geometry,
         EXISTS (SELECT 1 FROM focus_zone z WHERE z.kind = 'centrum' AND ST_Intersects(z.geom, m.geom)) AS in_centrum,
         ARRAY(SELECT l.report_id FROM measure_report l WHERE l.measure_id = m.id ORDER BY l.report_id) AS report_ids,
         ARRAY(SELECT l.observation_id FROM measure_observation l WHERE l.measure_id = m.id ORDER BY l.observation_id) AS observation_ids,
         m.updated_at
    FROM measure m`

const measureNotFound = (id: number) => notFound('measure_not_found', `Åtgärd ${id} finns inte.`, `Measure ${id} does not exist.`)

/** `scope` limits the list to one municipality (kommun staff); null lists the whole police area. */
export async function listMeasures(db: Queryable, status: MeasureState | 'all', scope: string | null = null): Promise<Measure[]> {
  return db.query<Measure>(
    `${measureSelect} WHERE ($1 = 'all' OR m.status = $1) AND ($2::text IS NULL OR m.municipality_code = $2)
      ORDER BY coalesce(m.done_on, m.decided_on, m.proposed_on) DESC, m.id DESC`,
    [status, scope],
  )
}

/** One measure with what it answers; outside `scope` it is not there for the caller (404). */
export async function findMeasure(db: Queryable, id: number, scope: string | null = null): Promise<MeasureDetails> {
  const [measure] = await db.query<Measure>(`${measureSelect} WHERE m.id = $1 AND ($2::text IS NULL OR m.municipality_code = $2)`, [id, scope])
  if (!measure) throw measureNotFound(id)
  const reports = await db.query<LinkedReport>(
    `SELECT r.id, r.category, r.status, r.reported_at, r.description
       FROM measure_report l JOIN report r ON r.id = l.report_id WHERE l.measure_id = $1 ORDER BY r.id`,
    [id],
  )
  const observations = await db.query<LinkedObservation>(
    `SELECT o.id, o.walk_id, w.title AS walk_title, o.category, o.observed_at, o.description
       FROM measure_observation l JOIN walk_observation o ON o.id = l.observation_id JOIN safety_walk w ON w.id = o.walk_id
      WHERE l.measure_id = $1 ORDER BY o.id`,
    [id],
  )
  return { ...measure, reports, observations }
}

/** What the audit log keeps of a measure: everything but the shape, which is too long to compare. */
const audited = (measure: MeasureBody | Measure) => ({
  title: measure.title,
  description: measure.description,
  type: measure.type,
  status: measure.status,
  rejected_reason: measure.rejected_reason,
  responsible: measure.responsible,
  responsible_detail: measure.responsible_detail,
  proposed_on: measure.proposed_on,
  decided_on: measure.decided_on,
  done_on: measure.done_on,
  cost_sek: measure.cost_sek,
  report_ids: [...measure.report_ids].sort((a, b) => a - b),
  observation_ids: [...measure.observation_ids].sort((a, b) => a - b),
})

const unique = (ids: readonly number[]) => [...new Set(ids)]

export async function createMeasure(
  db: Database,
  body: MeasureBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<MeasureDetails> {
  const place = await checkMeasureGeometry(db, body.geometry)
  await checkInScope(db, scope, place.municipalityCode)
  return db.transaction((tx) => insertMeasure(tx, body, place, actor, requestId))
}

/** A measure with a checked shape saved inside the caller's transaction, audited (an import saves many in one). */
export async function insertMeasure(
  tx: Queryable,
  body: MeasureBody,
  place: CheckedMeasureGeometry,
  actor: Actor,
  requestId: string,
): Promise<MeasureDetails> {
  const reportIds = unique(body.report_ids)
  const observationIds = unique(body.observation_ids)
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MODERATION_LOCK_KEY])
  await checkLinks(tx, place.municipalityCode, reportIds, observationIds)
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO measure (municipality_code, title, description, type, status, rejected_reason, responsible, responsible_detail,
       proposed_on, decided_on, done_on, cost_sek, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, ST_GeomFromEWKT($13))
     RETURNING id`,
    [
      place.municipalityCode, body.title, body.description, body.type, body.status, body.rejected_reason, body.responsible,
      body.responsible_detail, body.proposed_on, body.decided_on, body.done_on, body.cost_sek, place.ewkt,
    ],
  )
  if (!row) throw new Error('measure insert returned no row')
  await replaceLinks(tx, row.id, reportIds, observationIds)
  const reportChanges = await syncReportStatuses(tx, reportIds)
  await recordAudit(tx, {
    actor, action: 'create', objectType: 'measure', objectId: row.id, objectLabel: body.title,
    before: null,
    after: { ...audited({ ...body, report_ids: reportIds, observation_ids: observationIds }), ...(reportChanges.length > 0 && { report_changes: reportChanges }) },
    requestId,
  })
  return findMeasure(tx, row.id)
}

export async function replaceMeasure(
  db: Database,
  id: number,
  body: MeasureBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<MeasureDetails> {
  const place = await checkMeasureGeometry(db, body.geometry)
  await checkInScope(db, scope, place.municipalityCode)
  const reportIds = unique(body.report_ids)
  const observationIds = unique(body.observation_ids)
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MODERATION_LOCK_KEY])
    const [before] = await tx.query<Measure & { ewkt: string; municipality_code: string }>(
      `${measureSelect.replace('m.updated_at', 'm.updated_at, ST_AsEWKT(m.geom) AS ewkt, m.municipality_code')} WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    )
    if (!before) throw measureNotFound(id)
    await checkInScope(tx, scope, before.municipality_code)
    if (body.updated_at !== undefined && Date.parse(body.updated_at) !== new Date(before.updated_at).getTime()) {
      throw conflict(
        'measure_changed',
        'Någon annan har ändrat åtgärden sedan du öppnade den. Ladda om sidan och gör din ändring igen.',
        'Someone else changed the measure since you opened it. Reload the page and make your change again.',
      )
    }
    // Kept links too are checked for the municipality: the measure may have been moved to another.
    await checkLinks(tx, place.municipalityCode, reportIds, observationIds, { reportIds: before.report_ids, observationIds: before.observation_ids })
    await tx.query(
      `UPDATE measure SET municipality_code = $2, title = $3, description = $4, type = $5, status = $6, rejected_reason = $7,
              responsible = $8, responsible_detail = $9, proposed_on = $10, decided_on = $11, done_on = $12, cost_sek = $13,
              geom = ST_GeomFromEWKT($14), updated_at = now()
        WHERE id = $1`,
      [
        id, place.municipalityCode, body.title, body.description, body.type, body.status, body.rejected_reason, body.responsible,
        body.responsible_detail, body.proposed_on, body.decided_on, body.done_on, body.cost_sek, place.ewkt,
      ],
    )
    await replaceLinks(tx, id, reportIds, observationIds)
    const reportChanges = await syncReportStatuses(tx, unique([...before.report_ids, ...reportIds]))
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'measure', objectId: id, objectLabel: body.title,
      before: audited(before),
      after: {
        ...audited({ ...body, report_ids: reportIds, observation_ids: observationIds }),
        ...(before.ewkt !== place.ewkt && { geometry_changed: true }),
        ...(reportChanges.length > 0 && { report_changes: reportChanges }),
      },
      requestId,
    })
    return findMeasure(tx, id)
  })
}
