/**
 * The police area, per municipality (issue 10, the rest of it), on both backends: the boxes the
 * public map fits a chosen municipality to, the municipality a new promise period belongs to (the
 * police and admins choose it, kommun staff are held to their own, an unknown code is refused in
 * Swedish and English), and a measure's effect set against its own municipality's trend rather
 * than the whole police area's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MeasureEffect } from '../../server/shared/api/planning-schemas.ts'
import type { ApiSession } from '../support/api-session.ts'
import { ApiSession as PublicSession, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

/** A point in SWEREF 99 TM (the tables' CRS) `east` and `north` metres from a WGS84 point. */
const at = ([lon, lat]: readonly [number, number], east: number | string = 0, north = 0) =>
  `ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326), 3006), ${east}, ${north})`

/** Storfors' town centre and, far from it, a place in Kristinehamn's countryside (WGS84). */
const STORFORS = [14.2688, 59.5328] as const
const KRISTINEHAMN_EAST = [14.2, 59.33] as const

const period = (title: string, year: number, municipalityCode?: string) => ({
  ...(municipalityCode === undefined ? {} : { municipality_code: municipalityCode }),
  title,
  // An uncommon start day, so no period of the demo data starts the same day.
  starts_on: `${year}-02-02`,
  ends_on: `${year}-12-31`,
})

describe.each(backends)('the police area per municipality on the %s database', (backend) => {
  let server: TestServer
  let police: ApiSession
  let admin: ApiSession
  let storforsPlanner: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    police = await logInAs(server.url, server.db, 'polis')
    admin = await logInAs(server.url, server.db, 'admin')
    storforsPlanner = await logInAs(server.url, server.db, 'kommun', '1760')
  })
  afterAll(() => server.close())

  const periodCount = async () => (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM promise_period'))[0]!.n

  describe('the boxes the public map fits a municipality to', () => {
    it('gives each municipality the box around its whole boundary, Filipstad north of Kristinehamn', async () => {
      const answer = await new PublicSession(server.url).get('/api/municipalities')
      expect(answer.status).toBe(200)
      const extents = await server.db.query<{ code: string; west: number; south: number; east: number; north: number }>(
        `SELECT code, ST_XMin(b) AS west, ST_YMin(b) AS south, ST_XMax(b) AS east, ST_YMax(b) AS north
           FROM (SELECT code, ST_Transform(boundary, 4326) AS b FROM municipality) m ORDER BY code`,
      )
      const boxes = Object.fromEntries(answer.body.municipalities.map((m: { code: string; bbox: number[] }) => [m.code, m.bbox]))
      expect(Object.keys(boxes).sort()).toEqual(['1760', '1781', '1782'])
      for (const extent of extents) {
        // Rounded to five decimals (about a metre) on the way out.
        const box = boxes[extent.code] as number[]
        ;[extent.west, extent.south, extent.east, extent.north].forEach((value, index) => expect(Math.abs(box[index]! - value)).toBeLessThan(1e-5))
      }
      // The whole of Filipstad reaches well north of Kristinehamn's box, as far as 60.25° N.
      expect(boxes['1782'][3]).toBeGreaterThan(60.2)
      expect(boxes['1782'][1]).toBeGreaterThan(boxes['1781'][3] - 0.01)
    })
  })

  describe("the public map's count of active grannsamverkan areas", () => {
    const activeIn = async (code: string) =>
      (await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM watch_area WHERE status = 'active' AND municipality_code = $1", [code]))[0]!.n
    const ask = (query: string) => new PublicSession(server.url).get(`/api/grannsamverkan/active-areas${query}`)

    it("counts the chosen municipality's areas only, the installation's own without a choice", async () => {
      const own = await ask('')
      expect(own.status).toBe(200)
      expect(own.body.municipality).toEqual({ code: '1781', name: 'Kristinehamn' })
      expect(own.body.active_areas).toBe(await activeIn('1781'))
      expect(own.body.active_areas).toBeGreaterThan(0)

      const before = (await ask('?kommun=1760')).body.active_areas
      const square = [[[14.268, 59.532], [14.271, 59.532], [14.271, 59.5335], [14.268, 59.5335], [14.268, 59.532]]]
      const created = await police.post('/api/watch-areas', { name: 'Bruksgatan', status: 'active', households: 12, geometry: { type: 'Polygon', coordinates: square } })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const storfors = await ask('?kommun=1760')
      expect(storfors.body).toEqual({ municipality: { code: '1760', name: 'Storfors' }, active_areas: before + 1 })
      // Kristinehamn's count did not take Storfors' new area.
      expect((await ask('')).body.active_areas).toBe(own.body.active_areas)
    })

    it('answers a municipality the app does not serve with 404, and a malformed code with 400, in Swedish and English', async () => {
      const unknown = await ask('?kommun=1780')
      expect(unknown.status).toBe(404)
      expect(unknown.body.error).toMatchObject({
        code: 'municipality_not_found',
        message_sv: 'Appen har ingen kommun med kod 1780.',
        message: 'The app does not serve municipality 1780.',
      })
      expect((await ask('?kommun=Storfors')).status).toBe(400)
    })
  })

  describe('the municipality a new promise period belongs to', () => {
    it('is the one the police or an admin choose', async () => {
      const byPolice = await police.post('/api/promise-periods', period('Medborgarlöfte Storfors 2027', 2027, '1760'))
      expect(byPolice.status, JSON.stringify(byPolice.body)).toBe(201)
      expect(byPolice.body.municipality_code).toBe('1760')
      const byAdmin = await admin.post('/api/promise-periods', period('Medborgarlöfte Filipstad 2027', 2027, '1782'))
      expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(201)
      expect(byAdmin.body.municipality_code).toBe('1782')
      const [stored] = await server.db.query<{ municipality_code: string }>('SELECT municipality_code FROM promise_period WHERE id = $1', [byAdmin.body.id])
      expect(stored!.municipality_code).toBe('1782')
      // Without a choice: the installation's own.
      const unnamed = await police.post('/api/promise-periods', period('Medborgarlöfte Kristinehamn 2027', 2027))
      expect(unnamed.body.municipality_code).toBe('1781')
      // The same start day is taken per municipality, not across the police area.
      const again = await police.post('/api/promise-periods', period('Ett till i Storfors', 2027, '1760'))
      expect(again.status).toBe(409)
    })

    it.each([
      ['a code the app does not serve', '9999', 'Appen har ingen kommun med kod 9999.', 'The app does not serve municipality 9999.'],
      ['Karlstad, outside the police area', '1780', 'Appen har ingen kommun med kod 1780.', 'The app does not serve municipality 1780.'],
    ])('refuses %s with a 400 in Swedish and English at the field, and saves nothing', async (_case, code, sv, en) => {
      const before = await periodCount()
      const answer = await police.post('/api/promise-periods', period('Medborgarlöfte 2027', 2027, code))
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({ code: 'invalid_input', message_sv: 'Uppgifterna är inte giltiga.', message: 'The data is not valid.' })
      expect(answer.body.error.fields).toEqual([{ field: 'municipality_code', message_sv: sv, message: en }])
      expect(await periodCount()).toBe(before)
    })

    it('refuses a code that is no municipality code at all before looking', async () => {
      const answer = await admin.post('/api/promise-periods', period('Medborgarlöfte 2027', 2027, 'Storfors'))
      expect(answer.status).toBe(400)
      expect(answer.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['municipality_code'])
      expect(answer.body.error.fields[0].message_sv).toBeTruthy()
    })

    it('holds kommun staff to their own municipality, whatever they name', async () => {
      const before = await periodCount()
      const elsewhere = await storforsPlanner.post('/api/promise-periods', period('Medborgarlöfte Filipstad 2028', 2028, '1782'))
      expect(elsewhere.status).toBe(403)
      expect(elsewhere.body.error).toMatchObject({ code: 'outside_municipality' })
      expect(elsewhere.body.error.message_sv).toContain('Storfors')
      expect(elsewhere.body.error.message).toContain('Storfors')
      expect(await periodCount()).toBe(before)
      const own = await storforsPlanner.post('/api/promise-periods', period('Medborgarlöfte Storfors 2028', 2028, '1760'))
      expect(own.status).toBe(201)
      expect(own.body.municipality_code).toBe('1760')
      const unnamed = await storforsPlanner.post('/api/promise-periods', period('Medborgarlöfte Storfors 2029', 2029))
      expect(unnamed.body.municipality_code).toBe('1760')
    })

    it('keeps a period in its municipality: a change may repeat it but not move it', async () => {
      const created = await police.post('/api/promise-periods', period('Medborgarlöfte Filipstad 2028', 2028, '1782'))
      const same = await police.put(`/api/promise-periods/${created.body.id}`, { ...period('Medborgarlöfte Filipstad 2028–2029', 2028, '1782'), ends_on: '2029-12-31' })
      expect(same.status, JSON.stringify(same.body)).toBe(200)
      const moved = await admin.put(`/api/promise-periods/${created.body.id}`, period('Medborgarlöfte Filipstad 2028', 2028, '1760'))
      expect(moved.status).toBe(400)
      expect(moved.body.error.fields[0]).toMatchObject({ field: 'municipality_code', message_sv: 'En period kan inte flyttas till en annan kommun.' })
      const [stored] = await server.db.query<{ municipality_code: string; title: string }>('SELECT municipality_code, title FROM promise_period WHERE id = $1', [created.body.id])
      expect(stored).toEqual({ municipality_code: '1782', title: 'Medborgarlöfte Filipstad 2028–2029' })
    })
  })

  describe('whether a measure helped', () => {
    // Done 200 days ago: six whole months before and after.
    const doneOn = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10)
    let storforsMeasure: number
    let kristinehamnMeasure: number

    beforeAll(async () => {
      // A Storfors walk and a Kristinehamn walk, each with unsafe observations in the periods.
      const walk = async (code: string, place: readonly [number, number]) =>
        (
          await server.db.query<{ id: number }>(
            `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route)
             VALUES ($1, 'Kvällsvandring', $2::date - 20, 'dark', 'done', 'Torget', ${at(place)}, ST_MakeLine(${at(place)}, ${at(place, 300)})) RETURNING id`,
            [code, doneOn],
          )
        )[0]!.id
      const storforsWalk = await walk('1760', STORFORS)
      const kristinehamnWalk = await walk('1781', KRISTINEHAMN_EAST)
      await server.db.query(
        `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
         -- Near the Storfors measure: 12 before, 1 after.
         SELECT '1760', 'lighting', 'night', 'all_week', 'Mörkt vid bruket', 'published', $1::date - n * 10, ${at(STORFORS, 'n', 0)} FROM generate_series(1, 12) n
         UNION ALL SELECT '1760', 'lighting', 'night', 'all_week', 'Mörkt vid bruket', 'published', $1::date + 30, ${at(STORFORS, 5, 0)}
         -- Elsewhere in Storfors (2 km away): 4 before, 8 after – its trend doubles.
         UNION ALL SELECT '1760', 'paths', 'day', 'weekday', 'Trasig trappa', 'published', $1::date - n * 30, ${at(STORFORS, 2000, 0)} FROM generate_series(1, 4) n
         UNION ALL SELECT '1760', 'paths', 'day', 'weekday', 'Trasig trappa', 'published', $1::date + n * 15, ${at(STORFORS, 2000, 0)} FROM generate_series(1, 8) n
         -- In Kristinehamn: 60 before and 6 after, which would turn the police area's trend down.
         UNION ALL SELECT '1781', 'paths', 'day', 'weekday', 'Halt', 'published', $1::date - 1 - n % 150, ${at(KRISTINEHAMN_EAST, 'n', 0)} FROM generate_series(1, 60) n
         UNION ALL SELECT '1781', 'paths', 'day', 'weekday', 'Halt', 'published', $1::date + n * 20, ${at(KRISTINEHAMN_EAST, 'n', 0)} FROM generate_series(1, 6) n`,
        [doneOn],
      )
      await server.db.query(
        `INSERT INTO walk_observation (walk_id, category, assessment, description, observed_at, geom)
         VALUES ($1, 'vegetation', 'unsafe', 'Skymmande buskar', $3::date - 20, ${at(STORFORS, 2000, 10)}),
                ($1, 'vegetation', 'unsafe', 'Skymmande buskar', $3::date + 20, ${at(STORFORS, 2000, 10)}),
                ($1, 'vegetation', 'safe', 'Bra belysning', $3::date + 20, ${at(STORFORS, 2000, 10)}),
                ($2, 'vegetation', 'unsafe', 'Skymmande buskar', $3::date - 20, ${at(KRISTINEHAMN_EAST, 0, 10)}),
                ($2, 'vegetation', 'unsafe', 'Skymmande buskar', $3::date - 21, ${at(KRISTINEHAMN_EAST, 0, 10)})`,
        [storforsWalk, kristinehamnWalk, doneOn],
      )
      // A Kristinehamn walk's observation where the Storfors measure is (a walk along the border):
      // it is Kristinehamn's, so it is no place near the Storfors measure.
      await server.db.query(
        `INSERT INTO walk_observation (walk_id, category, assessment, description, observed_at, geom)
         VALUES ($1, 'lighting', 'unsafe', 'Mörkt', $2::date - 5, ${at(STORFORS, 3, 0)})`,
        [kristinehamnWalk, doneOn],
      )
      const measure = async (code: string, place: readonly [number, number], title: string) =>
        (
          await server.db.query<{ id: number }>(
            `INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, geom)
             VALUES ($1, $2, 'lighting', 'done', 'kommun', $3::date - 30, $3::date - 10, $3, ${at(place)}) RETURNING id`,
            [code, title, doneOn],
          )
        )[0]!.id
      storforsMeasure = await measure('1760', STORFORS, 'Belysning vid bruket')
      kristinehamnMeasure = await measure('1781', KRISTINEHAMN_EAST, 'Belysning österut')
    })

    /** Places (reports that count, unsafe observations) in one municipality (null: all) within or beyond 150 m. */
    const placesIn = async (code: string | null, effect: MeasureEffect, place: readonly [number, number]) => {
      const [row] = await server.db.query<{ near_before: number; near_after: number; rest_before: number; rest_after: number }>(
        `WITH e AS (SELECT municipality_code AS code, (reported_at AT TIME ZONE 'Europe/Stockholm')::date AS day, geom FROM report WHERE status NOT IN ('rejected', 'duplicate')
                    UNION ALL SELECT w.municipality_code, (o.observed_at AT TIME ZONE 'Europe/Stockholm')::date, o.geom
                                FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE o.assessment = 'unsafe')
         SELECT count(*) FILTER (WHERE near AND day >= $1::date AND day < $2::date)::int AS near_before,
                count(*) FILTER (WHERE near AND day >= $2::date AND day <= $3::date)::int AS near_after,
                count(*) FILTER (WHERE NOT near AND day >= $1::date AND day < $2::date)::int AS rest_before,
                count(*) FILTER (WHERE NOT near AND day >= $2::date AND day <= $3::date)::int AS rest_after
           FROM (SELECT e.*, ST_DWithin(geom, ${at(place)}, 150) AS near FROM e WHERE $4::text IS NULL OR code = $4) e`,
        [effect.before.from, effect.done_on, effect.after.to, code],
      )
      return row!
    }

    const effects = async (session: ApiSession) => {
      const answer = await session.get<{ effects: MeasureEffect[] }>('/api/measures/effects?radius_m=150')
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return answer.body.effects
    }

    it('sets a Storfors measure against the rest of Storfors, not against Kristinehamn\'s trend', async () => {
      const effect = (await effects(police)).find((candidate) => candidate.measure_id === storforsMeasure)!
      expect(effect.months).toBe(6)
      const storfors = await placesIn('1760', effect, STORFORS)
      expect([effect.before.near, effect.after.near]).toEqual([12, 1])
      expect([effect.before.near, effect.after.near]).toEqual([storfors.near_before, storfors.near_after])
      // The rest of Storfors: 4 reports and an observation before, 8 reports and an observation after.
      expect([effect.before.rest, effect.after.rest]).toEqual([5, 9])
      expect([effect.before.rest, effect.after.rest]).toEqual([storfors.rest_before, storfors.rest_after])
      // Counted over the whole police area the rest would be far larger, and the near count too.
      const everywhere = await placesIn(null, effect, STORFORS)
      expect(everywhere.rest_before).toBeGreaterThan(effect.before.rest + 50)
      expect(everywhere.near_before).toBe(13)
      // Expected after from Storfors' own trend (doubling): 12 × 9 / 5.
      expect(effect.expected_after).toBeCloseTo((12 * 9) / 5, 1)
    })

    it('sets a Kristinehamn measure against the rest of Kristinehamn, without Storfors\' places', async () => {
      const effect = (await effects(police)).find((candidate) => candidate.measure_id === kristinehamnMeasure)!
      const kristinehamn = await placesIn('1781', effect, KRISTINEHAMN_EAST)
      expect([effect.before.near, effect.after.near, effect.before.rest, effect.after.rest]).toEqual([
        kristinehamn.near_before,
        kristinehamn.near_after,
        kristinehamn.rest_before,
        kristinehamn.rest_after,
      ])
      // The observation on the Kristinehamn walk at the Storfors measure is in Kristinehamn's rest.
      expect(effect.before.rest).toBe((await placesIn(null, effect, KRISTINEHAMN_EAST)).rest_before - 17)
    })

    it('gives kommun staff their own municipality\'s measures with the same counts', async () => {
      const own = await effects(storforsPlanner)
      expect(own.map((effect) => effect.measure_id)).toContain(storforsMeasure)
      expect(own.map((effect) => effect.measure_id)).not.toContain(kristinehamnMeasure)
      const byPolice = (await effects(police)).find((candidate) => candidate.measure_id === storforsMeasure)
      expect(own.find((candidate) => candidate.measure_id === storforsMeasure)).toEqual(byPolice)
    })
  })
})
