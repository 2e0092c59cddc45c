/**
 * Retention (GDPR art. 10): the free text and photos of reports closed more than the retention
 * period ago, and the words staff replaced when they removed personal data, are deleted. The place,
 * category, times and status stay for statistics. Staff incidents lose their free text the same
 * time after they happened, and survey answers their free text the same time after they were given
 * (the answer stays, empty, so the counts still add up). The municipality's own answer is kept: it
 * is not the resident's text.
 */
import type { Database } from '../db/database.ts'

export interface RetentionOutcome {
  reports: number
  incidents: number
  surveyTexts: number
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
    const surveyTexts = await tx.query(
      `UPDATE survey_answer a SET free_text = ''
         FROM survey_response r
        WHERE r.id = a.response_id AND a.free_text <> '' AND r.answered_on < current_date - make_interval(months => $1)
        RETURNING a.response_id`,
      [months],
    )
    return { reports: ids.length, incidents: incidents.length, surveyTexts: surveyTexts.length }
  })
}
