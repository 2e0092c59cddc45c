/**
 * Medborgarlöften end to end on each backend: the seeded 2016–2017 promise with indicators
 * counted from the records, a period staff write and publish, corrections of a published period,
 * the activity log, and the audit trail. Expected counts are read from the tables themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndicatorProgress, PeriodSummary, PromisePage } from '../../server/shared/api/promise-schemas.ts'
import { todayInSweden } from '../../server/today.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { validIndicatorBody, validPromiseBody } from '../support/promise-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const thisYear = Number(todayInSweden().slice(0, 4))

const periodBody = (startsOn: string, endsOn: string) => ({
  title: `Medborgarlöfte ${startsOn.slice(0, 4)}`,
  starts_on: startsOn,
  ends_on: endsOn,
  problem_title: 'Problembild',
  problem_picture: 'Otrygghet vid resecentrum.',
  goal: 'Öka tryggheten.',
})

const indicatorOf = (page: PromisePage, kind: IndicatorProgress['kind']) =>
  page.promises.flatMap((promise) => promise.indicators).find((indicator) => indicator.kind === kind)!

describe.each(backends)('medborgarlöften on the %s database', (backend) => {
  let server: TestServer
  let officer: ApiSession
  let coordinator: ApiSession
  let admin: ApiSession
  const anyone = () => new ApiSession(server.url)
  const rowCount = async (table: string) => (await server.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`))[0]!.n

  beforeAll(async () => {
    server = await startTestServer({ backend })
    officer = await logInAs(server.url, server.db, 'polis')
    coordinator = await logInAs(server.url, server.db, 'kommun')
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  describe('the seeded 2016–2017 promise', () => {
    let page: PromisePage

    beforeAll(async () => {
      const { body } = await anyone().get('/api/promise-periods')
      const period = (body.periods as PeriodSummary[]).find((candidate) => candidate.starts_on === '2016-01-01')!
      page = (await anyone().get(`/api/promise-periods/${period.id}`)).body as PromisePage
    })

    it('is public, with its five promises word for word and who answers for each', () => {
      expect(page.period.title).toBe('Medborgarlöfte 2016-2017')
      expect(page.period.validity).toBe('Medborgarlöftet gäller tills nya medborgarlöften för 2018 undertecknats.')
      expect(page.promises.map((promise) => promise.responsible)).toEqual(['kommunen', 'polisen', 'kommunen', 'kommunen', 'both'])
      expect(page.promises[4]!.text).toBe(
        'Polisen lovar att uppdatera befintliga grannsamverkansområden och hålla uppstartsmöten för grannsamverkan minst två gånger respektive år.',
      )
      expect(page.promises[4]!.responsible_text).toBe('Polisen i samverkan med kommunen')
    })

    it('is followed up every year from 2016 to this year, since no later promise is signed', () => {
      expect(page.period.in_force_until).toBeNull()
      expect(page.years[0]).toBe(2016)
      expect(page.years.at(-1)).toBe(thisYear)
      expect(page.current_year).toBe(thisYear)
    })

    it('counts walks and start-up meetings per year from the records, against a target of two', async () => {
      const walks = await server.db.query<{ year: number; n: number }>(
        `SELECT extract(year FROM starts_at AT TIME ZONE 'Europe/Stockholm')::integer AS year, count(*)::integer AS n
           FROM safety_walk WHERE status = 'done' GROUP BY 1`,
      )
      const meetings = await server.db.query<{ year: number; n: number }>(
        `SELECT extract(year FROM held_on)::integer AS year, count(*)::integer AS n FROM meeting WHERE kind = 'startup' GROUP BY 1`,
      )
      for (const [kind, rows] of [['walks_done', walks], ['startup_meetings', meetings]] as const) {
        const indicator = indicatorOf(page, kind)
        expect(indicator.target_per_year).toBe(2)
        for (const { year, value, status } of indicator.years) {
          const expected = rows.find((row) => row.year === year)?.n ?? 0
          expect(value, `${kind} ${year}`).toBe(expected)
          expect(status, `${kind} ${year}`).toBe(expected >= 2 ? 'met' : year < thisYear ? 'not_met' : 'in_progress')
        }
      }
    })

    it('counts done measures inside the centrum zone only', async () => {
      const rows = await server.db.query<{ year: number; n: number }>(
        `SELECT extract(year FROM m.done_on)::integer AS year, count(*)::integer AS n FROM measure m
          WHERE m.status = 'done' AND EXISTS (SELECT 1 FROM focus_zone z WHERE z.kind = 'centrum' AND ST_Intersects(z.geom, m.geom))
          GROUP BY 1`,
      )
      const indicator = indicatorOf(page, 'centrum_measures_done')
      for (const { year, value } of indicator.years) expect(value, String(year)).toBe(rows.find((row) => row.year === year)?.n ?? 0)
      const outside = await server.db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM measure m WHERE m.status = 'done'
            AND NOT EXISTS (SELECT 1 FROM focus_zone z WHERE z.kind = 'centrum' AND ST_Intersects(z.geom, m.geom))`,
      )
      expect(outside[0]!.n, 'the demo has done measures outside the centre, which must not count').toBeGreaterThan(0)
    })

    it('shows the latest activities of a promise, and the whole log on request', async () => {
      const inclusion = page.promises[0]!
      expect(inclusion.latest_activities.length).toBe(Math.min(5, inclusion.activity_count))
      const { body } = await anyone().get(`/api/promises/${inclusion.id}/activities`)
      expect(body.activities).toHaveLength(inclusion.activity_count)
      expect(body.activities.slice(0, 5)).toEqual(inclusion.latest_activities)
      const dates = (body.activities as { happened_on: string }[]).map((activity) => activity.happened_on)
      expect(dates).toEqual([...dates].sort().reverse())
    })
  })

  describe('a period staff write', () => {
    let periodId: number
    let promiseId: number

    it('starts as a draft the public cannot see', async () => {
      const created = await coordinator.post('/api/promise-periods', periodBody('2030-01-01', '2030-12-31'))
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      periodId = created.body.id
      expect(created.body.published_at).toBeNull()
      expect((await anyone().get(`/api/promise-periods/${periodId}`)).status).toBe(404)
      expect((await anyone().get('/api/promise-periods')).body.periods.map((period: PeriodSummary) => period.id)).not.toContain(periodId)
      expect((await officer.get(`/api/promise-periods/${periodId}`)).status).toBe(200)
    })

    it('refuses a second period starting the same day, and one that ends before it starts', async () => {
      const twin = await coordinator.post('/api/promise-periods', periodBody('2030-01-01', '2030-06-30'))
      expect(twin.status).toBe(409)
      expect(twin.body.error.code).toBe('period_exists')
      const backwards = await coordinator.post('/api/promise-periods', periodBody('2030-02-01', '2030-01-01'))
      expect(backwards.status).toBe(400)
      expect(backwards.body.error.fields[0].field).toBe('ends_on')
    })

    it('cannot be published without a promise', async () => {
      const answer = await coordinator.post(`/api/promise-periods/${periodId}/publish`, {})
      expect(answer.status).toBe(409)
      expect(answer.body.error.code).toBe('period_empty')
    })

    it('takes promises and indicators, and refuses a target that is not a number with nothing saved', async () => {
      const promise = await officer.post(`/api/promise-periods/${periodId}/promises`, validPromiseBody())
      expect(promise.status, JSON.stringify(promise.body)).toBe(201)
      promiseId = promise.body.id
      const before = await rowCount('promise_indicator')
      const bad = await officer.post(`/api/promises/${promiseId}/indicators`, { ...validIndicatorBody(), target_per_year: 'två' })
      expect(bad.status).toBe(400)
      expect(bad.body.error.fields[0].field).toBe('target_per_year')
      expect(bad.body.error.fields[0].message).toMatch(/number/)
      expect(bad.body.error.fields[0].message_sv).toBeTruthy()
      expect(await rowCount('promise_indicator')).toBe(before)
      const good = await officer.post(`/api/promises/${promiseId}/indicators`, validIndicatorBody())
      expect(good.status, JSON.stringify(good.body)).toBe(201)
    })

    it('is published once, and then shown to everyone', async () => {
      const published = await officer.post(`/api/promise-periods/${periodId}/publish`, {})
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(published.body.published_at).toBeTruthy()
      expect((await officer.post(`/api/promise-periods/${periodId}/publish`, {})).status).toBe(409)
      const page = (await anyone().get(`/api/promise-periods/${periodId}`)).body as PromisePage
      expect(page.promises.map((promise) => promise.text)).toEqual([validPromiseBody().text])
      // A period that starts in a later year has no year to follow up yet.
      expect(page.years).toEqual([])
    })

    it('refuses a silent change once published: a correction needs a reason and is shown with the earlier text', async () => {
      const changed = { ...validPromiseBody(), text: 'Polisen lovar att vara i centrum varje fredag.' }
      const silent = await officer.put(`/api/promises/${promiseId}`, changed)
      expect(silent.status).toBe(400)
      expect(silent.body.error.fields[0].field).toBe('correction_reason')
      expect((await anyone().get(`/api/promise-periods/${periodId}`)).body.promises[0].text).toBe(validPromiseBody().text)

      const corrected = await officer.put(`/api/promises/${promiseId}`, { ...changed, correction_reason: 'Fel dag i texten.' })
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(200)
      const page = (await anyone().get(`/api/promise-periods/${periodId}`)).body as PromisePage
      expect(page.promises[0]!.text).toBe(changed.text)
      expect(page.corrections).toHaveLength(1)
      expect(page.corrections[0]).toMatchObject({
        object_type: 'promise',
        object_id: promiseId,
        reason: 'Fel dag i texten.',
        before: { text: validPromiseBody().text },
        after: { text: changed.text },
      })
    })

    it('makes no correction when nothing changed, and never removes a published promise', async () => {
      const page = (await anyone().get(`/api/promise-periods/${periodId}`)).body as PromisePage
      const same = page.promises[0]!
      const unchanged = await officer.put(`/api/promises/${promiseId}`, {
        position: same.position, text: same.text, responsible: same.responsible, responsible_text: same.responsible_text,
      })
      expect(unchanged.status).toBe(200)
      const removal = await officer.request('DELETE', `/api/promises/${promiseId}`, { body: {} })
      expect(removal.status).toBe(409)
      const after = (await anyone().get(`/api/promise-periods/${periodId}`)).body as PromisePage
      expect(after.corrections).toHaveLength(1)
      expect(after.promises).toHaveLength(1)
    })

    it('corrects the period text and adds an indicator as corrections too', async () => {
      const period = await officer.put(`/api/promise-periods/${periodId}`, {
        ...periodBody('2030-01-01', '2031-06-30'),
        correction_reason: 'Perioden förlängdes.',
      })
      expect(period.status, JSON.stringify(period.body)).toBe(200)
      const indicator = await officer.post(`/api/promises/${promiseId}/indicators`, {
        ...validIndicatorBody(),
        position: 2,
        kind: 'activities',
        target_per_year: null,
        correction_reason: 'Närvaron följs också upp.',
      })
      expect(indicator.status).toBe(201)
      const page = (await anyone().get(`/api/promise-periods/${periodId}`)).body as PromisePage
      expect(page.corrections.map((correction) => correction.object_type).sort()).toEqual(['promise', 'promise_indicator', 'promise_period'])
      expect(page.corrections.find((correction) => correction.object_type === 'promise_period')).toMatchObject({
        before: { ends_on: '2030-12-31' },
        after: { ends_on: '2031-06-30' },
      })
    })

    it('audits every write, with the correction reason', async () => {
      const { body } = await admin.get(`/api/audit?object_type=promise&object_id=${promiseId}`)
      const actions = body.entries.map((entry: { action: string }) => entry.action)
      // The correction, the unchanged save (an empty change) and the creation, newest first.
      expect(actions).toEqual(['update', 'update', 'create'])
      expect(body.entries[1].after.correction_reason).toBe('Fel dag i texten.')
      const periodEntries = (await admin.get(`/api/audit?object_type=promise_period&object_id=${periodId}`)).body.entries
      expect(periodEntries.map((entry: { after: object }) => entry.after)).toContainEqual({ published: true })
    })
  })

  describe('years and activities', () => {
    it('ends an earlier period the year before a later published one starts', async () => {
      const first = (await coordinator.post('/api/promise-periods', periodBody('2010-01-01', '2011-12-31'))).body.id
      await coordinator.post(`/api/promise-periods/${first}/promises`, validPromiseBody())
      await coordinator.post(`/api/promise-periods/${first}/publish`, {})
      const withoutSuccessor = (await anyone().get(`/api/promise-periods/${first}`)).body as PromisePage
      // 2016–2017 starts later and is published: 2010 is followed up to 2015.
      expect(withoutSuccessor.period.in_force_until).toBe('2015-12-31')
      expect(withoutSuccessor.years).toEqual([2010, 2011, 2012, 2013, 2014, 2015])
    })

    it('counts an activity in its year, and meets a target-less indicator with one', async () => {
      const period = (await coordinator.post('/api/promise-periods', periodBody('2012-01-01', '2013-12-31'))).body.id
      const promise = (await coordinator.post(`/api/promise-periods/${period}/promises`, validPromiseBody())).body.id
      await coordinator.post(`/api/promises/${promise}/indicators`, { ...validIndicatorBody(), kind: 'activities', target_per_year: null })
      const activity = await officer.post(`/api/promises/${promise}/activities`, { happened_on: '2013-05-17', title: 'Polisen i centrum' })
      expect(activity.status, JSON.stringify(activity.body)).toBe(201)
      // Entered long after its year: the page can tell the reader that the verdict changed afterwards.
      expect(activity.body).toMatchObject({ happened_on: '2013-05-17', recorded_on: todayInSweden() })
      const future = await officer.post(`/api/promises/${promise}/activities`, { happened_on: '2099-01-01', title: 'Framtid' })
      expect(future.status).toBe(400)
      const page = (await officer.get(`/api/promise-periods/${period}`)).body as PromisePage
      const years = indicatorOf(page, 'activities').years
      expect(years.find((year) => year.year === 2012)).toEqual({ year: 2012, value: 0, status: 'not_met' })
      expect(years.find((year) => year.year === 2013)).toEqual({ year: 2013, value: 1, status: 'met' })
      expect(page.promises[0]!.latest_activities.map((entry) => entry.title)).toEqual(['Polisen i centrum'])

      const removed = await officer.request('DELETE', `/api/promise-activities/${activity.body.id}`, { body: {} })
      expect(removed.status).toBe(204)
      expect(indicatorOf((await officer.get(`/api/promise-periods/${period}`)).body, 'activities').years[1]!.value).toBe(0)
    })
  })
})
