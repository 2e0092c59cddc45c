/**
 * The police area's staff scope, where a record is read by id or listed outside the scoped lists
 * (issue 10's open holes): a kommun account of Storfors gets the same answer for Kristinehamn's
 * unpublished records as the public does (404), sees only Storfors in the register, meetings,
 * coverage and nearby evidence, and cannot write to Kristinehamn's walks; the police and admins
 * still see the whole area, and what is published stays public. A walk with observations cannot
 * be redrawn into another municipality, one without moves, and a kommun account must name its
 * municipality when the app serves several – on both backends.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newPeriodId, newPromiseId, newOpenSurvey } from '../support/promise-examples.ts'
import { newReportId, newWalkId, routeExamples, validPoint, validWalkBody } from '../support/route-examples.ts'
import { copyTestDatabaseForProcess } from '../support/test-database.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

/** Storfors' town centre, in WGS84: a point, a walk of about 400 m from it, and a small square. */
const inStorfors = { type: 'Point', coordinates: [14.2688, 59.5328] }
const storforsRoute = { type: 'LineString', coordinates: [[14.2688, 59.5328], [14.272, 59.5335], [14.275, 59.534]] }
const storforsSquare = {
  type: 'Polygon',
  coordinates: [[[14.268, 59.532], [14.271, 59.532], [14.271, 59.5335], [14.268, 59.5335], [14.268, 59.532]]],
}
const storforsWalk = () => ({ ...validWalkBody(), meeting_point_name: 'Bruksgatan', meeting_point: inStorfors, route: storforsRoute })

const openData = (name: string) => Buffer.from(readFileSync(new URL(`../../data/open/police-area/${name}`, import.meta.url))).toString('base64')
/** Bytes served as a photo: the route reads them back as stored. */
const PHOTO = Buffer.from('fotobytes')

const ids = (rows: { id: number }[]) => rows.map((row) => row.id)

describe.each(backends)('kommun staff stay in their own municipality on the %s database', (backend) => {
  let server: TestServer
  let admin: ApiSession
  const anyone = () => new ApiSession(server.url)

  beforeAll(async () => {
    server = await startTestServer({ backend })
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  // First: the single-municipality case takes Storfors and Filipstad out for a moment, before any
  // account or record of theirs exists.
  describe('a kommun account names its municipality when the app serves several', () => {
    const account = (email: string, extra: Record<string, unknown> = {}) => ({
      email: `${email}.${process.pid}@kristinehamn.example`, role: 'kommun', password: 'ett långt startlösenord', ...extra,
    })

    it('takes the only municipality when the app serves one', async () => {
      await removeMunicipality(server, '1760')
      await removeMunicipality(server, '1782')
      try {
        const made = await admin.post('/api/users', account('ensam'))
        expect(made.status, JSON.stringify(made.body)).toBe(201)
        expect(made.body.municipality_code).toBe('1781')
      } finally {
        for (const [code, boundary, towns] of [['1760', 'storfors_boundary.geojson', 'storfors_tatorter_lm.geojson'], ['1782', 'filipstad_boundary.geojson', 'filipstad_tatorter_lm.geojson']] as const) {
          const added = await admin.post('/api/municipalities', { boundary_base64: openData(boundary), urban_areas_base64: openData(towns) })
          expect(added.status, JSON.stringify(added.body)).toBe(201)
          expect(added.body.code).toBe(code)
        }
      }
    })

    it('refuses a kommun account without a municipality on the users page, in Swedish and English, and creates nothing', async () => {
      const before = await server.db.query('SELECT count(*)::integer AS n FROM app_user')
      const refused = await admin.post('/api/users', account('utan.kommun'))
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(refused.body.error.fields).toEqual([{
        field: 'municipality_code',
        message: 'Choose the municipality the kommun account works in (municipality_code): the app serves 1781 Kristinehamn, 1760 Storfors, 1782 Filipstad.',
        message_sv: 'Välj vilken kommun kommunkontot arbetar i (municipality_code): appen har 1781 Kristinehamn, 1760 Storfors, 1782 Filipstad.',
      }])
      expect(await server.db.query('SELECT count(*)::integer AS n FROM app_user')).toEqual(before)

      const named = await admin.post('/api/users', account('storfors.kommun', { municipality_code: '1760' }))
      expect(named.status, JSON.stringify(named.body)).toBe(201)
      expect(named.body.municipality_code).toBe('1760')
      // A police account turned into a kommun account names one too.
      const officer = await admin.post('/api/users', { ...account('blir.kommun'), role: 'polis' })
      expect(officer.status).toBe(201)
      const turned = await admin.patch(`/api/users/${officer.body.id}`, { role: 'kommun' })
      expect(turned.status).toBe(400)
      expect(turned.body.error.fields[0].field).toBe('municipality_code')
      const turnedWith = await admin.patch(`/api/users/${officer.body.id}`, { role: 'kommun', municipality_code: '1782' })
      expect(turnedWith.body).toMatchObject({ role: 'kommun', municipality_code: '1782' })
      // A kommun account keeps its municipality through other changes.
      expect((await admin.patch(`/api/users/${named.body.id}`, { display_name: 'Eva i Storfors' })).body.municipality_code).toBe('1760')
    })

    it('refuses one from npm run user:create without --municipality, naming the field', async () => {
      const target = await copyTestDatabaseForProcess(backend)
      try {
        const without = await runUserCreate(['--email', 'eva@storfors.example', '--role', 'kommun'], target.env)
        expect(without.code).toBe(1)
        expect(without.output).toContain('municipality_code: Choose the municipality the kommun account works in')
        expect(without.output).toContain('Välj vilken kommun kommunkontot arbetar i')
        const named = await runUserCreate(['--email', 'eva@storfors.example', '--role', 'kommun', '--municipality', '1760'], target.env)
        expect(named.output).toContain('Created kommun account eva@storfors.example')
        expect(named.code).toBe(0)
        const db = await target.open()
        try {
          expect(await db.query('SELECT email, municipality_code FROM app_user')).toEqual([{ email: 'eva@storfors.example', municipality_code: '1760' }])
        } finally {
          await db.close()
        }
      } finally {
        await target.drop()
      }
    })
  })

  describe('with a kommun account in Storfors and one in Kristinehamn', () => {
    let storfors: ApiSession
    let kristinehamn: ApiSession
    let police: ApiSession

    beforeAll(async () => {
      storfors = await logInAs(server.url, server.db, 'kommun', '1760')
      kristinehamn = await logInAs(server.url, server.db, 'kommun', '1781')
      police = await logInAs(server.url, server.db, 'polis')
    })

    /** The status each caller gets for `path`: Storfors, Kristinehamn, the police, the public. */
    const statuses = async (path: string) =>
      Promise.all([storfors, kristinehamn, police, anyone()].map(async (session) => (await session.get(path)).status))

    describe('reads by id', () => {
      it('gives a survey\'s free text only to staff of the survey\'s municipality, published or not', async () => {
        const { surveyId, questionIds } = await newOpenSurvey(server.db)
        const sent = await anyone().post(`/api/surveys/${surveyId}/responses`, { answers: [{ question_id: questionIds[2], free_text: 'Mer ljus vid stationen.' }] })
        expect(sent.status, JSON.stringify(sent.body)).toBe(201)
        expect(await statuses(`/api/surveys/${surveyId}/free-texts`)).toEqual([404, 200, 200, 401])
        const refused = await storfors.get(`/api/surveys/${surveyId}/free-texts`)
        expect(refused.body.error.code).toBe('survey_not_found')
        expect((await kristinehamn.get(`/api/surveys/${surveyId}/free-texts`)).body.answers.map((answer: { text: string }) => answer.text)).toEqual(['Mer ljus vid stationen.'])
        // The survey itself is published: everyone reads it and its results.
        expect(await statuses(`/api/surveys/${surveyId}`)).toEqual([200, 200, 200, 200])
        expect(await statuses(`/api/surveys/${surveyId}/results`)).toEqual([200, 200, 200, 200])
      })

      it('shows a draft period\'s survey only to staff of its municipality, by id and in the list', async () => {
        const periodId = await newPeriodId(server.db)
        const [survey] = await server.db.query<{ id: number }>(
          `INSERT INTO survey (period_id, title, opens_on) VALUES ($1, 'Utkast till enkät', '2027-01-01') RETURNING id`,
          [periodId],
        )
        const surveyId = survey!.id
        for (const path of [`/api/surveys/${surveyId}`, `/api/surveys/${surveyId}/results`, `/api/surveys/${surveyId}/marks`]) {
          expect(await statuses(path), path).toEqual([404, 200, 200, 404])
        }
        const listed = async (session: ApiSession) => ids((await session.get(`/api/surveys?period_id=${periodId}`)).body.surveys)
        expect(await listed(storfors)).toEqual([])
        expect(await listed(kristinehamn)).toEqual([surveyId])
        expect(await listed(police)).toEqual([surveyId])
        expect(await listed(anyone())).toEqual([])
      })

      it('shows a draft promise period and its activity log only to staff of its municipality', async () => {
        const promiseId = await newPromiseId(server.db)
        const [{ period_id: periodId }] = (await server.db.query<{ period_id: number }>('SELECT period_id FROM promise WHERE id = $1', [promiseId])) as [{ period_id: number }]
        expect(await statuses(`/api/promise-periods/${periodId}`)).toEqual([404, 200, 200, 404])
        expect((await storfors.get(`/api/promise-periods/${periodId}`)).body.error.code).toBe('promise_period_not_found')
        expect(await statuses(`/api/promises/${promiseId}/activities`)).toEqual([404, 200, 200, 404])
        // Published, it is public for everyone.
        await server.db.query('UPDATE promise_period SET published_at = now() WHERE id = $1', [periodId])
        expect(await statuses(`/api/promise-periods/${periodId}`)).toEqual([200, 200, 200, 200])
        expect(await statuses(`/api/promises/${promiseId}/activities`)).toEqual([200, 200, 200, 200])
      })

      it('shows a report\'s photo before it is public only to staff of its municipality', async () => {
        const kristinehamnReport = await newReportId(server.db, 'received')
        await addReportPhoto(server, kristinehamnReport)
        expect(await statuses(`/api/reports/${kristinehamnReport}/photo`)).toEqual([404, 200, 200, 404])
        const photo = await fetch(`${server.url}/api/reports/${kristinehamnReport}/photo`, { headers: { Cookie: kristinehamn.cookie! } })
        expect(Buffer.from(await photo.arrayBuffer())).toEqual(PHOTO)
        // A Storfors report's photo is Storfors staff's.
        const storforsReport = await newStorforsReport(server)
        await addReportPhoto(server, storforsReport)
        expect(await statuses(`/api/reports/${storforsReport}/photo`)).toEqual([200, 404, 200, 404])
        // Published, the photo is public; hidden, it is staff's again.
        await server.db.query(`UPDATE report SET status = 'published' WHERE id = $1`, [kristinehamnReport])
        expect(await statuses(`/api/reports/${kristinehamnReport}/photo`)).toEqual([200, 200, 200, 200])
        await server.db.query('UPDATE report_photo SET is_hidden = true WHERE report_id = $1', [kristinehamnReport])
        expect(await statuses(`/api/reports/${kristinehamnReport}/photo`)).toEqual([404, 200, 200, 404])
      })

      it('shows an unpublished walk protocol and its photos only to staff of the walk\'s municipality', async () => {
        const walkId = await newWalkId(server.db, 'done')
        const [observation] = await server.db.query<{ id: number }>(
          `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, geom)
           VALUES ($1, 'lighting', 'unsafe', 1, 'Mörkt vid trappan', ST_Transform(ST_SetSRID(ST_MakePoint(14.1095, 59.3105), 4326), 3006))
           RETURNING id`,
          [walkId],
        )
        await server.db.query(
          `INSERT INTO walk_observation_photo (observation_id, content, content_type, width, height) VALUES ($1, $2, 'image/jpeg', 4, 3)`,
          [observation!.id, PHOTO],
        )
        expect(await statuses(`/api/walks/${walkId}/protocol`)).toEqual([404, 200, 200, 404])
        expect((await storfors.get(`/api/walks/${walkId}/protocol`)).body.error.code).toBe('protocol_not_published')
        expect(await statuses(`/api/walk-observations/${observation!.id}/photo`)).toEqual([404, 200, 200, 404])
        // Published, both are public.
        const published = await kristinehamn.post(`/api/walks/${walkId}/protocol/publish`, { protocol_summary: 'Belysningen åtgärdas.' })
        expect(published.status, JSON.stringify(published.body)).toBe(200)
        expect(await statuses(`/api/walks/${walkId}/protocol`)).toEqual([200, 200, 200, 200])
        expect(await statuses(`/api/walk-observations/${observation!.id}/photo`)).toEqual([200, 200, 200, 200])
      })
    })

    describe('lists', () => {
      let storforsArea: number
      let storforsMeeting: number

      beforeAll(async () => {
        const area = await police.post('/api/watch-areas', { name: 'Bruksgatan', status: 'active', households: 12, geometry: storforsSquare })
        expect(area.status, JSON.stringify(area.body)).toBe(201)
        storforsArea = area.body.id
        const meeting = await police.post('/api/meetings', { kind: 'startup', held_on: '2026-10-01', area_ids: [storforsArea], held_by: 'polis_kommun' })
        expect(meeting.status, JSON.stringify(meeting.body)).toBe(201)
        storforsMeeting = meeting.body.id
      })

      it('gives the evidence near a drawn measure from the caller\'s municipality only', async () => {
        const kristinehamnReport = await newReportId(server.db, 'published')
        const near = async (session: ApiSession, geometry: unknown) => {
          const answer = await session.post('/api/measures/nearby-evidence', { geometry, radius_m: 300 })
          expect(answer.status, JSON.stringify(answer.body)).toBe(200)
          return { reports: ids(answer.body.reports), observations: ids(answer.body.observations) }
        }
        const fromStorfors = await near(storfors, validPoint)
        expect(fromStorfors).toEqual({ reports: [], observations: [] })
        expect((await near(kristinehamn, validPoint)).reports).toContain(kristinehamnReport)
        expect((await near(police, validPoint)).reports).toContain(kristinehamnReport)
        // Storfors staff get their own.
        const storforsReport = await newStorforsReport(server, 'published')
        expect((await near(storfors, inStorfors)).reports).toEqual([storforsReport])
        expect((await near(kristinehamn, inStorfors)).reports).toEqual([])
        expect((await near(police, inStorfors)).reports).toEqual([storforsReport])
      })

      it('lists the grannsamverkan register and its export by municipality', async () => {
        const all = await server.db.query<{ id: number; municipality_code: string }>('SELECT id, municipality_code FROM watch_area ORDER BY id')
        const register = async (session: ApiSession) => ids((await session.get('/api/watch-areas')).body.areas).sort((a, b) => a - b)
        expect(await register(storfors)).toEqual([storforsArea])
        expect(await register(kristinehamn)).toEqual(ids(all.filter((row) => row.municipality_code === '1781')))
        expect(await register(police)).toEqual(ids(all))
        const exported = async (session: ApiSession) => {
          const answer = await session.get('/api/watch-areas/export?format=geojson')
          expect(answer.status).toBe(200)
          const body = typeof answer.body === 'string' ? JSON.parse(answer.body) : answer.body
          return (body.features as { properties: { id: number } }[]).map((feature) => feature.properties.id)
        }
        expect(await exported(storfors)).toEqual([storforsArea])
        expect(await exported(police)).toContain(storforsArea)
        expect(await exported(kristinehamn)).not.toContain(storforsArea)
      })

      it('lists the meetings held for the caller\'s municipality\'s areas', async () => {
        const meetings = async (session: ApiSession) => ids((await session.get('/api/meetings')).body.meetings)
        const kristinehamnMeetings = await server.db.query<{ id: number }>(
          `SELECT DISTINCT m.id FROM meeting m JOIN meeting_area x ON x.meeting_id = m.id JOIN watch_area w ON w.id = x.area_id
            WHERE w.municipality_code = '1781'`,
        )
        expect(kristinehamnMeetings.length).toBeGreaterThan(0)
        expect(await meetings(storfors)).toEqual([storforsMeeting])
        const seenInKristinehamn = await meetings(kristinehamn)
        expect(seenInKristinehamn).not.toContain(storforsMeeting)
        expect(seenInKristinehamn.sort((a, b) => a - b)).toEqual(ids(kristinehamnMeetings).sort((a, b) => a - b))
        const seenByPolice = await meetings(police)
        expect(seenByPolice).toContain(storforsMeeting)
        expect(seenByPolice).toHaveLength(seenInKristinehamn.length + 1)
        // For one area too.
        expect((await storfors.get(`/api/meetings?area_id=${storforsArea}`)).body.meetings).toHaveLength(1)
        expect((await kristinehamn.get(`/api/meetings?area_id=${storforsArea}`)).body.meetings).toEqual([])
      })

      it('gives the coverage of the caller\'s municipality\'s tätorter, overlaps and reports', async () => {
        // At the end of the Storfors walk: in the tätort, outside the grannsamverkan area.
        const storforsReport = await newStorforsReport(server, 'published', [14.275, 59.534])
        const coverage = async (session: ApiSession) => {
          const answer = await session.get('/api/grannsamverkan/coverage')
          expect(answer.status).toBe(200)
          return answer.body as { towns: { name: string }[]; overlaps: { area_ids: number[] }[]; hints: { report_id: number; town: string }[] }
        }
        const towns = async (code: string) =>
          (await server.db.query<{ name: string }>(`SELECT name FROM urban_area WHERE kind = 'tatort' AND municipality_code = $1 ORDER BY name`, [code])).map((row) => row.name)
        const fromStorfors = await coverage(storfors)
        expect(fromStorfors.towns.map((town) => town.name).sort()).toEqual(await towns('1760'))
        expect(fromStorfors.hints.map((hint) => hint.report_id)).toContain(storforsReport)
        expect(fromStorfors.hints.every((hint) => hint.town === 'Storfors' || hint.town === 'Kyrksten')).toBe(true)
        expect(fromStorfors.overlaps).toEqual([])
        const fromKristinehamn = await coverage(kristinehamn)
        expect(fromKristinehamn.towns.map((town) => town.name).sort()).toEqual(await towns('1781'))
        expect(fromKristinehamn.hints.map((hint) => hint.report_id)).not.toContain(storforsReport)
        const fromPolice = await coverage(police)
        expect(fromPolice.towns).toHaveLength(fromStorfors.towns.length + fromKristinehamn.towns.length + (await towns('1782')).length)
        expect(fromPolice.hints.map((hint) => hint.report_id)).toContain(storforsReport)
        // The towns carry nothing they did not carry before.
        expect(Object.keys(fromPolice.towns[0]!).sort()).toEqual(['area_m2', 'covered_m2', 'covered_share', 'id', 'name', 'population', 'residents_covered_estimate', 'uncovered'])
      })
    })

    describe('writes to walks', () => {
      const walkRow = async (id: number) =>
        (await server.db.query<{ municipality_code: string; title: string; route: string }>(
          'SELECT municipality_code, title, ST_AsText(route) AS route FROM safety_walk WHERE id = $1',
          [id],
        ))[0]

      it('refuses a protocol or an observation of another municipality\'s walk and takes the own one\'s', async () => {
        const publish = await routeExamples['POST /api/walks/:id/protocol/publish']!({ db: server.db })
        const refused = await storfors.post(publish.path, publish.body)
        expect(refused.status).toBe(403)
        expect(refused.body.error).toMatchObject({ code: 'outside_municipality', message_sv: expect.stringContaining('Storfors') })
        expect((await kristinehamn.post(publish.path, publish.body)).status).toBe(200)
        expect((await storfors.post(publish.path.replace('publish', 'withdraw'), {})).status).toBe(403)
        expect((await kristinehamn.post(publish.path.replace('publish', 'withdraw'), {})).status).toBe(200)

        const entry = await routeExamples['PUT /api/walk-observations/:id']!({ db: server.db })
        expect((await storfors.put(entry.path, entry.body)).status).toBe(403)
        expect((await kristinehamn.put(entry.path, entry.body)).status).toBe(200)

        const noted = await routeExamples['POST /api/walks/:id/observations']!({ db: server.db })
        expect((await storfors.post(noted.path, noted.body)).status).toBe(403)
        expect((await kristinehamn.post(noted.path, noted.body)).status).toBe(201)
        // Sent again by someone of another municipality, the saved observation is not handed over.
        expect((await storfors.post(noted.path, noted.body)).status).toBe(403)
      })

      it('refuses to redraw a walk with observations into another municipality, with a 409 in Swedish and English, and changes nothing', async () => {
        const created = await kristinehamn.post('/api/walks', validWalkBody())
        expect(created.status, JSON.stringify(created.body)).toBe(201)
        const walkId = created.body.id as number
        const noted = await kristinehamn.post(`/api/walks/${walkId}/observations`, {
          client_id: crypto.randomUUID(), category: 'lighting', assessment: 'unsafe', rating: 1, description: 'Mörkt vid torget.', geometry: validPoint,
        })
        expect(noted.status, JSON.stringify(noted.body)).toBe(201)
        const before = await walkRow(walkId)
        const audits = await server.db.query('SELECT count(*)::integer AS n FROM audit_entry')

        const moved = await admin.put(`/api/walks/${walkId}`, storforsWalk())
        expect(moved.status, JSON.stringify(moved.body)).toBe(409)
        expect(moved.body.error).toEqual({
          code: 'walk_would_move',
          message: 'The walk has observations and belongs to Kristinehamn: it cannot move to Storfors. Draw the meeting point and route in Kristinehamn, or plan a new walk in Storfors.',
          message_sv: 'Vandringen har observationer och hör till Kristinehamn: den kan inte flyttas till Storfors. Rita mötesplatsen och rutten i Kristinehamn, eller lägg upp en ny vandring i Storfors.',
        })
        expect(await walkRow(walkId)).toEqual(before)
        expect(await server.db.query('SELECT count(*)::integer AS n FROM audit_entry')).toEqual(audits)
        // Kommun staff of either municipality cannot move it either; within Kristinehamn it is redrawn.
        expect((await kristinehamn.put(`/api/walks/${walkId}`, storforsWalk())).status).toBe(403)
        expect((await storfors.put(`/api/walks/${walkId}`, storforsWalk())).status).toBe(403)
        const redrawn = await kristinehamn.put(`/api/walks/${walkId}`, { ...validWalkBody(), title: 'Ny titel' })
        expect(redrawn.status, JSON.stringify(redrawn.body)).toBe(200)
        expect((await walkRow(walkId))!.municipality_code).toBe('1781')
      })

      it('moves a walk without observations to the municipality it is redrawn into, with its scope', async () => {
        const walkId = await newWalkId(server.db, 'planned')
        expect((await storfors.get(`/api/walks/${walkId}`)).status).toBe(404)
        const moved = await admin.put(`/api/walks/${walkId}`, storforsWalk())
        expect(moved.status, JSON.stringify(moved.body)).toBe(200)
        expect((await walkRow(walkId))!.municipality_code).toBe('1760')
        const [entry] = await server.db.query<{ after: { municipality_code?: string } }>(
          `SELECT after FROM audit_entry WHERE object_type = 'safety_walk' AND object_id = $1 ORDER BY id DESC LIMIT 1`,
          [String(walkId)],
        )
        expect(entry!.after.municipality_code).toBe('1760')
        // It is Storfors' walk now: in their list, theirs to note observations on, and not Kristinehamn's.
        expect((await storfors.get(`/api/walks/${walkId}`)).status).toBe(200)
        expect(ids((await storfors.get('/api/walks')).body.walks)).toContain(walkId)
        expect((await kristinehamn.get(`/api/walks/${walkId}`)).status).toBe(404)
        const observation = { client_id: crypto.randomUUID(), category: 'lighting', assessment: 'unsafe', rating: 1, description: 'Mörkt vid bruket.', geometry: inStorfors }
        expect((await kristinehamn.post(`/api/walks/${walkId}/observations`, observation)).status).toBe(403)
        expect((await storfors.post(`/api/walks/${walkId}/observations`, observation)).status).toBe(201)
        // With an observation it stays in Storfors.
        const back = await admin.put(`/api/walks/${walkId}`, validWalkBody())
        expect(back.status).toBe(409)
        expect(back.body.error.message_sv).toContain('hör till Storfors')
      })
    })
  })
})

/** A report in Storfors' centre (or at `coordinates`), as a resident would send it. */
async function newStorforsReport(server: TestServer, status = 'received', coordinates = inStorfors.coordinates): Promise<number> {
  const [row] = await server.db.query<{ id: number }>(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, geom)
     VALUES ('1760', 'lighting', 'evening', 'all_week', 'Mörkt vid bruket', $1,
             ST_Transform(ST_SetSRID(ST_MakePoint($2, $3), 4326), 3006)) RETURNING id`,
    [status, ...coordinates],
  )
  return row!.id
}

async function addReportPhoto(server: TestServer, reportId: number): Promise<void> {
  await server.db.query(`INSERT INTO report_photo (report_id, content, content_type, width, height) VALUES ($1, $2, 'image/jpeg', 4, 3)`, [reportId, PHOTO])
}

/** Takes a seeded municipality out again (it has no records but its tätorter and place names). */
async function removeMunicipality(server: TestServer, code: string): Promise<void> {
  await server.db.transaction(async (tx) => {
    await tx.query('DELETE FROM place_name WHERE municipality_code = $1', [code])
    await tx.query('DELETE FROM urban_area WHERE municipality_code = $1', [code])
    await tx.query('DELETE FROM municipality WHERE code = $1', [code])
  })
}

/** `npm run user:create` in its own process, the password on stdin. */
async function runUserCreate(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATABASE_URL: '', ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.stdin.end('ett långt startlösenord\n')
  const [code] = await once(child, 'exit')
  return { code: code as number, output }
}
