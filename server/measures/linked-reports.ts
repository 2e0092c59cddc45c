/**
 * The reports and walk observations a measure answers. A linked report follows its measures once
 * they are decided (a proposal is the planners' working material and changes nothing public):
 *   - a measure done → the report is "fixed";
 *   - otherwise a measure decided → "measure planned", except that a fix staff recorded
 *     themselves stands;
 *   - otherwise (its measures were rejected, unlinked or are only proposed) a status a measure set
 *     goes back to "published"; a status staff set stays.
 * Each change is a status change the resident sees on the receipt and in the feed.
 */
import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import type { FieldProblem } from '../errors.ts'

/** Reports that cannot be linked: not yet read by staff, or closed for good. */
const UNLINKABLE = ['received', 'rejected', 'duplicate', 'not_actionable']

/** The links a measure has already; their status is not checked again. */
export interface KeptLinks {
  reportIds: readonly number[]
  observationIds: readonly number[]
}

/**
 * Checks the reports and observations a measure in `municipalityCode` is to be linked to. Every
 * link must be in the measure's municipality (a measure must never change another municipality's
 * reports), for every role. Links a measure already has (`kept`) are not checked for status again:
 * a report moderated since (closed, merged) must not stop the planner saving the measure.
 */
export async function checkLinks(
  tx: Queryable,
  municipalityCode: string,
  reportIds: readonly number[],
  observationIds: readonly number[],
  kept: KeptLinks = { reportIds: [], observationIds: [] },
): Promise<void> {
  const problems: FieldProblem[] = []
  const reports = await tx.query<{ id: number; status: string; duplicate_of: number | null; municipality_code: string }>(
    // In id order, as every multi-row lock: two measures linking the same reports cannot deadlock.
    `SELECT id, status, duplicate_of, municipality_code FROM report WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`,
    [reportIds],
  )
  const found = new Map(reports.map((report) => [report.id, report]))
  for (const id of reportIds) {
    const report = found.get(id)
    if (!report) {
      problems.push({ field: 'report_ids', message: `There is no report ${id}.`, message_sv: `Det finns ingen rapport ${id}.` })
    } else if (report.municipality_code !== municipalityCode) {
      problems.push({
        field: 'report_ids',
        message: `Report ${id} is in another municipality than the measure and cannot be linked.`,
        message_sv: `Rapport ${id} ligger i en annan kommun än åtgärden och kan inte kopplas.`,
      })
    } else if (kept.reportIds.includes(id)) {
      continue
    } else if (report.status === 'received') {
      problems.push({
        field: 'report_ids',
        message: `Report ${id} waits for moderation: moderate it first.`,
        message_sv: `Rapport ${id} väntar på granskning: granska den först.`,
      })
    } else if (report.status === 'duplicate') {
      problems.push({
        field: 'report_ids',
        message: `Report ${id} is a duplicate of ${report.duplicate_of}: link that one.`,
        message_sv: `Rapport ${id} är en dubblett av ${report.duplicate_of}: koppla den i stället.`,
      })
    } else if (UNLINKABLE.includes(report.status)) {
      problems.push({
        field: 'report_ids',
        message: `Report ${id} is closed without a fix and cannot be linked.`,
        message_sv: `Rapport ${id} är avslutad utan åtgärd och kan inte kopplas.`,
      })
    }
  }
  const observations = await tx.query<{ id: number; municipality_code: string }>(
    `SELECT o.id, w.municipality_code FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE o.id = ANY($1::int[])`,
    [observationIds],
  )
  const observationPlaces = new Map(observations.map((observation) => [observation.id, observation.municipality_code]))
  for (const id of observationIds) {
    const place = observationPlaces.get(id)
    if (place === undefined) {
      problems.push({ field: 'observation_ids', message: `There is no observation ${id}.`, message_sv: `Det finns ingen observation ${id}.` })
    } else if (place !== municipalityCode) {
      problems.push({
        field: 'observation_ids',
        message: `Observation ${id} is from a walk in another municipality than the measure and cannot be linked.`,
        message_sv: `Observation ${id} kommer från en vandring i en annan kommun än åtgärden och kan inte kopplas.`,
      })
    }
  }
  if (problems.length > 0) throw invalidInput(problems)
}

export async function replaceLinks(tx: Queryable, measureId: number, reportIds: readonly number[], observationIds: readonly number[]): Promise<void> {
  await tx.query(`DELETE FROM measure_report WHERE measure_id = $1 AND NOT report_id = ANY($2::int[])`, [measureId, reportIds])
  await tx.query(
    `INSERT INTO measure_report (measure_id, report_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
    [measureId, reportIds],
  )
  await tx.query(`DELETE FROM measure_observation WHERE measure_id = $1 AND NOT observation_id = ANY($2::int[])`, [measureId, observationIds])
  await tx.query(
    `INSERT INTO measure_observation (measure_id, observation_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
    [measureId, observationIds],
  )
}

export interface ReportStatusChange {
  id: number
  from: string
  to: string
}

/** Brings `reportIds` (linked now or until now) to the status their measures give them. */
export async function syncReportStatuses(tx: Queryable, reportIds: readonly number[]): Promise<ReportStatusChange[]> {
  const changes = await tx.query<ReportStatusChange & { measure_title: string | null }>(
    `WITH linked AS (
       SELECT r.id, r.status AS old_status, r.status_set_by_measure AS by_measure,
              CASE WHEN bool_or(m.status = 'done') THEN 'fixed' WHEN bool_or(m.status = 'decided') THEN 'measure_planned' END AS from_measures,
              -- The measure that set the status, named in the resident's history.
              (array_agg(m.title ORDER BY (m.status = 'done') DESC, m.id DESC) FILTER (WHERE m.status IN ('decided', 'done')))[1] AS measure_title
         FROM report r
         LEFT JOIN measure_report l ON l.report_id = r.id
         LEFT JOIN measure m ON m.id = l.measure_id
        WHERE r.id = ANY($1::int[]) AND r.status NOT IN ('received', 'rejected', 'duplicate', 'not_actionable')
        GROUP BY r.id, r.status, r.status_set_by_measure),
     wanted AS (
       SELECT id, old_status, measure_title,
              CASE WHEN from_measures IS NULL THEN
                     CASE WHEN by_measure AND old_status IN ('measure_planned', 'fixed') THEN 'published' ELSE old_status END
                   WHEN from_measures = 'measure_planned' AND old_status = 'fixed' AND NOT by_measure THEN old_status
                   ELSE from_measures END AS new_status
         FROM linked)
     UPDATE report r SET status = w.new_status, updated_at = now(),
            status_set_by_measure = w.new_status IN ('measure_planned', 'fixed'),
            closed_at = CASE WHEN w.new_status = 'fixed' THEN coalesce(r.closed_at, now()) ELSE NULL END
       FROM wanted w
      WHERE r.id = w.id AND w.new_status <> w.old_status
     RETURNING r.id, w.old_status AS "from", w.new_status AS "to", w.measure_title`,
    [reportIds],
  )
  for (const change of changes) {
    await tx.query(
      `INSERT INTO report_status_change (report_id, status, answer, reason)
       SELECT id, status, answer, $2 FROM report WHERE id = $1`,
      [change.id, change.measure_title ? `Åtgärd: ${change.measure_title}` : 'Den planerade åtgärden blev inte av.'],
    )
  }
  return changes.map(({ id, from, to }) => ({ id, from, to }))
}
