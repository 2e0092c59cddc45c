/**
 * SQL for the demo set: one INSERT per table, values always as parameters, every row marked
 * `is_demo = true` so it can be told apart from, and deleted before, real data.
 */
import type { Queryable } from '../../../server/db/database.ts'
import { must } from './must.ts'
import type {
  DemoContactPerson,
  DemoCounts,
  DemoData,
  DemoFocusZone,
  DemoIncident,
  DemoMeasure,
  DemoMeeting,
  DemoReport,
  DemoSafetyWalk,
  DemoWalkObservation,
  DemoWatchArea,
} from './types.ts'

/** The municipality every demo row belongs to. */
export const DEMO_MUNICIPALITY_CODE = '1781'

/** Throws unless the base data (municipality 1781 and its tätorter) is loaded. */
export async function requireDemoMunicipality(tx: Queryable): Promise<void> {
  const found = await tx.query('SELECT 1 FROM municipality WHERE code = $1', [DEMO_MUNICIPALITY_CODE])
  if (found.length === 0) throw new Error(`Municipality ${DEMO_MUNICIPALITY_CODE} is missing: load the base data first`)
}

/** Inserts every row of `data`, parents before children, and counts what went in. */
export async function insertDemoRows(tx: Queryable, data: DemoData): Promise<DemoCounts> {
  for (const zone of data.focusZones) await insertFocusZone(tx, zone)

  const areaIds: number[] = []
  let contactPersons = 0
  for (const area of data.watchAreas) {
    const areaId = await insertWatchArea(tx, area)
    areaIds.push(areaId)
    for (const contact of area.contacts) await insertContactPerson(tx, areaId, contact)
    contactPersons += area.contacts.length
  }
  for (const meeting of data.meetings) {
    await insertMeeting(tx, meeting, meeting.areaIndexes.map((index) => must(areaIds[index], 'area id')))
  }

  let observations = 0
  for (const walk of data.walks) {
    const walkId = await insertSafetyWalk(tx, walk)
    for (const observation of walk.observations) await insertObservation(tx, walkId, observation)
    observations += walk.observations.length
  }
  for (const report of data.reports) await insertReport(tx, report)
  for (const measure of data.measures) await insertMeasure(tx, measure)
  await linkReportsToMeasures(tx)
  for (const incident of data.incidents) await insertIncident(tx, incident)

  return {
    watchAreas: data.watchAreas.length,
    contactPersons,
    meetings: data.meetings.length,
    walks: data.walks.length,
    observations,
    reports: data.reports.length,
    measures: data.measures.length,
    focusZones: data.focusZones.length,
    incidents: data.incidents.length,
  }
}

/** GeoJSON in WGS84 (parameter n) to the stored SWEREF 99 TM. */
const geomFrom = (n: number) => `ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($${n}), 4326), 3006)`

/** Runs an INSERT … RETURNING id and gives back the new row's id. */
async function insertReturningId(tx: Queryable, sql: string, params: readonly unknown[], table: string): Promise<number> {
  const rows = await tx.query<{ id: number }>(sql, params)
  return Number(must(rows[0], `${table} id`).id)
}

async function insertFocusZone(tx: Queryable, zone: DemoFocusZone): Promise<void> {
  await tx.query(
    `INSERT INTO focus_zone (municipality_code, name, kind, description, is_demo, geom)
     VALUES ($1, $2, $3, $4, true, ST_Multi(${geomFrom(5)}))`,
    [DEMO_MUNICIPALITY_CODE, zone.name, zone.kind, zone.description, JSON.stringify(zone.geometry)],
  )
}

function insertWatchArea(tx: Queryable, area: DemoWatchArea): Promise<number> {
  return insertReturningId(
    tx,
    `INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, last_verified_on,
       signs_count, signs_condition, signs_checked_on, notes, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, ST_Multi(${geomFrom(11)}))
     RETURNING id`,
    [
      DEMO_MUNICIPALITY_CODE,
      area.name,
      area.status,
      area.households,
      area.startupMeetingOn,
      area.lastVerifiedOn,
      area.signsCount,
      area.signsCondition,
      area.signsCheckedOn,
      area.notes,
      JSON.stringify(area.geometry),
    ],
    'watch_area',
  )
}

async function insertContactPerson(tx: Queryable, areaId: number, contact: DemoContactPerson): Promise<void> {
  await tx.query(
    `INSERT INTO contact_person (area_id, name, phone, email, is_main, is_demo)
     VALUES ($1, $2, $3, $4, $5, true)`,
    [areaId, contact.name, contact.phone, contact.email, contact.isMain],
  )
}

async function insertMeeting(tx: Queryable, meeting: DemoMeeting, areaIds: number[]): Promise<void> {
  const meetingId = await insertReturningId(
    tx,
    `INSERT INTO meeting (kind, held_on, attendees, held_by, notes, is_demo)
     VALUES ($1, $2, $3, $4, $5, true)
     RETURNING id`,
    [meeting.kind, meeting.heldOn, meeting.attendees, meeting.heldBy, meeting.notes],
    'meeting',
  )
  for (const areaId of areaIds) {
    await tx.query('INSERT INTO meeting_area (meeting_id, area_id) VALUES ($1, $2)', [meetingId, areaId])
  }
}

function insertSafetyWalk(tx: Queryable, walk: DemoSafetyWalk): Promise<number> {
  return insertReturningId(
    tx,
    `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point,
       max_participants, invited, pre_meeting_on, follow_up_on, is_demo, route, how_to_join, protocol_published_at)
     VALUES ($1, $2, $3, $4, $5, $6, ${geomFrom(7)}, $8, $9, $10, $11, true, ${geomFrom(12)}, $13,
             ($14::date + time '10:00') AT TIME ZONE 'Europe/Stockholm')
     RETURNING id`,
    [
      DEMO_MUNICIPALITY_CODE,
      walk.title,
      walk.startsAt,
      walk.light,
      walk.status,
      walk.meetingPointName,
      JSON.stringify(walk.meetingPoint),
      walk.maxParticipants,
      walk.invited,
      walk.preMeetingOn,
      walk.followUpOn,
      JSON.stringify(walk.route),
      walk.howToJoin ?? '',
      walk.protocolPublishedOn ?? null,
    ],
    'safety_walk',
  )
}

async function insertObservation(tx: Queryable, walkId: number, observation: DemoWalkObservation): Promise<void> {
  await tx.query(
    `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, proposed_measure,
       responsible, priority, deadline_on, measure_status, measure_reason, measure_done_on, observed_at, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
             (SELECT starts_at FROM safety_walk WHERE id = $1), true, ${geomFrom(13)})`,
    [
      walkId,
      observation.category,
      observation.assessment,
      observation.rating,
      observation.description,
      observation.proposedMeasure,
      observation.responsible,
      observation.priority,
      observation.deadlineOn,
      observation.measureStatus ?? (observation.proposedMeasure ? 'proposed' : 'none'),
      observation.measureReason ?? '',
      observation.measureDoneOn ?? null,
      JSON.stringify(observation.geometry),
    ],
  )
}

async function insertReport(tx: Queryable, report: DemoReport): Promise<void> {
  const closed = report.status === 'fixed' || report.status === 'rejected'
  const id = await insertReturningId(
    tx,
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, answer,
       me_too_count, own_me_too_count, reported_at, is_demo, geom, status_reason, updated_at, closed_at, text_reviewed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, true, ${geomFrom(10)}, $11, $12, $13, $6 <> 'received')
     RETURNING id`,
    [
      DEMO_MUNICIPALITY_CODE,
      report.category,
      report.timeOfDay,
      report.weekPart,
      report.description,
      report.status,
      report.answer,
      report.meTooCount,
      report.reportedAt,
      JSON.stringify(report.geometry),
      report.statusReason,
      report.history.at(-1)?.at ?? report.reportedAt,
      closed ? (report.history.at(-1)?.at ?? report.reportedAt) : null,
    ],
    'report',
  )
  const steps = [{ status: 'received', at: report.reportedAt }, ...report.history]
  for (const step of steps) {
    const last = step === steps.at(-1)
    await tx.query(
      `INSERT INTO report_status_change (report_id, status, answer, reason, changed_at) VALUES ($1, $2, $3, $4, $5)`,
      [id, step.status, last ? report.answer : '', last ? report.statusReason : '', step.at],
    )
  }
}

async function insertMeasure(tx: Queryable, measure: DemoMeasure): Promise<void> {
  await tx.query(
    `INSERT INTO measure (municipality_code, title, description, type, status, rejected_reason, responsible,
       proposed_on, decided_on, done_on, cost_sek, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, ${geomFrom(12)})`,
    [
      DEMO_MUNICIPALITY_CODE,
      measure.title,
      measure.description,
      measure.type,
      measure.status,
      measure.rejectedReason ?? '',
      measure.responsible,
      measure.proposedOn,
      measure.decidedOn,
      measure.doneOn,
      measure.costSek,
      JSON.stringify(measure.geometry),
    ],
  )
}

/**
 * Each planned or fixed demo report answered by the nearest demo measure within 100 m whose status
 * matches it (done for a fixed report, proposed or decided for a planned one), as a planner links them.
 */
async function linkReportsToMeasures(tx: Queryable): Promise<void> {
  await tx.query(
    `INSERT INTO measure_report (measure_id, report_id)
     SELECT DISTINCT ON (r.id) m.id, r.id
       FROM report r
       JOIN measure m ON m.is_demo AND ST_DWithin(m.geom, r.geom, 100)
        AND ((r.status = 'fixed' AND m.status = 'done') OR (r.status = 'measure_planned' AND m.status IN ('proposed', 'decided')))
      WHERE r.is_demo
      ORDER BY r.id, ST_Distance(m.geom, r.geom)`,
  )
}

async function insertIncident(tx: Queryable, incident: DemoIncident): Promise<void> {
  await tx.query(
    `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, description, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, true, ${geomFrom(6)})`,
    [DEMO_MUNICIPALITY_CODE, incident.type, incident.occurredAt, incident.organisation, incident.description, JSON.stringify(incident.geometry)],
  )
}
