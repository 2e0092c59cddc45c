/**
 * A generated website survey for the large town and the bench: open since 2016 on a promise
 * period, with the five kinds of question and answer sheets spread from then to the reference day.
 * Most answer the two scales and the yes/no, some write, half mark a place near the centre.
 * Seeded, and answers are drawn in sheet order, so the same count and reference give the same
 * rows. The survey and its sheets are demo data (a reseed takes them away) with the title below.
 */
import type { Database, Queryable } from '../../../server/db/database.ts'
import { rebuildTallies } from '../../../server/surveys/survey-tallies.ts'

export const GENERATED_SURVEY_TITLE = 'Bench-enkät'

/** Returns the new survey's id. */
export async function generateSurvey(db: Database, periodId: number, answerSheets: number, reference: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.29)')
    const [survey] = await tx.query<{ id: number }>(
      `INSERT INTO survey (period_id, title, opens_on, is_demo) VALUES ($1, $2, '2016-01-01', true) RETURNING id`,
      [periodId, GENERATED_SURVEY_TITLE],
    )
    const id = survey!.id
    const questions = await tx.query<{ id: number; kind: string }>(
      `INSERT INTO survey_question (survey_id, position, kind, text_sv, scale_max, allows_not_out)
       VALUES ($1, 1, 'scale', 'Trygg i centrum?', 5, true), ($1, 2, 'scale', 'Trygg hemma?', 10, false),
              ($1, 3, 'yes_no', 'Avstått?', NULL, false), ($1, 4, 'free_text', 'Vad?', NULL, false),
              ($1, 5, 'map_mark', 'Var?', NULL, false)
       RETURNING id, kind`,
      [id],
    )
    const [centre, home, stayedIn, text, mark] = questions.map((question) => question.id)
    await tx.query(
      `INSERT INTO survey_response (survey_id, browser_key, answered_on, is_demo)
       SELECT $1, 'bench-' || n, date '2016-01-01' + floor(random() * (($3::timestamptz AT TIME ZONE 'Europe/Stockholm')::date - date '2016-01-01'))::integer, true
         FROM generate_series(1, $2) AS n`,
      [id, answerSheets, reference],
    )
    // The survey's sheets in id order, so each answer's draws follow the sheets, not where the rows
    // lie. A draw that decides whether a sheet answers at all is taken with the sheet (`drawn`):
    // as a bare WHERE it would be pushed below the sort.
    const sheets = '(SELECT id FROM survey_response WHERE survey_id = $1 ORDER BY id)'
    const drawn = `(SELECT id, random() AS x FROM ${sheets} s) r`
    await tx.query(
      `INSERT INTO survey_answer (response_id, question_id, scale_value, not_out)
       SELECT r.id, $2, CASE WHEN r.x < 0.08 THEN NULL ELSE 1 + floor(random() * 5)::integer END, r.x < 0.08 FROM ${drawn}`,
      [id, centre],
    )
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, scale_value) SELECT r.id, $2, 1 + floor(random() * 10)::integer FROM ${sheets} r`, [id, home])
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, yes) SELECT r.id, $2, random() < 0.25 FROM ${sheets} r`, [id, stayedIn])
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, free_text) SELECT r.id, $2, 'Mer ljus' FROM ${drawn} WHERE r.x < 0.15`, [id, text])
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p)
       INSERT INTO survey_answer (response_id, question_id, mark)
       SELECT r.id, $2, ST_Translate(centre.p, (random() - 0.5) * 2000, (random() - 0.5) * 2000) FROM centre, ${drawn} WHERE r.x < 0.5`,
      [id, mark],
    )
    await rebuildTallies(tx, id)
    return id
  })
}

export async function removeSurvey(db: Database, surveyId: number): Promise<void> {
  await db.transaction((tx) => deleteSurvey(tx, surveyId))
}

/** Every generated survey, with its answers and counts. */
export async function removeGeneratedSurveys(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const surveys = await tx.query<{ id: number }>('SELECT id FROM survey WHERE title = $1 AND is_demo', [GENERATED_SURVEY_TITLE])
    for (const survey of surveys) await deleteSurvey(tx, survey.id)
  })
}

async function deleteSurvey(tx: Queryable, surveyId: number): Promise<void> {
  const questions = 'SELECT id FROM survey_question WHERE survey_id = $1'
  await tx.query(`DELETE FROM survey_tally WHERE question_id IN (${questions})`, [surveyId])
  await tx.query(`DELETE FROM survey_mark_tally WHERE question_id IN (${questions})`, [surveyId])
  await tx.query('DELETE FROM survey_year_tally WHERE survey_id = $1', [surveyId])
  await tx.query('DELETE FROM survey_response WHERE survey_id = $1', [surveyId])
  await tx.query('DELETE FROM survey_question WHERE survey_id = $1', [surveyId])
  await tx.query('DELETE FROM survey WHERE id = $1', [surveyId])
}
