/**
 * The follow-up survey end to end on each backend: a resident answers once per browser, bad
 * answers are refused whole, results per year come from running counts that always equal a
 * recount of the answers, marks are counted per 100 m square, and the external figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SurveyForm, SurveyResults } from '../../server/shared/api/survey-schemas.ts'
import { applyRetention } from '../../server/reports/retention.ts'
import { rebuildTallies } from '../../server/surveys/survey-tallies.ts'
import { todayInSweden } from '../../server/today.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newOpenSurvey } from '../support/promise-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const thisYear = Number(todayInSweden().slice(0, 4))
const TORGET = { type: 'Point', coordinates: [14.1075, 59.3098] }
/** Karlstad: outside Kristinehamn. */
const KARLSTAD = { type: 'Point', coordinates: [13.5, 59.38] }

/** A browser: keeps the survey cookie the server sets, as a real one would. */
class Browser {
  cookie: string | null = null
  constructor(readonly session: ApiSession) {}

  async answer(surveyId: number, answers: unknown[]) {
    const reply = await this.session.post(`/api/surveys/${surveyId}/responses`, { answers }, this.cookie ? { headers: { Cookie: this.cookie } } : {})
    const set = reply.headers.getSetCookie().find((cookie) => cookie.startsWith('trygg_survey='))
    if (set) this.cookie = set.split(';')[0]!
    return reply
  }

  form(surveyId: number) {
    return this.session.get<SurveyForm>(`/api/surveys/${surveyId}`, this.cookie ? { headers: { Cookie: this.cookie } } : {})
  }
}

describe.each(backends)('the follow-up survey on the %s database', (backend) => {
  let server: TestServer
  let staff: ApiSession
  let surveyId: number
  let scale: number, yesNo: number, text: number, mark: number
  const browser = () => new Browser(new ApiSession(server.url))
  const count = async (sql: string, params: unknown[] = []) => (await server.db.query<{ n: number }>(sql, params))[0]!.n
  const responses = () => count('SELECT count(*)::integer AS n FROM survey_response WHERE survey_id = $1', [surveyId])
  const answersStored = () => count('SELECT count(*)::integer AS n FROM survey_answer')
  const results = async () => (await new ApiSession(server.url).get<SurveyResults>(`/api/surveys/${surveyId}/results`)).body

  beforeAll(async () => {
    server = await startTestServer({ backend, env: { SURVEY_RATE_LIMIT: '1000', PUBLIC_WRITE_RATE_LIMIT: '1000' } })
    staff = await logInAs(server.url, server.db, 'kommun')
    const survey = await newOpenSurvey(server.db)
    surveyId = survey.surveyId
    ;[scale, yesNo, text, mark] = survey.questionIds as [number, number, number, number]
  })
  afterAll(() => server.close())

  it('takes an answer sheet once per browser, with no personal data', async () => {
    const resident = browser()
    expect((await resident.form(surveyId)).body.already_answered).toBe(false)
    const first = await resident.answer(surveyId, [
      { question_id: scale, scale_value: 4 },
      { question_id: yesNo, yes: false },
      { question_id: text, free_text: 'Mer ljus vid stationen.' },
      { question_id: mark, mark: TORGET },
    ])
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(resident.cookie).toMatch(/^trygg_survey=[A-Za-z0-9_-]{43}$/)
    expect((await resident.form(surveyId)).body.already_answered).toBe(true)

    const again = await resident.answer(surveyId, [{ question_id: scale, scale_value: 1 }])
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('already_answered')
    expect(again.body.error.message_sv).toMatch(/redan svarat/)
    expect(await responses()).toBe(1)

    // What is kept: the day, a hash, the answers; the cookie's value itself is nowhere.
    const [stored] = await server.db.query<Record<string, unknown>>('SELECT * FROM survey_response WHERE survey_id = $1', [surveyId])
    expect(Object.keys(stored!).sort()).toEqual(['answered_on', 'browser_key', 'id', 'is_demo', 'survey_id'])
    expect(stored!.browser_key).toMatch(/^[0-9a-f]{64}$/)
    expect(stored!.browser_key).not.toContain(resident.cookie!.split('=')[1])
  })

  it('lets another browser answer, "I don\'t go out" included', async () => {
    const neighbour = browser()
    const reply = await neighbour.answer(surveyId, [{ question_id: scale, not_out: true }, { question_id: yesNo, yes: true }])
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(await responses()).toBe(2)
  })

  it.each([
    ['a scale value out of range', [{ question_id: 0, scale_value: 6 }], 'answers.0.scale_value'],
    ['a scale value of zero', [{ question_id: 0, scale_value: 0 }], 'answers.0.scale_value'],
    ['a yes to a scale question', [{ question_id: 0, yes: true }], 'answers.0.question_id'],
    ['a mark outside the municipality', [{ question_id: 1, yes: true }, { question_id: 3, mark: KARLSTAD }], 'answers.1.mark'],
    ['a mark where SWEREF 99 TM is not defined', [{ question_id: 3, mark: { type: 'Point', coordinates: [105, 0] } }], 'answers.0.mark'],
    ['a question of another survey', [{ question_id: -1, yes: true }], 'answers.0.question_id'],
    ['the same question twice', [{ question_id: 1, yes: true }, { question_id: 1, yes: false }], 'answers.1.question_id'],
    ['two answers to one question', [{ question_id: 0, scale_value: 3, yes: true }], 'answers.0'],
    ['no answer at all', [], 'answers'],
  ])('refuses %s whole, saving nothing', async (_, answers, field) => {
    const ids = [scale, yesNo, text, mark]
    const sent = (answers as { question_id: number }[]).map((answer) => ({ ...answer, question_id: ids[answer.question_id] ?? 1 }))
    const before = [await responses(), await answersStored()]
    const reply = await browser().answer(surveyId, sent)
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    expect(reply.body.error.fields.map((problem: { field: string }) => problem.field)).toContain(field)
    expect(reply.body.error.fields[0].message_sv).toBeTruthy()
    expect([await responses(), await answersStored()]).toEqual(before)
  })

  it('refuses "I don\'t go out" where the question does not offer it', async () => {
    const survey = await newOpenSurvey(server.db)
    await server.db.query('UPDATE survey_question SET allows_not_out = false WHERE id = $1', [survey.questionIds[0]])
    const reply = await browser().answer(survey.surveyId, [{ question_id: survey.questionIds[0], not_out: true }])
    expect(reply.status).toBe(400)
  })

  it('refuses an answer to a closed survey, or one not yet open', async () => {
    const survey = await newOpenSurvey(server.db)
    await server.db.query(`UPDATE survey SET closes_on = '2020-12-31' WHERE id = $1`, [survey.surveyId])
    const closed = await browser().answer(survey.surveyId, [{ question_id: survey.questionIds[1], yes: true }])
    expect(closed.status).toBe(409)
    expect(closed.body.error.code).toBe('survey_closed')
    await server.db.query(`UPDATE survey SET opens_on = '2031-01-01', closes_on = NULL WHERE id = $1`, [survey.surveyId])
    const early = await browser().answer(survey.surveyId, [{ question_id: survey.questionIds[1], yes: true }])
    expect(early.status).toBe(409)
    expect(early.body.error.message_sv).toMatch(/öppnar 2031-01-01/)
    expect(await count('SELECT count(*)::integer AS n FROM survey_response WHERE survey_id = $1', [survey.surveyId])).toBe(0)
  })

  it('shows the results of this year: the mean without "I don\'t go out", yes and no, answers per question', async () => {
    const { years, survey } = await results()
    expect(survey.responses).toBe(2)
    expect(years.map((year) => year.year)).toEqual([thisYear])
    const [year] = years
    expect(year!.responses).toBe(2)
    const byQuestion = new Map(year!.questions.map((question) => [question.question_id, question]))
    expect(byQuestion.get(scale)).toEqual({ question_id: scale, answers: 2, mean: 4, counts: [0, 0, 0, 1, 0], not_out: 1 })
    expect(byQuestion.get(yesNo)).toEqual({ question_id: yesNo, answers: 2, yes: 1, no: 1 })
    expect(byQuestion.get(text)).toEqual({ question_id: text, answers: 1 })
  })

  it('keeps the running counts equal to a recount of the answers', async () => {
    const tallies = () =>
      server.db.query(
        `SELECT question_id, year, answer, count FROM survey_tally ORDER BY 1, 2, 3`,
      )
    const marks = () => server.db.query(`SELECT question_id, year, cell_e, cell_n, count FROM survey_mark_tally ORDER BY 1, 2, 3, 4`)
    const kept = [await tallies(), await marks()]
    await server.db.transaction((tx) => rebuildTallies(tx, surveyId))
    expect([await tallies(), await marks()]).toEqual(kept)
  })

  it('counts marks per 100 m square, for everyone, and the free text for staff only', async () => {
    const cells = (await new ApiSession(server.url).get(`/api/surveys/${surveyId}/marks?year=${thisYear}`)).body
    expect(cells.features).toHaveLength(1)
    expect(cells.features[0].properties).toEqual({ count: 1 })
    const [lon, lat] = cells.features[0].geometry.coordinates
    // The square's centre: within 71 m of the mark, never the mark itself.
    expect(Math.abs(lon - 14.1075) * 56_700).toBeLessThan(71)
    expect(Math.abs(lat - 59.3098) * 111_300).toBeLessThan(71)
    expect((await new ApiSession(server.url).get(`/api/surveys/${surveyId}/marks?year=2001`)).body.features).toEqual([])
    expect((await new ApiSession(server.url).get(`/api/surveys/${surveyId}/marks?year=tjugo`)).status).toBe(400)

    expect((await new ApiSession(server.url).get(`/api/surveys/${surveyId}/free-texts`)).status).toBe(401)
    const texts = (await staff.get(`/api/surveys/${surveyId}/free-texts`)).body.answers
    expect(texts).toEqual([{ question_id: text, answered_on: todayInSweden(), text: 'Mer ljus vid stationen.' }])
  })

  it('removes free text after the retention period and keeps the answer, so the counts still add up', async () => {
    await applyRetention(server.db, 12)
    expect((await staff.get(`/api/surveys/${surveyId}/free-texts`)).body.answers).toHaveLength(1)
    await server.db.query(`UPDATE survey_response SET answered_on = answered_on - interval '13 months' WHERE survey_id = $1`, [surveyId])
    expect((await applyRetention(server.db, 12)).surveyTexts).toBe(1)
    expect((await staff.get(`/api/surveys/${surveyId}/free-texts`)).body.answers).toEqual([])
    expect(await count(`SELECT count(*)::integer AS n FROM survey_answer WHERE question_id = $1`, [text])).toBe(1)
    await server.db.query(`UPDATE survey_response SET answered_on = answered_on + interval '13 months' WHERE survey_id = $1`, [surveyId])
  })

  it('locks a question once it has answers, and lets staff add a new one', async () => {
    const change = await staff.put(`/api/survey-questions/${scale}`, {
      position: 1, kind: 'scale', text_sv: 'Ny text', text_en: '', scale_max: 10, allows_not_out: false,
    })
    expect(change.status).toBe(409)
    expect(change.body.error.code).toBe('question_answered')
    expect((await staff.request('DELETE', `/api/survey-questions/${scale}`, { body: {} })).status).toBe(409)
    const added = await staff.post(`/api/surveys/${surveyId}/questions`, {
      position: 5, kind: 'yes_no', text_sv: 'Känner du till grannsamverkan?', text_en: '', scale_max: null, allows_not_out: false,
    })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.body.answered).toBe(false)
    const scaleWithoutTop = await staff.post(`/api/surveys/${surveyId}/questions`, {
      position: 6, kind: 'scale', text_sv: 'Hur trygg?', text_en: '', scale_max: null, allows_not_out: false,
    })
    expect(scaleWithoutTop.status).toBe(400)
    expect(scaleWithoutTop.body.error.fields[0].field).toBe('scale_max')
  })

  it('hides the surveys of a draft period from the public', async () => {
    const draft = (await staff.post('/api/promise-periods', { title: 'Utkast', starts_on: '2029-01-01', ends_on: '2029-12-31' })).body.id
    const created = await staff.post(`/api/promise-periods/${draft}/surveys`, { title: 'Utkastenkät', opens_on: '2026-01-01', closes_on: null })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await new ApiSession(server.url).get(`/api/surveys/${created.body.id}`)).status).toBe(404)
    expect((await new ApiSession(server.url).get('/api/surveys/open')).body.surveys.map((survey: { id: number }) => survey.id)).not.toContain(
      created.body.id,
    )
    const reply = await browser().answer(created.body.id, [{ question_id: 1, yes: true }])
    expect(reply.status).toBe(404)
  })

  it('limits answer sheets from one address', async () => {
    const limited = await startTestServer({ backend, env: { SURVEY_RATE_LIMIT: '2' } })
    try {
      const survey = await newOpenSurvey(limited.db)
      const send = () => new Browser(new ApiSession(limited.url)).answer(survey.surveyId, [{ question_id: survey.questionIds[1], yes: true }])
      expect((await send()).status).toBe(201)
      expect((await send()).status).toBe(201)
      const third = await send()
      expect(third.status).toBe(429)
      expect(third.headers.get('retry-after')).toBeTruthy()
    } finally {
      await limited.close()
    }
  })

  describe('external figures', () => {
    const figure = { source: 'scb', year: 2014, label: 'Trygghetsindex', value: 57, national_value: null, citation: 'SCB medborgarundersökning 2014' }

    it('are entered by staff, refused when not numbers or twice, and public to read', async () => {
      const created = await staff.post('/api/external-figures', figure)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect((await staff.post('/api/external-figures', figure)).status).toBe(409)
      const notNumber = await staff.post('/api/external-figures', { ...figure, year: 2015, value: 'femtiosju' })
      expect(notNumber.status).toBe(400)
      expect(notNumber.body.error.fields[0].field).toBe('value')
      const tooBig = await staff.post('/api/external-figures', { ...figure, year: 2015, value: 157 })
      expect(tooBig.status).toBe(400)
      const { body } = await new ApiSession(server.url).get('/api/external-figures')
      expect(body.figures).toContainEqual({ ...figure, id: created.body.id, municipality_code: '1781' })
    })
  })
})
