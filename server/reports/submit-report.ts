/**
 * A resident's report: checked, then saved with its first status and its photo in one
 * transaction, so that once the receipt is shown every part of the report is stored.
 */
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import { countRequest } from '../limits/rate-limiter.ts'
import { checkPoint } from '../geometry/check-point.ts'
import { pagePaths } from '../shared/page-paths.ts'
import type { CreateReportBody, ReportReceipt } from '../shared/api/report-schemas.ts'
import { preparePhoto } from './photo.ts'
import { reportByReceipt } from './public-reports.ts'
import { newReceiptToken, receiptHashOf } from './receipt-token.ts'

/**
 * A report from the public, by any way it comes in (the web form, Open311): counted against the
 * address's report limit, then submitted. Both ways share the one count.
 */
export async function receivePublicReport(db: Database, body: CreateReportBody, address: string | undefined, limits: Config['limits']): Promise<ReportReceipt> {
  await countRequest(db, `report:${address}`, limits.reportSubmit)
  return submitReport(db, body, limits.photoKilobytes)
}

export async function submitReport(db: Database, body: CreateReportBody, photoKilobytes: number): Promise<ReportReceipt> {
  // People never see the honeypot field; only a program filling in every field sends it.
  if (body.website) {
    throw invalidInput([
      {
        field: 'website',
        message: 'The form could not be sent. Reload the page and try again.',
        message_sv: 'Formuläret kunde inte skickas. Ladda om sidan och försök igen.',
      },
    ])
  }
  const place = await checkPoint(db, body.geometry)
  // Decoding a photo takes a moment: done before the transaction, so nothing waits on it.
  const photo = body.photo === undefined ? null : await preparePhoto(body.photo, photoKilobytes)
  const token = newReceiptToken()
  // The receipt is read inside the transaction: a report is never saved without its receipt shown.
  return db.transaction(async (tx) => {
    const [report] = await tx.query<{ id: number }>(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, receipt_hash, geom)
       VALUES ($1, $2, $3, $4, $5, 'received', $6, ST_GeomFromEWKT($7))
       RETURNING id`,
      [place.municipalityCode, body.category, body.time_of_day, body.week_part, body.description, receiptHashOf(token), place.ewkt],
    )
    if (!report) throw new Error('report insert returned no row')
    await tx.query(`INSERT INTO report_status_change (report_id, status) VALUES ($1, 'received')`, [report.id])
    if (photo) {
      await tx.query(
        `INSERT INTO report_photo (report_id, content, content_type, width, height) VALUES ($1, $2, 'image/jpeg', $3, $4)`,
        [report.id, photo.content, photo.width, photo.height],
      )
    }
    return { id: report.id, token, status_path: `${pagePaths.reportStatus}#${token}`, report: await reportByReceipt(tx, token) }
  })
}
