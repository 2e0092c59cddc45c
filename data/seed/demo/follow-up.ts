/**
 * FICTIONAL follow-up for the 2016–2017 promise: activity-log entries, a website survey with
 * answers from 2016 to the reference date, and SCB-style index values. Titles start with
 * "Exempel: ", every row is `is_demo`, and the SCB figures say they are made up.
 */
import type { Queryable } from '../../../server/db/database.ts'
import { rebuildTallies } from '../../../server/surveys/survey-tallies.ts'
import { PLACES } from './centrum.ts'
import { dayOf, isoDate, yearOf } from './dates.ts'
import { gaussianPointNear, roundLonLat } from './geometry.ts'
import type { Rng } from './random.ts'
import { createRng } from './random.ts'
import type { LonLat } from './types.ts'

/** The promise each activity belongs to, by its position in the 2016–2017 document. */
const ACTIVITIES: readonly { position: number; perYear: [number, number]; titles: readonly string[] }[] = [
  {
    position: 1,
    perYear: [0, 3],
    titles: [
      'Exempel: Språkcafé med trygghetsinformation på biblioteket',
      'Exempel: Polisen besöker SFI-klasserna',
      'Exempel: Information om grannsamverkan på lätt svenska',
      'Exempel: Föreningsmässa för nyanlända',
    ],
  },
  {
    position: 2,
    perYear: [3, 7],
    titles: [
      'Exempel: Polisen till fots i centrum fredag kväll',
      'Exempel: Samverkan med krögarna inför stängningstid',
      'Exempel: Insats vid resecentrum efter rapporter om störande grupp',
      'Exempel: Trafik- och ordningskontroll under marknadsdagen',
      'Exempel: Möte med handlarna på Kungsgatan',
    ],
  },
]

const FREE_TEXTS = [
  'Exempel: Mer belysning i parken skulle hjälpa.',
  'Exempel: Fler vuxna ute på kvällarna.',
  'Exempel: Klipp buskarna vid gångtunneln.',
  'Exempel: Det känns tryggare nu än för några år sedan.',
  'Exempel: Bussen går för sällan på kvällen, man får vänta länge vid resecentrum.',
]

/** Where residents mark unsafe places: mostly the same spots the reports name. */
const MARK_SPOTS: readonly (readonly [LonLat, number])[] = [
  [PLACES.resecentrum.at, 5],
  [PLACES.gangtunneln.at, 4],
  [PLACES.norraTorget.at, 4],
  [PLACES.stadsparken.at, 3],
  [PLACES.kungsgatan.at, 2],
]

interface DemoAnswerSheet {
  answeredOn: string
  safeInCentre: number | 'not_out' | null
  safeAtHome: number | null
  stayedIn: boolean | null
  freeText: string | null
  mark: LonLat | null
}

/** Inserts the demo follow-up for the period starting 2016-01-01, if that period is loaded. */
export async function insertDemoFollowUp(tx: Queryable, refDay: number): Promise<void> {
  const [period] = await tx.query<{ id: number }>(
    `SELECT id FROM promise_period WHERE municipality_code = '1781' AND starts_on = '2016-01-01'`,
  )
  if (!period) return
  await insertActivities(tx, period.id, refDay)
  await insertSurvey(tx, period.id, refDay)
  await insertFigures(tx)
}

/** Deletes the demo follow-up; runs before a fresh demo set is inserted. */
export async function deleteDemoFollowUp(tx: Queryable): Promise<void> {
  const demoQuestions = 'SELECT q.id FROM survey_question q JOIN survey s ON s.id = q.survey_id WHERE s.is_demo'
  await tx.query('DELETE FROM promise_activity WHERE is_demo')
  await tx.query(`DELETE FROM survey_tally WHERE question_id IN (${demoQuestions})`)
  await tx.query(`DELETE FROM survey_mark_tally WHERE question_id IN (${demoQuestions})`)
  await tx.query('DELETE FROM survey_year_tally WHERE survey_id IN (SELECT id FROM survey WHERE is_demo)')
  await tx.query('DELETE FROM survey_response WHERE is_demo')
  await tx.query(`DELETE FROM survey_question WHERE id IN (${demoQuestions})`)
  await tx.query('DELETE FROM survey WHERE is_demo')
  await tx.query('DELETE FROM external_figure WHERE is_demo')
}

async function insertActivities(tx: Queryable, periodId: number, refDay: number): Promise<void> {
  const rng = createRng('follow-up:activities')
  for (const { position, perYear, titles } of ACTIVITIES) {
    const [promise] = await tx.query<{ id: number }>('SELECT id FROM promise WHERE period_id = $1 AND position = $2', [periodId, position])
    if (!promise) continue
    for (let year = 2016; year <= yearOf(refDay); year++) {
      const count = rng.int(...perYear)
      for (let n = 0; n < count; n++) {
        const day = Math.min(refDay, dayOf(year, 1, 1) + rng.int(0, 364))
        await tx.query(
          // Recorded the day it happened, as a log kept as one goes.
          `INSERT INTO promise_activity (promise_id, happened_on, title, description, is_demo, created_at)
           VALUES ($1, $2::date, $3, '', true, $2::date + time '12:00')`,
          [promise.id, isoDate(day), rng.pick(titles)],
        )
      }
    }
  }
}

async function insertSurvey(tx: Queryable, periodId: number, refDay: number): Promise<void> {
  const [survey] = await tx.query<{ id: number }>(
    `INSERT INTO survey (period_id, title, introduction, opens_on, closes_on, is_demo)
     VALUES ($1, 'Exempel: Trygghetsenkät på kommunens webbplats',
             'Exempelenkät med påhittade svar. Hjälp kommunen och polisen att följa upp medborgarlöftet: hur trygg känner du dig i Kristinehamn?',
             '2016-03-01', NULL, true)
     RETURNING id`,
    [periodId],
  )
  if (!survey) throw new Error('survey insert returned no row')
  const questionIds: number[] = []
  const questions: [string, string, string, number | null, boolean][] = [
    ['scale', 'Hur trygg känner du dig när du går ensam i centrala Kristinehamn sent en kväll?', 'How safe do you feel walking alone in central Kristinehamn late in the evening?', 5, true],
    ['scale', 'Hur trygg känner du dig i ditt eget bostadsområde?', 'How safe do you feel in your own neighbourhood?', 10, false],
    ['yes_no', 'Har du under det senaste året avstått från att gå ut på kvällen av oro för brott?', 'In the past year, have you stayed in at night for fear of crime?', null, false],
    ['free_text', 'Vad skulle göra Kristinehamn tryggare?', 'What would make Kristinehamn safer?', null, false],
    ['map_mark', 'Markera på kartan en plats där du känner dig otrygg.', 'Mark a place on the map where you feel unsafe.', null, false],
  ]
  for (const [index, [kind, textSv, textEn, scaleMax, allowsNotOut]] of questions.entries()) {
    const [question] = await tx.query<{ id: number }>(
      `INSERT INTO survey_question (survey_id, position, kind, text_sv, text_en, scale_max, allows_not_out)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [survey.id, index + 1, kind, textSv, textEn, scaleMax, allowsNotOut],
    )
    if (!question) throw new Error('question insert returned no row')
    questionIds.push(question.id)
  }
  const sheets = answerSheets(createRng('follow-up:survey'), refDay)
  const responses = await tx.query<{ id: string; browser_key: string }>(
    `INSERT INTO survey_response (survey_id, browser_key, answered_on, is_demo)
     SELECT $1, t.key, t.day, true FROM unnest($2::text[], $3::date[]) AS t(key, day)
     RETURNING id, browser_key`,
    [survey.id, sheets.map((_, index) => `demo-${index}`), sheets.map((sheet) => sheet.answeredOn)],
  )
  const responseIds = new Map(responses.map((row) => [row.browser_key, row.id]))
  const rows: [string, number, number | null, boolean, boolean | null, string | null, number | null, number | null][] = []
  sheets.forEach((sheet, index) => {
    const responseId = responseIds.get(`demo-${index}`)
    if (!responseId) return
    const [centre, home, stayedIn, text, mark] = questionIds
    if (sheet.safeInCentre !== null && centre) {
      rows.push([responseId, centre, sheet.safeInCentre === 'not_out' ? null : sheet.safeInCentre, sheet.safeInCentre === 'not_out', null, null, null, null])
    }
    if (sheet.safeAtHome !== null && home) rows.push([responseId, home, sheet.safeAtHome, false, null, null, null, null])
    if (sheet.stayedIn !== null && stayedIn) rows.push([responseId, stayedIn, null, false, sheet.stayedIn, null, null, null])
    if (sheet.freeText !== null && text) rows.push([responseId, text, null, false, null, sheet.freeText, null, null])
    if (sheet.mark !== null && mark) rows.push([responseId, mark, null, false, null, null, sheet.mark[0], sheet.mark[1]])
  })
  const column = (index: number) => rows.map((row) => row[index])
  await tx.query(
    `INSERT INTO survey_answer (response_id, question_id, scale_value, not_out, yes, free_text, mark)
     SELECT t.response_id, t.question_id, t.scale_value, t.not_out, t.yes, t.free_text,
            CASE WHEN t.lon IS NULL THEN NULL ELSE ST_Transform(ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326), 3006) END
       FROM unnest($1::bigint[], $2::integer[], $3::integer[], $4::boolean[], $5::boolean[], $6::text[], $7::float8[], $8::float8[])
         AS t(response_id, question_id, scale_value, not_out, yes, free_text, lon, lat)`,
    [0, 1, 2, 3, 4, 5, 6, 7].map(column),
  )
  await rebuildTallies(tx, survey.id)
}

/**
 * 40–80 answer sheets a year (fewer in the current year, up to the reference day). Feeling safe
 * in the centre improves slowly over the years; a few people say they do not go out at night.
 */
export function answerSheets(rng: Rng, refDay: number): DemoAnswerSheet[] {
  const sheets: DemoAnswerSheet[] = []
  const opens = dayOf(2016, 3, 1)
  for (let year = 2016; year <= yearOf(refDay); year++) {
    const first = Math.max(opens, dayOf(year, 1, 1))
    const last = Math.min(refDay, dayOf(year, 12, 31))
    if (last < first) continue
    const count = Math.round((rng.int(40, 80) * (last - first + 1)) / 365)
    const trend = (year - 2016) * 0.08
    for (let n = 0; n < count; n++) {
      const centre = clampScale(Math.round(2.6 + trend + rng.gaussian() * 1.1), 5)
      sheets.push({
        answeredOn: isoDate(rng.int(first, last)),
        safeInCentre: rng.chance(0.08) ? 'not_out' : rng.chance(0.95) ? centre : null,
        safeAtHome: rng.chance(0.9) ? clampScale(Math.round(7 + trend + rng.gaussian() * 1.8), 10) : null,
        stayedIn: rng.chance(0.9) ? rng.chance(Math.max(0.1, 0.3 - trend / 4)) : null,
        freeText: rng.chance(0.15) ? rng.pick(FREE_TEXTS) : null,
        mark: rng.chance(0.55) ? roundLonLat(gaussianPointNear(rng, rng.weighted(MARK_SPOTS), 60)) : null,
      })
    }
  }
  return sheets
}

const clampScale = (value: number, max: number) => Math.min(max, Math.max(1, value))

/** SCB's medborgarundersökning index in the years Kristinehamn took part – made-up values, and labelled so. */
async function insertFigures(tx: Queryable): Promise<void> {
  const values: [number, number][] = [
    [2010, 58],
    [2012, 56],
    [2014, 57],
    [2016, 54],
  ]
  for (const [year, value] of values) {
    await tx.query(
      `INSERT INTO external_figure (municipality_code, source, year, label, value, national_value, citation, is_demo)
       VALUES ('1781', 'scb', $1, 'Exempel: Trygghetsindex (påhittade värden)', $2, NULL,
               'Påhittade exempelvärden i SCB:s form – inte SCB:s siffror. Ersätt med värden från SCB:s medborgarundersökning.', true)
       ON CONFLICT DO NOTHING`,
      [year, value],
    )
  }
}
