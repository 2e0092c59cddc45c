/**
 * Valid requests for the medborgarlöften routes (see route-examples.ts): each prepares fresh rows
 * of its own – a draft period, a promise in it, an open survey in a published period – so no
 * example depends on another.
 */
import type { Database } from '../../server/db/database.ts'
import type { ExampleContext, ExampleRequest } from './route-examples.ts'

let count = 0
const unique = (prefix: string) => `${prefix} ${++count}.${process.pid}`

/**
 * A period starting the day before the earliest one, so it never collides with another and never
 * cuts short the time in force of a period that is already there.
 */
export async function newPeriodId(db: Database, published = false): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
     SELECT '1781', 'Testperiod', d, d + 365, CASE WHEN $1 THEN now() END
       FROM (SELECT coalesce(min(starts_on), '2016-01-01') - 1 AS d FROM promise_period) earliest
     RETURNING id`,
    [published],
  )
  return row!.id
}

export async function newPromiseId(db: Database, published = false): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO promise (period_id, position, text, responsible) VALUES ($1, 1, 'Polisen lovar att testa.', 'polisen') RETURNING id`,
    [await newPeriodId(db, published)],
  )
  return row!.id
}

async function newIndicatorId(db: Database, published = false): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year) VALUES ($1, 1, 'walks_done', 'Vandringar', 2) RETURNING id`,
    [await newPromiseId(db, published)],
  )
  return row!.id
}

async function newActivityId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO promise_activity (promise_id, happened_on, title) VALUES ($1, '2026-01-10', 'Polisen i centrum') RETURNING id`,
    [await newPromiseId(db)],
  )
  return row!.id
}

/** An open survey with one question of each kind, in a period that is published (so the public sees it). */
export async function newOpenSurvey(db: Database): Promise<{ surveyId: number; questionIds: number[] }> {
  const [survey] = await db.query<{ id: number }>(
    `INSERT INTO survey (period_id, title, opens_on) VALUES ($1, 'Testenkät', '2016-01-01') RETURNING id`,
    [await newPeriodId(db, true)],
  )
  const questions = await db.query<{ id: number }>(
    `INSERT INTO survey_question (survey_id, position, kind, text_sv, scale_max, allows_not_out)
     VALUES ($1, 1, 'scale', 'Hur trygg känner du dig?', 5, true), ($1, 2, 'yes_no', 'Går du ut på kvällen?', NULL, false),
            ($1, 3, 'free_text', 'Vad kan bli bättre?', NULL, false), ($1, 4, 'map_mark', 'Var är det otryggt?', NULL, false)
     RETURNING id`,
    [survey!.id],
  )
  return { surveyId: survey!.id, questionIds: questions.map((question) => question.id) }
}

async function newQuestionId(db: Database): Promise<number> {
  const { questionIds } = await newOpenSurvey(db)
  return questionIds[0]!
}

async function newFigureId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO external_figure (municipality_code, source, year, label, value, citation) VALUES ('1781', 'scb', 2016, $1, 55, 'SCB') RETURNING id`,
    [unique('Trygghetsindex')],
  )
  return row!.id
}

const validPeriodBody = () => ({
  title: 'Medborgarlöfte (test)',
  starts_on: '2030-01-01',
  ends_on: '2030-12-31',
  introduction: 'Polisen och kommunen lovar.',
  problem_title: 'Problembild',
  problem_picture: 'Otrygghet i centrum.',
  goal: 'Öka tryggheten.',
  follow_up: 'Enkät.',
  validity: 'Gäller tills vidare.',
})

export const validPromiseBody = () => ({ position: 1, text: 'Polisen lovar att vara i centrum.', responsible: 'polisen', responsible_text: 'Polisen' })
export const validIndicatorBody = () => ({ position: 1, kind: 'startup_meetings', label: 'Uppstartsmöten', target_per_year: 2 })
/** A change to a published period carries its reason, which the public sees. */
const correction = { correction_reason: 'Texten var fel.' }
const validSurveyBody = () => ({ title: 'Trygghetsenkät', introduction: 'Svara gärna.', opens_on: '2026-01-01', closes_on: null })
const validQuestionBody = () => ({ position: 1, kind: 'scale', text_sv: 'Hur trygg känner du dig?', text_en: 'How safe do you feel?', scale_max: 10, allows_not_out: true })
/** The year varies too: the bad-input corpus sends the same label more than once. */
const validFigureBody = () => ({
  source: 'ntu',
  year: 1990 + (count % 111),
  label: unique('Otrygg ute sent'),
  value: 30,
  national_value: 29,
  citation: 'Brå, NTU 2021',
})

export const promiseExamples: Record<string, (context: ExampleContext) => Promise<ExampleRequest>> = {
  'POST /api/promise-periods': async ({ db }) => {
    // A start no other period has: the day before the earliest.
    const [row] = await db.query<{ d: string }>(
      `SELECT to_char(coalesce(min(starts_on), '2016-01-01') - 1, 'YYYY-MM-DD') AS d FROM promise_period`,
    )
    return { path: '/api/promise-periods', body: { ...validPeriodBody(), starts_on: row!.d, ends_on: row!.d } }
  },
  'PUT /api/promise-periods/:id': async ({ db }) => {
    const id = await newPeriodId(db, true)
    const [row] = await db.query<{ d: string }>(`SELECT to_char(starts_on, 'YYYY-MM-DD') AS d FROM promise_period WHERE id = $1`, [id])
    return { path: `/api/promise-periods/${id}`, body: { ...validPeriodBody(), starts_on: row!.d, ends_on: row!.d, ...correction } }
  },
  'POST /api/promise-periods/:id/publish': async ({ db }) => {
    const promiseId = await newPromiseId(db)
    const [row] = await db.query<{ period_id: number }>('SELECT period_id FROM promise WHERE id = $1', [promiseId])
    return { path: `/api/promise-periods/${row!.period_id}/publish`, body: {} }
  },
  'POST /api/promise-periods/:id/promises': async ({ db }) => ({
    path: `/api/promise-periods/${await newPeriodId(db, true)}/promises`,
    body: { ...validPromiseBody(), ...correction },
  }),
  'PUT /api/promises/:id': async ({ db }) => ({ path: `/api/promises/${await newPromiseId(db, true)}`, body: { ...validPromiseBody(), ...correction } }),
  'DELETE /api/promises/:id': async ({ db }) => ({ path: `/api/promises/${await newPromiseId(db)}`, body: {} }),
  'POST /api/promises/:id/indicators': async ({ db }) => ({
    path: `/api/promises/${await newPromiseId(db, true)}/indicators`,
    body: { ...validIndicatorBody(), ...correction },
  }),
  'PUT /api/promise-indicators/:id': async ({ db }) => ({
    path: `/api/promise-indicators/${await newIndicatorId(db, true)}`,
    body: { ...validIndicatorBody(), ...correction },
  }),
  'DELETE /api/promise-indicators/:id': async ({ db }) => ({ path: `/api/promise-indicators/${await newIndicatorId(db)}`, body: {} }),
  'POST /api/promises/:id/activities': async ({ db }) => ({
    path: `/api/promises/${await newPromiseId(db)}/activities`,
    body: { happened_on: '2026-02-01', title: 'Polisen till fots i centrum', description: 'Fredag kväll.' },
  }),
  'DELETE /api/promise-activities/:id': async ({ db }) => ({ path: `/api/promise-activities/${await newActivityId(db)}`, body: {} }),
  'POST /api/promise-periods/:id/surveys': async ({ db }) => ({
    path: `/api/promise-periods/${await newPeriodId(db)}/surveys`,
    body: validSurveyBody(),
  }),
  'PUT /api/surveys/:id': async ({ db }) => ({ path: `/api/surveys/${(await newOpenSurvey(db)).surveyId}`, body: validSurveyBody() }),
  'POST /api/surveys/:id/questions': async ({ db }) => ({
    path: `/api/surveys/${(await newOpenSurvey(db)).surveyId}/questions`,
    body: validQuestionBody(),
  }),
  'PUT /api/survey-questions/:id': async ({ db }) => ({ path: `/api/survey-questions/${await newQuestionId(db)}`, body: validQuestionBody() }),
  'DELETE /api/survey-questions/:id': async ({ db }) => ({ path: `/api/survey-questions/${await newQuestionId(db)}`, body: {} }),
  'POST /api/surveys/:id/responses': async ({ db }) => {
    const { surveyId, questionIds } = await newOpenSurvey(db)
    const [scale, yesNo, text, mark] = questionIds
    return {
      path: `/api/surveys/${surveyId}/responses`,
      body: {
        answers: [
          { question_id: scale, scale_value: 4 },
          { question_id: yesNo, yes: true },
          { question_id: text, free_text: 'Mer ljus vid stationen.' },
          { question_id: mark, mark: { type: 'Point', coordinates: [14.1075, 59.3098] } },
        ],
      },
    }
  },
  'POST /api/external-figures': async () => ({ path: '/api/external-figures', body: validFigureBody() }),
  'PUT /api/external-figures/:id': async ({ db }) => ({ path: `/api/external-figures/${await newFigureId(db)}`, body: validFigureBody() }),
  'DELETE /api/external-figures/:id': async ({ db }) => ({ path: `/api/external-figures/${await newFigureId(db)}`, body: {} }),
}
