/**
 * Retention (GDPR art. 10): the free text and photos of reports closed more than the retention
 * period ago, and the words staff replaced when they removed personal data, are deleted. The place,
 * category, times and status stay for statistics. Staff incidents lose their free text the same
 * time after they happened. The municipality's own answer is kept: it is not the resident's text.
 */
import type { Database } from '../db/database.ts'

export interface RetentionOutcome {
  reports: number
  incidents: number
}

export async function applyRetention(db: Database, months: number): Promise<RetentionOutcome> {
  return db.transaction(async (tx) => {
    const reports = await tx.query<{ id: number }>(
      `UPDATE report SET description = '', text_removed_at = now()
        WHERE closed_at < now() - make_interval(months => $1) AND text_removed_at IS NULL
        RETURNING id`,
      [months],
    )
    const ids = reports.map((report) => report.id)
    await tx.query(`DELETE FROM report_photo WHERE report_id = ANY($1::int[])`, [ids])
    await tx.query(`DELETE FROM report_original_text WHERE report_id = ANY($1::int[])`, [ids])
    const incidents = await tx.query<{ id: number }>(
      `UPDATE staff_incident SET description = '', text_removed_at = now()
        WHERE occurred_at < now() - make_interval(months => $1) AND text_removed_at IS NULL
        RETURNING id`,
      [months],
    )
    return { reports: ids.length, incidents: incidents.length }
  })
}
