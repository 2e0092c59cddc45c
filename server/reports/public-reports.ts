/**
 * What anyone may read and do with reports: nearby published reports before sending, "me too",
 * the private receipt page, and a report's photo.
 */
import type { Config } from '../config.ts'
import type { Queryable } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { countRequest } from '../limits/rate-limiter.ts'
import type { NearbyReport, ReportStatusStep, ReportStatusView } from '../shared/api/report-schemas.ts'
import type { ApiFile } from '../routes/api-route.ts'
import { photoFile } from './photo.ts'
import { receiptHashOf } from './receipt-token.ts'
import { coarsenedPoint } from './coarse-location.ts'
import { PUBLIC_STATUSES_SQL, publicDescription } from './report-visibility.ts'

/** How far from the chosen spot "already reported?" looks. */
export const NEARBY_METRES = 100

/**
 * Published reports near a spot. Distances are measured to the public grid point, never the exact
 * one, so moving the spot around cannot find out more than the open map shows.
 */
export async function nearbyReports(db: Queryable, lon: number, lat: number, gridMetres: number): Promise<NearbyReport[]> {
  return db.query<NearbyReport>(
    `WITH spot AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006) AS geom),
     near AS (
       SELECT r.*, ${coarsenedPoint('r.geom', '$4::double precision')} AS cell
         FROM report r, spot
        WHERE r.status IN ${PUBLIC_STATUSES_SQL} AND ST_DWithin(r.geom, spot.geom, $3 + $4))
     SELECT near.id, near.category, near.time_of_day, near.status, ${publicDescription('near')} AS description, near.me_too_count,
            to_char(near.reported_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS reported_month,
            (ceil(ST_Distance(near.cell, spot.geom) / 10) * 10)::int AS distance_m
       FROM near, spot
      WHERE ST_DWithin(near.cell, spot.geom, $3)
      ORDER BY ST_Distance(near.cell, spot.geom), near.id
      LIMIT 20`,
    [lon, lat, NEARBY_METRES, gridMetres],
  )
}

/** One "me too" per address and report a day, and a bound on how many an address gives. */
export async function addMeToo(db: Queryable, id: number, address: string, limits: Config['limits']): Promise<number> {
  const [report] = await db.query<{ id: number }>(`SELECT id FROM report WHERE id = $1 AND status IN ${PUBLIC_STATUSES_SQL}`, [id])
  if (!report) throw reportNotFound()
  await countRequest(db, `me-too:${address}`, limits.meToo)
  try {
    await countRequest(db, `me-too:${address}:${id}`, { max: 1, windowMinutes: 24 * 60 })
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 429) throw error
    throw new AppError(
      429,
      'already_agreed',
      'Du har redan instämt i den här rapporten. Tack!',
      'You have already agreed with this report. Thank you!',
      error.extra,
    )
  }
  // Checked again in the same statement: staff may have merged or rejected it meanwhile.
  const [row] = await db.query<{ me_too_count: number }>(
    `UPDATE report SET me_too_count = me_too_count + 1, own_me_too_count = own_me_too_count + 1
      WHERE id = $1 AND status IN ${PUBLIC_STATUSES_SQL} RETURNING me_too_count`,
    [id],
  )
  if (!row) throw reportNotFound()
  return row.me_too_count
}

/** The private receipt page: any status, with its history; found only by the token's hash. */
export async function reportByReceipt(db: Queryable, token: string): Promise<ReportStatusView> {
  const [report] = await db.query<Omit<ReportStatusView, 'history'>>(
    `SELECT r.id, r.category, r.time_of_day, r.week_part, r.description, r.status, r.status_reason, r.answer,
            r.duplicate_of, r.me_too_count, r.reported_at,
            EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = r.id) AS has_photo,
            r.text_removed_at IS NOT NULL AS text_removed
       FROM report r WHERE r.receipt_hash = $1`,
    [receiptHashOf(token)],
  )
  if (!report) {
    throw notFound(
      'receipt_not_found',
      'Vi hittar ingen rapport för den här länken. Kontrollera att hela länken kom med.',
      'We find no report for this link. Check that the whole link was copied.',
    )
  }
  const history = await db.query<ReportStatusStep>(
    `SELECT status, answer, reason, changed_at FROM report_status_change WHERE report_id = $1 ORDER BY id`,
    [report.id],
  )
  return { ...report, history }
}

/**
 * A report's photo: the public sees it once the report is public and unless staff hid it; staff
 * always, kommun staff only in their own municipality (`scope`), else it is not found as for the public.
 */
export async function reportPhoto(db: Queryable, id: number, isStaff: boolean, scope: string | null = null): Promise<ApiFile> {
  const [photo] = await db.query<{ content: Uint8Array; visible: boolean }>(
    `SELECT p.content, (($2 AND ($3::text IS NULL OR r.municipality_code = $3))
                        OR (r.status IN ${PUBLIC_STATUSES_SQL} AND NOT p.is_hidden)) AS visible
       FROM report_photo p JOIN report r ON r.id = p.report_id WHERE p.report_id = $1`,
    [id, isStaff, scope],
  )
  return photoFile(photo?.visible ? photo.content : undefined)
}

/** The photo as its sender sent it (after re-encoding), by the receipt's token, whatever the status. */
export async function receiptPhoto(db: Queryable, token: string): Promise<ApiFile> {
  const [photo] = await db.query<{ content: Uint8Array }>(
    `SELECT p.content FROM report_photo p JOIN report r ON r.id = p.report_id WHERE r.receipt_hash = $1`,
    [receiptHashOf(token)],
  )
  return photoFile(photo?.content)
}

const reportNotFound = () =>
  notFound('report_not_found', 'Det finns ingen publicerad rapport med det numret.', 'There is no published report with that number.')
