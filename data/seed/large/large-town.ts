/**
 * A big town for trying the app at scale (`npm run seed:large`): by default the issue's 100,000
 * reports over ten years, 5,000 grannsamverkan areas with 20,000 meetings, 500 evening walks with
 * 10,000 observations, 2,000 measures beside report clusters and 50,000 survey answer sheets on the
 * 2016–2017 promise. Built from the bench's generators, seeded and dated from a reference day, so
 * the same counts and day give the same town. Every row is demo data with the generators' markers:
 * a run first removes the previous large town, and `npm run seed` removes all of it.
 */
import type { Database } from '../../../server/db/database.ts'
import { todayInSweden } from '../../../server/today.ts'
import { GENERATED_MEASURE_TITLE, generateMeasures, removeGeneratedMeasures } from './large-measures.ts'
import { AREA_NAME_PREFIX, generateLargeRegister, MEETING_NOTES, removeLargeRegister } from './large-register.ts'
import { GENERATED_REPORT_TEXT, generateReports, removeGeneratedReports } from './large-reports.ts'
import { GENERATED_SURVEY_TITLE, generateSurvey, removeGeneratedSurveys } from './large-survey.ts'
import { GENERATED_WALK_TITLE, generateWalks, removeGeneratedWalks } from './large-walks.ts'

export interface LargeTownCounts {
  reports: number
  areas: number
  meetings: number
  walks: number
  observationsPerWalk: number
  measures: number
  answerSheets: number
}

/** The counts the scale issue names. */
export const LARGE_TOWN: LargeTownCounts = {
  reports: 100_000,
  areas: 5000,
  meetings: 20_000,
  walks: 500,
  observationsPerWalk: 20,
  measures: 2000,
  answerSheets: 50_000,
}

/** The rows of a large town in the database, as `countLargeTown` finds them. */
export interface LargeTownRows {
  reports: number
  areas: number
  meetings: number
  contactPersons: number
  walks: number
  observations: number
  measures: number
  answerSheets: number
  answers: number
}

/** Noon (UTC) of today in Sweden: the same reference all day, so a second run the same day changes nothing. */
export const todayAtNoon = (): Date => new Date(`${todayInSweden()}T12:00:00Z`)

/**
 * Replaces any earlier large town with one of `counts`, dated back from `reference`. Needs the
 * base data and the 2016–2017 promise period (`migrateAndSeed`); throws before changing anything
 * without them. Not one transaction (VACUUM cannot run in one): a run that stops halfway leaves
 * part of a town, which the next run or `npm run seed` removes.
 */
export async function generateLargeTown(db: Database, counts: LargeTownCounts = LARGE_TOWN, reference: Date = todayAtNoon()): Promise<LargeTownRows> {
  const [period] = await db.query<{ id: number }>(`SELECT id FROM promise_period WHERE municipality_code = '1781' AND starts_on = '2016-01-01'`)
  if (!period) throw new Error('The large town needs the base data and the 2016–2017 promise: run `npm run seed` first.')
  await removeLargeTown(db)
  await generateReports(db, counts.reports, reference)
  await generateLargeRegister(db, { areas: counts.areas, meetings: counts.meetings })
  await generateWalks(db, { walks: counts.walks, observationsPerWalk: counts.observationsPerWalk }, { reference, eveningSeason: true })
  // After the reports, which they stand beside; done over the same ten years.
  await generateMeasures(db, counts.measures, { reference, years: 10, nearReports: true })
  await generateSurvey(db, period.id, counts.answerSheets, reference)
  // The planner's statistics for the new rows: PGlite has no autovacuum to take them, and without
  // them a watch-areas tile scanned every meeting once per area (7.4 s instead of 0.3 s embedded).
  await db.query('ANALYZE')
  return countLargeTown(db)
}

/** Children before parents: meetings before areas, walks take their observations along. */
export async function removeLargeTown(db: Database): Promise<void> {
  await removeGeneratedSurveys(db)
  await removeGeneratedMeasures(db)
  await removeGeneratedWalks(db)
  await removeLargeRegister(db)
  await removeGeneratedReports(db)
}

export async function countLargeTown(db: Database): Promise<LargeTownRows> {
  const [rows] = await db.query<LargeTownRows>(
    `SELECT (SELECT count(*)::integer FROM report WHERE description = $1 AND is_demo) AS "reports",
            (SELECT count(*)::integer FROM watch_area WHERE name LIKE $2 || '%' AND is_demo) AS "areas",
            (SELECT count(*)::integer FROM meeting WHERE notes = $3 AND is_demo) AS "meetings",
            (SELECT count(*)::integer FROM contact_person c JOIN watch_area a ON a.id = c.area_id WHERE a.name LIKE $2 || '%' AND a.is_demo) AS "contactPersons",
            (SELECT count(*)::integer FROM safety_walk WHERE title = $4 AND is_demo) AS "walks",
            (SELECT count(*)::integer FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE w.title = $4 AND w.is_demo) AS "observations",
            (SELECT count(*)::integer FROM measure WHERE title = $5 AND is_demo) AS "measures",
            (SELECT count(*)::integer FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.title = $6 AND s.is_demo) AS "answerSheets",
            (SELECT count(*)::integer FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
              WHERE s.title = $6 AND s.is_demo) AS "answers"`,
    [GENERATED_REPORT_TEXT, AREA_NAME_PREFIX, MEETING_NOTES, GENERATED_WALK_TITLE, GENERATED_MEASURE_TITLE, GENERATED_SURVEY_TITLE],
  )
  return rows!
}
