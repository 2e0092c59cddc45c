/**
 * The promises page at scale: ten years of records behind the indicators (500 walks with their
 * observations, a register of 5,000 areas and 20,000 meetings, 200 done measures around the
 * centre, 2,000 activities) and a survey with 50,000 answer sheets. Times the page's data as the
 * routes build it – the period's progress, the survey's results, its marks and the external
 * figures – and, for the ratio, the same results counted from the answers instead of the running
 * counts. The generated rows are told apart by their titles and removed afterwards.
 */
import { generateSurvey as generateSurveySheets, removeSurvey } from '../../data/seed/large/large-survey.ts'
import type { Database } from '../../server/db/database.ts'
import { listFigures } from '../../server/figures/external-figures.ts'
import { findPeriod } from '../../server/promises/period-records.ts'
import { promisePage } from '../../server/promises/promise-progress.ts'
import { markCells, surveyResults } from '../../server/surveys/survey-results.ts'
import { todayInSweden } from '../../server/today.ts'
import { generateLargeRegister, removeLargeRegister } from './large-register.ts'
import { generateMeasures, removeGeneratedMeasures } from './planning-bench.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'
import { generateWalks, removeGeneratedWalks } from './walks-bench.ts'

export { removeSurvey }

export const GENERATED_ANSWER_SHEETS = 50_000
const GENERATED_ACTIVITIES = 2000
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

/** A survey open since 2016 with 50,000 answer sheets spread over the years. */
export function generateSurvey(db: Database, periodId: number): Promise<number> {
  return generateSurveySheets(db, periodId, GENERATED_ANSWER_SHEETS)
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
