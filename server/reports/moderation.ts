/**
 * Municipal staff moderate reports: publish, reject with a reason, remove personal data from the
 * text (the resident's words are kept apart in report_original_text, shown only from the audit
 * log screen), merge duplicates, set the category, the status and the public answer. Every change
 * is audited in the same transaction. A moderation marks the text as read for personal data, which
 * is what makes it public.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, invalidInput, notFound } from '../errors.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import type { ModerateReportBody, ReportStatus, StaffReport, StaffReportQuery } from '../shared/api/report-schemas.ts'
import { closingStatuses, statusesNeedingReason } from '../shared/api/report-schemas.ts'

/** How near a same-category report must be to be suggested as a duplicate. */
export const DUPLICATE_METRES = 50
const OPEN_STATUSES = ['received', 'published', 'under_review', 'measure_planned']
// Moderations take turns (they are rare): merges lock several reports, and two crossed merges
// taking the same rows in opposite order would otherwise deadlock.
export const MODERATION_LOCK_KEY = 17812017

const staffReportSelect = `
  SELECT r.id, r.category, r.time_of_day, r.week_part, r.description, r.status, r.status_reason, r.answer,
         r.duplicate_of, r.me_too_count, r.reported_at, r.updated_at,
         json_build_array(round(ST_X(ST_Transform(r.geom, 4326))::numeric, 6), round(ST_Y(ST_Transform(r.geom, 4326))::numeric, 6)) AS coordinates,
         (SELECT json_build_object('hidden', p.is_hidden) FROM report_photo p WHERE p.report_id = r.id) AS photo,
         EXISTS (SELECT 1 FROM report_original_text o WHERE o.report_id = r.id) AS text_edited,
         r.text_removed_at IS NOT NULL AS text_removed,
         coalesce((SELECT json_agg(c ORDER BY c.distance_m, c.id) FROM (
             SELECT d.id, d.status, ceil(ST_Distance(d.geom, r.geom))::int AS distance_m, left(d.description, 200) AS description
               FROM report d
              WHERE d.id <> r.id AND d.category = r.category AND d.municipality_code = r.municipality_code AND d.status = ANY($1::text[])
                AND ST_DWithin(d.geom, r.geom, ${DUPLICATE_METRES})
              ORDER BY ST_Distance(d.geom, r.geom), d.id LIMIT 5) c), '[]'::json) AS duplicate_candidates
    FROM report r`

/** The newest reports first; `scope` limits them to one municipality (kommun staff), null lists the whole police area. */
export async function listStaffReports(db: Queryable, query: StaffReportQuery, scope: string | null): Promise<StaffReport[]> {
  const status = query.status ?? 'open'
  const statuses = status === 'open' ? OPEN_STATUSES : status === 'all' ? null : [status]
  return db.query<StaffReport>(
    `${staffReportSelect}
      WHERE ($2::text[] IS NULL OR r.status = ANY($2::text[])) AND ($3::text IS NULL OR r.category = $3)
        AND ($5::text IS NULL OR r.municipality_code = $5)
      ORDER BY r.reported_at DESC, r.id DESC
      LIMIT $4`,
    [OPEN_STATUSES, statuses, query.category ?? null, query.limit ?? 200, scope],
  )
}

/** One report; outside `scope` it is not there for the caller (404, as an unknown id). */
export async function readStaffReport(db: Queryable, id: number, scope: string | null = null): Promise<StaffReport> {
  const [report] = await db.query<StaffReport>(`${staffReportSelect} WHERE r.id = $2 AND ($3::text IS NULL OR r.municipality_code = $3)`, [
    OPEN_STATUSES,
    id,
    scope,
  ])
  if (!report) throw reportNotFound(id)
  return report
}

interface StoredReport {
  id: number
  status: ReportStatus
  status_reason: string
  duplicate_of: number | null
  category: string
  description: string
  answer: string
  photo_hidden: boolean | null
  text_removed: boolean
}

export async function moderateReport(
  db: Database,
  id: number,
  body: ModerateReportBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<StaffReport> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MODERATION_LOCK_KEY])
    const [old] = await tx.query<StoredReport & { municipality_code: string }>(
      `SELECT r.id, r.municipality_code, r.status, r.status_reason, r.duplicate_of, r.category, r.description, r.answer,
              p.is_hidden AS photo_hidden, r.text_removed_at IS NOT NULL AS text_removed
         FROM report r LEFT JOIN report_photo p ON p.report_id = r.id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    )
    if (!old) throw reportNotFound(id)
    await checkInScope(tx, scope, old.municipality_code)
    const next = nextState(old, body)
    if (next.duplicate_of !== null && next.duplicate_of !== old.duplicate_of) await checkMergeTarget(tx, id, next.duplicate_of, old.municipality_code)
    if (body.photo_hidden !== undefined && old.photo_hidden === null) {
      throw invalidInput([{ field: 'photo_hidden', message: 'The report has no photo.', message_sv: 'Rapporten har ingen bild.' }])
    }
    const textEdited = body.description !== undefined && body.description !== old.description
    if (textEdited && old.text_removed) {
      throw conflict('text_removed', 'Texten är redan borttagen efter gallringstiden.', 'The text was already removed after the retention period.')
    }
    if (textEdited) {
      await tx.query(`INSERT INTO report_original_text (report_id, description) VALUES ($1, $2)`, [id, old.description])
    }
    await tx.query(
      `UPDATE report SET status = $2, status_reason = $3, duplicate_of = $4, category = $5, description = $6, answer = $7,
              updated_at = now(), text_reviewed = true,
              status_set_by_measure = status_set_by_measure AND status = $2,
              closed_at = CASE WHEN $2 = ANY($8::text[]) THEN coalesce(closed_at, now()) ELSE NULL END
        WHERE id = $1`,
      [id, next.status, next.status_reason, next.duplicate_of, next.category, next.description, next.answer, closingStatuses],
    )
    if (next.duplicate_of !== old.duplicate_of) await mergeDuplicates(tx, id, old.duplicate_of, next.duplicate_of)
    if (body.photo_hidden !== undefined) {
      await tx.query(`UPDATE report_photo SET is_hidden = $2 WHERE report_id = $1`, [id, body.photo_hidden])
    }
    // A new answer is news too: it shows in the receipt's history and the feed.
    if (next.status !== old.status || next.status_reason !== old.status_reason || next.answer !== old.answer) {
      await tx.query(
        `INSERT INTO report_status_change (report_id, status, answer, reason) VALUES ($1, $2, $3, $4)`,
        [id, next.status, next.answer, next.status_reason],
      )
    }
    // The resident's words never enter the audit log, which cannot be cleaned: only that they were edited.
    const audited = (state: StoredReport, edited: boolean) => ({
      status: state.status,
      status_reason: state.status_reason,
      duplicate_of: state.duplicate_of,
      category: state.category,
      answer: state.answer,
      photo_hidden: state.photo_hidden,
      ...(edited && { description_edited: true }),
    })
    await recordAudit(tx, {
      actor,
      action: 'update',
      objectType: 'report',
      objectId: id,
      objectLabel: `Rapport ${id}`,
      before: { ...audited(old, false), ...(textEdited && { description_original: true }) },
      after: audited({ ...next, photo_hidden: body.photo_hidden ?? old.photo_hidden }, textEdited),
      requestId,
    })
  })
  return readStaffReport(db, id)
}

/** The report after the change; a reason or a merge target the new status needs is required here. */
function nextState(old: StoredReport, body: ModerateReportBody): StoredReport {
  const status = body.status ?? old.status
  const statusChanged = status !== old.status
  const status_reason = body.status_reason ?? (statusChanged ? '' : old.status_reason)
  if (statusesNeedingReason.includes(status) && status_reason === '') {
    throw invalidInput([
      {
        field: 'status_reason',
        message: 'Say why: the resident and the public see the reason.',
        message_sv: 'Ange ett skäl: den som rapporterade och allmänheten ser skälet.',
      },
    ])
  }
  const duplicate_of = status === 'duplicate' ? (body.duplicate_of ?? old.duplicate_of) : null
  if (status === 'duplicate' && duplicate_of === null) {
    throw invalidInput([
      { field: 'duplicate_of', message: 'Choose the report this one duplicates.', message_sv: 'Välj vilken rapport den här är en dubblett av.' },
    ])
  }
  return {
    ...old,
    status,
    status_reason,
    duplicate_of,
    category: body.category ?? old.category,
    description: body.description ?? old.description,
    answer: body.answer ?? old.answer,
  }
}

async function checkMergeTarget(tx: Queryable, id: number, targetId: number, municipalityCode: string): Promise<void> {
  if (targetId === id) {
    throw invalidInput([
      { field: 'duplicate_of', message: 'A report cannot duplicate itself.', message_sv: 'En rapport kan inte vara en dubblett av sig själv.' },
    ])
  }
  const [target] = await tx.query<{ status: ReportStatus; duplicate_of: number | null; municipality_code: string }>(
    `SELECT status, duplicate_of, municipality_code FROM report WHERE id = $1 FOR UPDATE`,
    [targetId],
  )
  if (target && target.municipality_code !== municipalityCode) {
    throw invalidInput([
      {
        field: 'duplicate_of',
        message: `Report ${targetId} lies in another municipality: each municipality answers its own reports.`,
        message_sv: `Rapport ${targetId} ligger i en annan kommun: varje kommun svarar på sina egna rapporter.`,
      },
    ])
  }
  if (!target) {
    throw invalidInput([
      { field: 'duplicate_of', message: `There is no report ${targetId}.`, message_sv: `Det finns ingen rapport ${targetId}.` },
    ])
  }
  if (target.status === 'duplicate') {
    throw conflict(
      'merge_into_duplicate',
      `Rapport ${targetId} är själv en dubblett av ${target.duplicate_of}. Slå ihop med ${target.duplicate_of} i stället.`,
      `Report ${targetId} is itself a duplicate of ${target.duplicate_of}. Merge into ${target.duplicate_of} instead.`,
    )
  }
  if (target.status === 'rejected') {
    throw conflict('merge_into_rejected', `Rapport ${targetId} är avvisad.`, `Report ${targetId} was rejected.`)
  }
}

/**
 * A merged report counts as one more "me too" on the report it joins, with its own me-toos.
 * Reports that duplicated it now duplicate the new target, so no chain forms, and every count
 * involved is recomputed from the reports' own me-toos, so merging and un-merging in any order
 * never leaves a count wrong.
 */
async function mergeDuplicates(tx: Queryable, id: number, oldTarget: number | null, newTarget: number | null): Promise<void> {
  if (newTarget !== null) await tx.query(`UPDATE report SET duplicate_of = $2 WHERE duplicate_of = $1`, [id, newTarget])
  await tx.query(
    `UPDATE report t
        SET me_too_count = t.own_me_too_count
              + coalesce((SELECT sum(d.own_me_too_count + 1) FROM report d WHERE d.duplicate_of = t.id), 0),
            updated_at = now()
      WHERE t.id = ANY($1::int[])`,
    [[id, oldTarget, newTarget].filter((value) => value !== null)],
  )
}

export async function originalTexts(db: Queryable, id: number, scope: string | null = null): Promise<{ description: string; replaced_at: string }[]> {
  await readStaffReport(db, id, scope)
  return db.query(`SELECT description, replaced_at FROM report_original_text WHERE report_id = $1 ORDER BY id`, [id])
}

const reportNotFound = (id: number) => notFound('report_not_found', `Det finns ingen rapport ${id}.`, `There is no report ${id}.`)
