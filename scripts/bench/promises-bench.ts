/**
 * The promises page at scale: ten years of records behind the indicators (500 walks with their
 * observations, a register of 5,000 areas and 20,000 meetings, 200 done measures around the
 * centre, 2,000 activities) and a survey with 50,000 answer sheets. Times the page's data as the
 * routes build it – the period's progress, the survey's results, its marks and the external
 * figures – and, for the ratio, the same results counted from the answers instead of the running
 * counts. The generated rows are told apart by their titles and removed afterwards.
 */
import type { Database } from '../../server/db/database.ts'
import { listFigures } from '../../server/figures/external-figures.ts'
import { findPeriod } from '../../server/promises/period-records.ts'
import { promisePage } from '../../server/promises/promise-progress.ts'
import { markCells, surveyResults } from '../../server/surveys/survey-results.ts'
import { rebuildTallies } from '../../server/surveys/survey-tallies.ts'
import { todayInSweden } from '../../server/today.ts'
import { generateLargeRegister, removeLargeRegister } from './large-register.ts'
import { generateMeasures, removeGeneratedMeasures } from './planning-bench.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'
import { generateWalks, removeGeneratedWalks } from './walks-bench.ts'

export const GENERATED_ANSWER_SHEETS = 50_000
const GENERATED_ACTIVITIES = 2000
const BENCH_SURVEY_TITLE = 'Bench-enkät'
const BENCH_ACTIVITY_TITLE = 'Bench-aktivitet'

export interface PromisesBench {
  years: number
  answerSheets: number
  answers: number
  /** Everything the page loads: progress, survey results, marks of the latest year, figures. */
  pageData: Timing
  progress: Timing
  results: Timing
  marks: Timing
  /** The same results counted from the answers themselves, for the ratio. */
  resultsFromAnswers: Timing
}

export async function benchPromises(db: Database): Promise<PromisesBench> {
  const today = todayInSweden()
  const [period] = await db.query<{ id: number }>(`SELECT id FROM promise_period WHERE starts_on = '2016-01-01'`)
  if (!period) throw new Error('the bench database has no 2016–2017 promise: seed it first')
  let surveyId: number | undefined
  try {
    await generateWalks(db)
    await generateLargeRegister(db)
    await generateMeasures(db)
    await generateActivities(db, period.id)
    surveyId = await generateSurvey(db, period.id)
    const survey = surveyId
    const loaded = await findPeriod(db, period.id, false)
    const year = Number(today.slice(0, 4))
    const pageData = async () => {
      const page = await promisePage(db, loaded, today)
      await surveyResults(db, survey, today, false)
      await markCells(db, survey, year, today, false)
      await listFigures(db)
      return page
    }
    const page = await pageData()
    const [counts] = await db.query<{ sheets: number; answers: number }>(
      `SELECT (SELECT count(*)::integer FROM survey_response WHERE survey_id = $1) AS sheets,
              (SELECT count(*)::integer FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = $1) AS answers`,
      [survey],
    )
    return {
      years: page.years.length,
      answerSheets: counts!.sheets,
      answers: counts!.answers,
      pageData: await timeRuns(pageData, 40),
      progress: await timeRuns(() => promisePage(db, loaded, today), 40),
      results: await timeRuns(() => surveyResults(db, survey, today, false), 40),
      marks: await timeRuns(() => markCells(db, survey, year, today, false), 40),
      resultsFromAnswers: await timeRuns(() => resultsFromAnswers(db, survey), 10),
    }
  } finally {
    if (surveyId !== undefined) await removeSurvey(db, surveyId)
    await db.query('DELETE FROM promise_activity WHERE title = $1', [BENCH_ACTIVITY_TITLE])
    await removeGeneratedMeasures(db)
    await removeLargeRegister(db)
    await removeGeneratedWalks(db)
  }
}

/** Activities spread over ten years on the period's promises. */
async function generateActivities(db: Database, periodId: number): Promise<void> {
  await db.query(
    `INSERT INTO promise_activity (promise_id, happened_on, title, is_demo)
     SELECT p.id, current_date - (n * 7 % 3650), $2, true
       FROM generate_series(1, $3) AS n
       JOIN promise p ON p.period_id = $1 AND p.position = 1 + n % 5`,
    [periodId, BENCH_ACTIVITY_TITLE, GENERATED_ACTIVITIES],
  )
}

/**
 * A survey open since 2016 with the five kinds of question, and 50,000 answer sheets spread over
 * the years: most answer the two scales and the yes/no, some write, half mark a place near the centre.
 */
export async function generateSurvey(db: Database, periodId: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.29)')
    const [survey] = await tx.query<{ id: number }>(
      // Marked as demo data, so a bench that dies halfway leaves nothing a reseed keeps.
      `INSERT INTO survey (period_id, title, opens_on, is_demo) VALUES ($1, $2, '2016-01-01', true) RETURNING id`,
      [periodId, BENCH_SURVEY_TITLE],
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
      `INSERT INTO survey_response (survey_id, browser_key, answered_on)
       SELECT $1, 'bench-' || n, date '2016-01-01' + floor(random() * (current_date - date '2016-01-01'))::integer
         FROM generate_series(1, $2) AS n`,
      [id, GENERATED_ANSWER_SHEETS],
    )
    const sheets = 'FROM survey_response r WHERE r.survey_id = $1'
    await tx.query(
      `INSERT INTO survey_answer (response_id, question_id, scale_value, not_out)
       SELECT r.id, $2, CASE WHEN r.x < 0.08 THEN NULL ELSE 1 + floor(random() * 5)::integer END, r.x < 0.08
         FROM (SELECT id, random() AS x FROM survey_response WHERE survey_id = $1) r`,
      [id, centre],
    )
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, scale_value) SELECT r.id, $2, 1 + floor(random() * 10)::integer ${sheets}`, [id, home])
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, yes) SELECT r.id, $2, random() < 0.25 ${sheets}`, [id, stayedIn])
    await tx.query(`INSERT INTO survey_answer (response_id, question_id, free_text) SELECT r.id, $2, 'Mer ljus' ${sheets} AND random() < 0.15`, [
      id,
      text,
    ])
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p)
       INSERT INTO survey_answer (response_id, question_id, mark)
       SELECT r.id, $2, ST_Translate(centre.p, (random() - 0.5) * 2000, (random() - 0.5) * 2000) ${sheets.replace('FROM', 'FROM centre,')} AND random() < 0.5`,
      [id, mark],
    )
    await rebuildTallies(tx, id)
    return id
  })
}

/** What the results would cost without running counts: every answer of the survey grouped per year. */
async function resultsFromAnswers(db: Database, surveyId: number) {
  return db.query(
    `SELECT extract(year FROM r.answered_on)::integer AS year, a.question_id, count(*) AS answers,
            avg(a.scale_value) AS mean, count(*) FILTER (WHERE a.not_out) AS not_out,
            count(*) FILTER (WHERE a.yes) AS yes, count(*) FILTER (WHERE NOT a.yes) AS no
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
      WHERE r.survey_id = $1
      GROUP BY 1, 2`,
    [surveyId],
  )
}

export async function removeSurvey(db: Database, surveyId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const questions = 'SELECT id FROM survey_question WHERE survey_id = $1'
    await tx.query(`DELETE FROM survey_tally WHERE question_id IN (${questions})`, [surveyId])
    await tx.query(`DELETE FROM survey_mark_tally WHERE question_id IN (${questions})`, [surveyId])
    await tx.query('DELETE FROM survey_year_tally WHERE survey_id = $1', [surveyId])
    await tx.query('DELETE FROM survey_response WHERE survey_id = $1', [surveyId])
    await tx.query('DELETE FROM survey_question WHERE survey_id = $1', [surveyId])
    await tx.query('DELETE FROM survey WHERE id = $1', [surveyId])
  })
}
