/**
 * The running counts behind the public results: added to in the same transaction as each answer
 * sheet, and rebuilt from the answers when rows arrive another way (the demo seed, the bench).
 */
import type { Queryable } from '../db/database.ts'
import { MARK_CELL_METRES } from '../shared/api/survey-schemas.ts'
import type { CheckedAnswer } from './survey-answers.ts'

/** Counts one answer sheet: its year, each answer, and each mark's square. */
export async function addToTallies(tx: Queryable, surveyId: number, year: number, answers: readonly CheckedAnswer[]): Promise<void> {
  await tx.query(
    `INSERT INTO survey_year_tally AS t (survey_id, year, responses) VALUES ($1, $2, 1)
     ON CONFLICT (survey_id, year) DO UPDATE SET responses = t.responses + 1`,
    [surveyId, year],
  )
  for (const answer of answers) {
    await tx.query(
      `INSERT INTO survey_tally AS t (question_id, year, answer, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (question_id, year, answer) DO UPDATE SET count = t.count + 1`,
      [answer.questionId, year, answer.tally],
    )
    if (answer.mark) {
      await tx.query(
        `INSERT INTO survey_mark_tally AS t (question_id, year, cell_e, cell_n, count) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (question_id, year, cell_e, cell_n) DO UPDATE SET count = t.count + 1`,
        [answer.questionId, year, answer.mark.cellE, answer.mark.cellN],
      )
    }
  }
}

/** Recounts one survey's tallies from its stored answers. */
export async function rebuildTallies(tx: Queryable, surveyId: number): Promise<void> {
  const questions = 'SELECT id FROM survey_question WHERE survey_id = $1'
  await tx.query('DELETE FROM survey_year_tally WHERE survey_id = $1', [surveyId])
  await tx.query(`DELETE FROM survey_tally WHERE question_id IN (${questions})`, [surveyId])
  await tx.query(`DELETE FROM survey_mark_tally WHERE question_id IN (${questions})`, [surveyId])
  await tx.query(
    `INSERT INTO survey_year_tally (survey_id, year, responses)
     SELECT survey_id, extract(year FROM answered_on)::integer, count(*) FROM survey_response WHERE survey_id = $1 GROUP BY 1, 2`,
    [surveyId],
  )
  const answers = `
    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = $1`
  await tx.query(
    `INSERT INTO survey_tally (question_id, year, answer, count)
     SELECT a.question_id, extract(year FROM r.answered_on)::integer,
            CASE WHEN a.scale_value IS NOT NULL THEN a.scale_value::text WHEN a.not_out THEN 'not_out'
                 WHEN a.yes THEN 'yes' WHEN NOT a.yes THEN 'no' WHEN a.free_text IS NOT NULL THEN 'free_text' ELSE 'map_mark' END,
            count(*)
     ${answers} GROUP BY 1, 2, 3`,
    [surveyId],
  )
  await tx.query(
    `INSERT INTO survey_mark_tally (question_id, year, cell_e, cell_n, count)
     SELECT a.question_id, extract(year FROM r.answered_on)::integer,
            floor(ST_X(a.mark) / $2)::integer, floor(ST_Y(a.mark) / $2)::integer, count(*)
     ${answers} AND a.mark IS NOT NULL GROUP BY 1, 2, 3, 4`,
    [surveyId, MARK_CELL_METRES],
  )
}
