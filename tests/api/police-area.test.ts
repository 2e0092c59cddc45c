/**
 * The whole police area in one installation (issue 10): an admin adds a municipality from its
 * boundary and tätorter files, bad files are refused with nothing saved, kommun staff work in
 * their own municipality while the police and admins see the whole area, and the public pages
 * show one municipality at a time – on both backends. The files are Lantmäteriet's open data as
 * the project keeps them (data/open/police-area, copied unchanged from the shared data).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import type { ApiSession } from '../support/api-session.ts'
import { ApiSession as PublicSession, logInAs } from '../support/api-session.ts'
import { newReportId, validMeasureBody, validWalkBody } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const openData = (name: string) => readFileSync(new URL(`../../data/open/police-area/${name}`, import.meta.url))
const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64')
const storfors = { boundary_base64: base64(openData('storfors_boundary.geojson')), urban_areas_base64: base64(openData('storfors_tatorter_lm.geojson')) }

/** Storfors' town centre, in WGS84: a point and a walk of about 400 m from it. */
const inStorfors = { type: 'Point', coordinates: [14.2688, 59.5328] }
const storforsRoute = { type: 'LineString', coordinates: [[14.2688, 59.5328], [14.272, 59.5335], [14.275, 59.534]] }

/** A GeoJSON FeatureCollection of one feature, as a file's bytes in base64. */
const geoJsonFile = (properties: Record<string, unknown>, geometry: unknown, extra: Record<string, unknown> = {}) =>
  base64(JSON.stringify({ type: 'FeatureCollection', ...extra, features: [{ type: 'Feature', properties, geometry }] }))

/** A square `size` degrees wide at `lon`, `lat` (WGS84). */
const square = (lon: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size / 2], [lon, lat + size / 2], [lon, lat]]],
})

/** What an add writes, as text: a refused add leaves it exactly as it was. */
const addedRows = (server: TestServer) =>
  server.db.query(
    `SELECT (SELECT string_agg(code || name || md5(ST_AsBinary(boundary)::text), ',' ORDER BY code) FROM municipality) AS municipalities,
            (SELECT count(*)::integer FROM urban_area) AS urban_areas, (SELECT max(id) FROM audit_entry) AS last_audit`,
  )

describe.each(backends)('the police area on the %s database', (backend) => {
  let server: TestServer
  let admin: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  describe('an admin adds a municipality from its files', () => {
    it('serves the whole police area from the demo seed: Kristinehamn first, then Storfors and Filipstad', async () => {
      const answer = await new PublicSession(server.url).get('/api/municipalities')
      expect(answer.status).toBe(200)
      expect(answer.body.municipalities.map((m: { code: string; name: string; is_default: boolean; urban_areas: number }) => [m.code, m.name, m.is_default, m.urban_areas])).toEqual([
        ['1781', 'Kristinehamn', true, 6],
        ['1760', 'Storfors', false, 2],
        ['1782', 'Filipstad', false, 5],
      ])
      const [filipstad] = answer.body.municipalities.filter((m: { code: string }) => m.code === '1782')
      // Filipstad lies north of Kristinehamn, around lon 14.2, lat 59.7.
      expect(filipstad.bbox[0]).toBeGreaterThan(13.5)
      expect(filipstad.bbox[1]).toBeGreaterThan(59.4)
      expect(filipstad.bbox[2]).toBeLessThan(15)
      expect(filipstad.bbox[3]).toBeLessThan(60.4)
      expect(filipstad.area_km2).toBeGreaterThan(1500)
    })

    it('adds Storfors from its boundary and tätorter files, in one audited transaction, the same as the seed did', async () => {
      const seeded = await server.db.query<{ boundary: string; county: string }>(
        `SELECT ST_AsText(boundary) AS boundary, county FROM municipality WHERE code = '1760'`,
      )
      const seededAreas = await server.db.query(`SELECT name, kind, population, population_year, ST_AsText(geom) AS geom FROM urban_area WHERE municipality_code = '1760' ORDER BY name`)
      await removeMunicipality(server, '1760')

      const answer = await admin.post('/api/municipalities', storfors)
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      expect(answer.body).toMatchObject({ code: '1760', name: 'Storfors', county: 'Värmlands län', is_default: false, urban_areas: 2 })
      const added = await server.db.query<{ boundary: string; county: string }>(`SELECT ST_AsText(boundary) AS boundary, county FROM municipality WHERE code = '1760'`)
      expect(added).toEqual(seeded)
      const areas = await server.db.query(`SELECT name, kind, population, population_year, ST_AsText(geom) AS geom FROM urban_area WHERE municipality_code = '1760' ORDER BY name`)
      expect(areas).toEqual(seededAreas)
      expect(areas.map((area) => [area.name, area.kind, area.population, area.population_year])).toEqual([
        ['Kyrksten', 'tatort', 263, 2020],
        ['Storfors', 'tatort', 2066, 2020],
      ])
      const [entry] = await server.db.query<{ action: string; object_label: string; after: { urban_areas: string[] } }>(
        `SELECT action, object_label, after FROM audit_entry WHERE object_type = 'municipality' AND object_id = '1760' ORDER BY id DESC LIMIT 1`,
      )
      expect(entry).toMatchObject({ action: 'create', object_label: 'Storfors', after: { urban_areas: ['Storfors', 'Kyrksten'] } })
      // A place in Storfors now belongs to Storfors.
      const report = await new PublicSession(server.url).post('/api/reports', {
        category: 'lighting',
        time_of_day: 'evening',
        week_part: 'all_week',
        description: 'Mörkt vid busshållplatsen.',
        geometry: { type: 'Point', coordinates: [14.2688, 59.5328] },
      })
      expect(report.status, JSON.stringify(report.body)).toBe(201)
      const [stored] = await server.db.query<{ municipality_code: string }>('SELECT municipality_code FROM report ORDER BY id DESC LIMIT 1')
      expect(stored!.municipality_code).toBe('1760')
    })

    it('reads a boundary in SWEREF 99 TM without tätorter', async () => {
      const [row] = await server.db.query<{ geojson: string }>(
        `SELECT ST_AsGeoJSON(ST_Translate(ST_GeometryN(boundary, 1), 0, 400000)) AS geojson FROM municipality WHERE code = '1782'`,
      )
      const file = geoJsonFile({ kommunkod: '2284', kommunnamn: 'Örnsköldsvik', lansnamn: 'Västernorrlands län' }, JSON.parse(row!.geojson), {
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } },
      })
      const answer = await admin.post('/api/municipalities', { boundary_base64: file })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      expect(answer.body).toMatchObject({ code: '2284', name: 'Örnsköldsvik', urban_areas: 0 })
      // 400 km north of Filipstad.
      expect(answer.body.bbox[1]).toBeGreaterThan(62.5)
    })

    it.each([
      ['a code of three digits', { boundary_base64: geoJsonFile({ kommunkod: '176', kommunnamn: 'Fel' }, square(18, 66, 0.1)) }, /kommunkod med fyra siffror/],
      ['no name', { boundary_base64: geoJsonFile({ kommunkod: '2401' }, square(18, 66, 0.1)) }, /inget kommunnamn/],
      ['a line, not an area', { boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Linje' }, { type: 'LineString', coordinates: [[18, 66], [18.1, 66.1]] }) }, /ingen yta/],
      ['a place outside Sweden', { boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Oslo' }, square(5, 60, 0.1)) }, /utanför Sverige/],
      ['a tiny area', { boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Liten' }, square(18, 66, 0.001)) }, /en kommun är större/],
      ['a bow-tie', { boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Rosett' }, { type: 'Polygon', coordinates: [[[18, 66], [18.2, 66.1], [18.2, 66], [18, 66.1], [18, 66]]] }) }, /ingen giltig polygon/],
      ['Kristinehamn again under another code', { boundary_base64: base64(readFileSync(new URL('../../data/open/kristinehamn/kristinehamn_boundary.geojson', import.meta.url)).toString().replace('"1781"', '"1799"').replace('Kristinehamn"', 'Kopia"')) }, /överlappar Kristinehamn \(1781\)/],
      ['a municipality already there', { boundary_base64: base64(openData('filipstad_boundary.geojson')) }, /finns redan: Filipstad/],
      ['tätorter of another municipality', { ...storfors, boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Norr' }, square(18, 66, 0.2)) }, /Tätorten Storfors ligger utanför kommungränsen/],
      ['a file that is no GIS file', { boundary_base64: base64('kommunkod;namn\n1760;Storfors\n') }, /varken GeoJSON/],
      ['a file without a CRS in projected coordinates', { boundary_base64: geoJsonFile({ kommunkod: '2401', kommunnamn: 'Norr' }, square(500000, 7000000, 5000)) }, /säger inte vilket koordinatsystem/],
    ])('refuses %s in Swedish and English and saves nothing', async (_case, body, reason) => {
      const before = await addedRows(server)
      const answer = await admin.post('/api/municipalities', body)
      expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      const messages = [answer.body.error.message_sv, ...(answer.body.error.fields ?? []).map((field: { message_sv: string }) => field.message_sv)].join(' ')
      expect(messages).toMatch(reason)
      expect(answer.body.error.message).toBeTruthy()
      expect(await addedRows(server)).toEqual(before)
    })

    it('is for admins only', async () => {
      for (const role of ['polis', 'kommun'] as const) {
        const session = await logInAs(server.url, server.db, role)
        expect((await session.post('/api/municipalities', storfors)).status).toBe(403)
      }
      expect((await new PublicSession(server.url).post('/api/municipalities', storfors)).status).toBe(401)
    })
  })
  describe('kommun staff work in their own municipality, the police and admins in the whole area', () => {
    let storforsPlanner: ApiSession
    let kristinehamnPlanner: ApiSession
    let police: ApiSession
    let storforsReport: number
    let kristinehamnReport: number

    beforeAll(async () => {
      storforsPlanner = await logInAs(server.url, server.db, 'kommun', '1760')
      kristinehamnPlanner = await logInAs(server.url, server.db, 'kommun', '1781')
      police = await logInAs(server.url, server.db, 'polis')
      const sent = await new PublicSession(server.url).post('/api/reports', {
        category: 'vegetation',
        time_of_day: 'evening',
        week_part: 'all_week',
        description: 'Buskarna skymmer gångvägen vid bruket.',
        geometry: inStorfors,
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      storforsReport = (await server.db.query<{ id: number }>(`SELECT max(id) AS id FROM report WHERE municipality_code = '1760'`))[0]!.id
      kristinehamnReport = await newReportId(server.db)
    })

    const reportIds = async (session: ApiSession) => ((await session.get('/api/reports?status=all&limit=500')).body.reports as { id: number }[]).map((report) => report.id)

    it('lists only their own municipality\'s reports, while the police see both', async () => {
      const storfors = await reportIds(storforsPlanner)
      expect(storfors).toContain(storforsReport)
      expect(storfors).not.toContain(kristinehamnReport)
      const kristinehamn = await reportIds(kristinehamnPlanner)
      expect(kristinehamn).toContain(kristinehamnReport)
      expect(kristinehamn).not.toContain(storforsReport)
      const all = await reportIds(police)
      expect(all).toEqual(expect.arrayContaining([storforsReport, kristinehamnReport]))
    })

    it('refuses a moderation outside their municipality with a 403 in Swedish and English, and changes nothing', async () => {
      const before = await server.db.query('SELECT status, updated_at FROM report WHERE id = $1', [kristinehamnReport])
      const answer = await storforsPlanner.patch(`/api/reports/${kristinehamnReport}`, { status: 'published' })
      expect(answer.status).toBe(403)
      expect(answer.body.error).toMatchObject({ code: 'outside_municipality' })
      expect(answer.body.error.message_sv).toContain('Storfors')
      expect(answer.body.error.message).toContain('Storfors')
      expect(await server.db.query('SELECT status, updated_at FROM report WHERE id = $1', [kristinehamnReport])).toEqual(before)
      // Its own municipality's report it moderates; an admin moderates either.
      expect((await storforsPlanner.patch(`/api/reports/${storforsReport}`, { status: 'published' })).status).toBe(200)
      const admin = await logInAs(server.url, server.db, 'admin')
      expect((await admin.patch(`/api/reports/${kristinehamnReport}`, { status: 'published' })).status).toBe(200)
      // Reading a report of another municipality: as if it were not there.
      expect((await storforsPlanner.get(`/api/reports/${kristinehamnReport}/original-texts`)).status).toBe(404)
    })

    it('makes measures and walks only in their own municipality, and lists only those', async () => {
      const there = await storforsPlanner.post('/api/measures', { ...validMeasureBody(), geometry: inStorfors })
      expect(there.status, JSON.stringify(there.body)).toBe(201)
      const outside = await storforsPlanner.post('/api/measures', validMeasureBody())
      expect(outside.status).toBe(403)
      expect(outside.body.error.code).toBe('outside_municipality')
      const kristinehamnMeasure = await kristinehamnPlanner.post('/api/measures', validMeasureBody())
      expect(kristinehamnMeasure.status).toBe(201)
      // Moving a Kristinehamn measure into Storfors is a write outside too.
      const moved = await storforsPlanner.put(`/api/measures/${kristinehamnMeasure.body.id}`, { ...validMeasureBody(), geometry: inStorfors })
      expect(moved.status).toBe(403)
      const measureIds = async (session: ApiSession) => ((await session.get('/api/measures?status=all')).body.measures as { id: number }[]).map((m) => m.id)
      expect(await measureIds(storforsPlanner)).toEqual([there.body.id])
      expect(await measureIds(kristinehamnPlanner)).toContain(kristinehamnMeasure.body.id)
      expect(await measureIds(kristinehamnPlanner)).not.toContain(there.body.id)
      expect(await measureIds(police)).toEqual(expect.arrayContaining([there.body.id, kristinehamnMeasure.body.id]))
      expect((await storforsPlanner.get(`/api/measures/${kristinehamnMeasure.body.id}`)).status).toBe(404)

      const walk = await storforsPlanner.post('/api/walks', { ...validWalkBody(), meeting_point_name: 'Bruksgatan', meeting_point: inStorfors, route: storforsRoute })
      expect(walk.status, JSON.stringify(walk.body)).toBe(201)
      expect((await storforsPlanner.post('/api/walks', validWalkBody())).status).toBe(403)
      const walkIds = async (session: ApiSession) => ((await session.get('/api/walks')).body.walks as { id: number }[]).map((w) => w.id)
      expect(await walkIds(storforsPlanner)).toEqual([walk.body.id])
      const kristinehamnWalks = await walkIds(kristinehamnPlanner)
      expect(kristinehamnWalks.length).toBeGreaterThan(5)
      expect(kristinehamnWalks).not.toContain(walk.body.id)
      expect(await walkIds(police)).toEqual(expect.arrayContaining([walk.body.id, ...kristinehamnWalks]))
      // An observation on another municipality's walk is refused.
      const observation = { client_id: crypto.randomUUID(), category: 'lighting', assessment: 'unsafe', rating: 1, description: 'Mörkt.', geometry: inStorfors }
      expect((await kristinehamnPlanner.post(`/api/walks/${walk.body.id}/observations`, observation)).status).toBe(403)
      expect((await police.post(`/api/walks/${walk.body.id}/observations`, observation)).status).toBe(201)
    })

    it('refuses a measure\'s link to a report or walk observation of another municipality, for every role, and changes nothing', async () => {
      const walk = await storforsPlanner.post('/api/walks', { ...validWalkBody(), meeting_point_name: 'Bruksgatan', meeting_point: inStorfors, route: storforsRoute })
      expect(walk.status, JSON.stringify(walk.body)).toBe(201)
      const noted = await storforsPlanner.post(`/api/walks/${walk.body.id}/observations`, {
        client_id: crypto.randomUUID(), category: 'lighting', assessment: 'unsafe', rating: 1, description: 'Mörkt vid bron.', geometry: inStorfors,
      })
      expect(noted.status, JSON.stringify(noted.body)).toBe(201)
      const storforsObservation = noted.body.observation.id as number
      await server.db.query(`UPDATE report SET status = 'published' WHERE id = $1`, [storforsReport])
      const state = () =>
        server.db.query<{ measures: number } & Record<string, unknown>>(
          `SELECT (SELECT status || status_set_by_measure::text FROM report WHERE id = $1) AS report,
                  (SELECT count(*)::int FROM report_status_change WHERE report_id = $1) AS report_changes,
                  (SELECT count(*)::int FROM measure) AS measures,
                  (SELECT count(*)::int FROM measure_report WHERE report_id = $1) AS report_links,
                  (SELECT count(*)::int FROM measure_observation WHERE observation_id = $2) AS observation_links`,
          [storforsReport, storforsObservation],
        )
      const before = await state()

      // A decided Kristinehamn measure would set the Storfors report to "measure planned".
      // Kommun staff of the measure's own municipality, and an admin who works in the whole area.
      for (const session of [kristinehamnPlanner, admin]) {
        const linked = await session.post('/api/measures', validMeasureBody([storforsReport]))
        expect(linked.status, JSON.stringify(linked.body)).toBe(400)
        expect(linked.body.error.fields).toEqual([{
          field: 'report_ids',
          message: `Report ${storforsReport} is in another municipality than the measure and cannot be linked.`,
          message_sv: `Rapport ${storforsReport} ligger i en annan kommun än åtgärden och kan inte kopplas.`,
        }])
        const observed = await session.post('/api/measures', { ...validMeasureBody(), observation_ids: [storforsObservation] })
        expect(observed.status, JSON.stringify(observed.body)).toBe(400)
        expect(observed.body.error.fields).toEqual([expect.objectContaining({ field: 'observation_ids', message_sv: expect.stringContaining('annan kommun') })])
      }
      // Nor through a change of a Kristinehamn measure.
      const kristinehamnMeasure = await kristinehamnPlanner.post('/api/measures', validMeasureBody())
      expect(kristinehamnMeasure.status).toBe(201)
      const changed = await admin.put(`/api/measures/${kristinehamnMeasure.body.id}`, { ...validMeasureBody([storforsReport]), observation_ids: [storforsObservation] })
      expect(changed.status, JSON.stringify(changed.body)).toBe(400)
      expect(changed.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['report_ids', 'observation_ids'])
      expect(await state()).toEqual([{ ...before[0], measures: before[0]!.measures + 1 }])

      // The same links from a Storfors measure are taken, and the report follows its measure.
      const storforsMeasure = await storforsPlanner.post('/api/measures', { ...validMeasureBody([storforsReport]), geometry: inStorfors, observation_ids: [storforsObservation] })
      expect(storforsMeasure.status, JSON.stringify(storforsMeasure.body)).toBe(201)
      expect((await server.db.query<{ status: string }>('SELECT status FROM report WHERE id = $1', [storforsReport]))[0]!.status).toBe('measure_planned')
      // Moved into Kristinehamn, the measure would take its Storfors links along: refused.
      const moved = await admin.put(`/api/measures/${storforsMeasure.body.id}`, { ...validMeasureBody([storforsReport]), observation_ids: [storforsObservation] })
      expect(moved.status, JSON.stringify(moved.body)).toBe(400)
      expect(moved.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['report_ids', 'observation_ids'])
    })

    it('plans from their own municipality\'s evidence', async () => {
      const count = async (session: ApiSession) => (await session.get('/api/planning/hotspots?from=2000-01-01')).body.evidence_count as number
      const [storfors, kristinehamn, all] = [await count(storforsPlanner), await count(kristinehamnPlanner), await count(police)]
      expect(storfors).toBeGreaterThanOrEqual(1)
      expect(kristinehamn).toBeGreaterThan(50)
      expect(storfors + kristinehamn).toBe(all)
    })

    it('writes promise periods for their own municipality, and the other municipality\'s staff cannot change them', async () => {
      const period = { title: 'Medborgarlöfte Storfors 2026', starts_on: '2026-01-01', ends_on: '2026-12-31' }
      const created = await storforsPlanner.post('/api/promise-periods', period)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(created.body.municipality_code).toBe('1760')
      const change = await kristinehamnPlanner.put(`/api/promise-periods/${created.body.id}`, { ...period, title: 'Kapad' })
      expect(change.status).toBe(403)
      expect((await kristinehamnPlanner.post(`/api/promise-periods/${created.body.id}/promises`, { position: 1, text: 'X', responsible: 'both' })).status).toBe(403)
      expect((await kristinehamnPlanner.post('/api/promise-periods', { ...period, municipality_code: '1760', starts_on: '2027-01-01', ends_on: '2027-12-31' })).status).toBe(403)
      // The police write for any municipality, naming it.
      const byPolice = await police.post('/api/promise-periods', { ...period, municipality_code: '1782', title: 'Medborgarlöfte Filipstad 2026' })
      expect(byPolice.status).toBe(201)
      expect(byPolice.body.municipality_code).toBe('1782')
      // Each municipality's staff see their own drafts only.
      const drafts = async (session: ApiSession) => ((await session.get('/api/promise-periods')).body.periods as { id: number }[]).map((p) => p.id)
      expect(await drafts(storforsPlanner)).toContain(created.body.id)
      expect(await drafts(storforsPlanner)).not.toContain(byPolice.body.id)
      expect(await drafts(police)).toEqual(expect.arrayContaining([created.body.id, byPolice.body.id]))
    })

    it('gives a kommun account only its own municipality in the staff OGC collections, and the police all of them', async () => {
      const items = async (session: ApiSession, id: string) => {
        const answer = await session.get(`/ogc/collections/${id}/items?limit=${MAX_LIMIT}`)
        expect(answer.status, JSON.stringify(answer.body)).toBe(200)
        return answer.body as { numberMatched: number; features: { id: number }[] }
      }
      const ids = (codes: { id: number; municipality_code: string }[], code?: string) =>
        codes.filter((row) => code === undefined || row.municipality_code === code).map((row) => row.id)
      const reports = await server.db.query<{ id: number; municipality_code: string }>('SELECT id, municipality_code FROM report ORDER BY id')
      expect(ids(reports, '1760')).toContain(storforsReport)

      const storfors = await items(storforsPlanner, 'staff-reports')
      expect(storfors.features.map((feature) => feature.id)).toEqual(ids(reports, '1760'))
      expect(storfors.numberMatched).toBe(ids(reports, '1760').length)
      const all = await items(police, 'staff-reports')
      expect(all.features.map((feature) => feature.id)).toEqual(ids(reports))
      expect(all.numberMatched).toBe(reports.length)
      // One feature of another municipality: as if it were not there.
      expect((await storforsPlanner.get(`/ogc/collections/staff-reports/items/${kristinehamnReport}`)).status).toBe(404)
      expect((await storforsPlanner.get(`/ogc/collections/staff-reports/items/${storforsReport}`)).status).toBe(200)
      // The download holds the same rows: a header and one line a report.
      const csv = await storforsPlanner.get('/ogc/collections/staff-reports/download?format=csv')
      expect(csv.status).toBe(200)
      expect(String(csv.body).trim().split('\r\n')).toHaveLength(ids(reports, '1760').length + 1)

      const measures = await server.db.query<{ id: number; municipality_code: string }>('SELECT id, municipality_code FROM measure ORDER BY id')
      expect(ids(measures, '1760').length).toBeGreaterThan(0)
      expect((await items(storforsPlanner, 'staff-measures')).features.map((feature) => feature.id)).toEqual(ids(measures, '1760'))
      expect((await items(police, 'staff-measures')).numberMatched).toBe(measures.length)
      const observations = await server.db.query<{ id: number; municipality_code: string }>(
        'SELECT o.id, w.municipality_code FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id ORDER BY o.id',
      )
      expect(ids(observations, '1760').length).toBeGreaterThan(0)
      expect((await items(storforsPlanner, 'staff-walk-observations')).features.map((feature) => feature.id)).toEqual(ids(observations, '1760'))
      expect((await items(kristinehamnPlanner, 'staff-walk-observations')).numberMatched).toBe(ids(observations, '1781').length)
      expect((await items(police, 'staff-walk-observations')).numberMatched).toBe(observations.length)
    })

    it('lets an admin set a kommun account\'s municipality; the police and admins belong to none', async () => {
      const admin = await logInAs(server.url, server.db, 'admin')
      const made = await admin.post('/api/users', { email: `filipstad.${process.pid}@kristinehamn.example`, role: 'kommun', municipality_code: '1782', password: 'ett långt startlösenord' })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      expect(made.body).toMatchObject({ role: 'kommun', municipality_code: '1782' })
      const moved = await admin.patch(`/api/users/${made.body.id}`, { municipality_code: '1760' })
      expect(moved.body).toMatchObject({ municipality_code: '1760' })
      const unknown = await admin.patch(`/api/users/${made.body.id}`, { municipality_code: '9999' })
      expect(unknown.status).toBe(400)
      expect(unknown.body.error.fields[0]).toMatchObject({ field: 'municipality_code', message_sv: 'Appen har ingen kommun med kod 9999.' })
      const police = await admin.patch(`/api/users/${made.body.id}`, { role: 'polis' })
      expect(police.body).toMatchObject({ role: 'polis', municipality_code: null })
      const refused = await admin.post('/api/users', { email: `polis.${process.pid}@kristinehamn.example`, role: 'polis', municipality_code: '1760', password: 'ett långt startlösenord' })
      expect(refused.status).toBe(400)
      expect(refused.body.error.fields[0].message_sv).toMatch(/hela polisområdet/)
      const [entry] = await server.db.query<{ before: unknown; after: unknown }>(
        `SELECT before, after FROM audit_entry WHERE object_type = 'user' AND object_id = $1 AND action = 'update' ORDER BY id LIMIT 1`,
        [String(made.body.id)],
      )
      expect(entry).toEqual({ before: { municipality_code: '1782' }, after: { municipality_code: '1760' } })
      // A session follows the account's municipality at once.
      const session = await logInAs(server.url, server.db, 'kommun', '1782')
      expect((await session.get('/api/auth/session')).body.user).toMatchObject({ role: 'kommun', municipality_code: '1782' })
    })
  })

  describe('the public pages show one municipality at a time', () => {
    it('counts each municipality\'s walks for its own promise', async () => {
      const stats = async (query: string) => (await new PublicSession(server.url).get(`/api/walks/stats${query}`)).body.years as { year: number; walks_done: number }[]
      const done = (years: { year: number; walks_done: number }[], year: number) => years.find((row) => row.year === year)?.walks_done ?? 0
      const kristinehamnBefore = done(await stats('?kommun=1781'), 2026)
      await server.db.query(
        `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route)
         VALUES ('1760', 'Vårvandring i Storfors', '2026-04-14T18:00:00+02', 'daylight', 'done', 'Bruksgatan',
                 ST_Transform(ST_SetSRID(ST_MakePoint(14.2688, 59.5328), 4326), 3006),
                 ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006))`,
        [JSON.stringify(storforsRoute)],
      )
      expect(done(await stats('?kommun=1760'), 2026)).toBe(1)
      expect(done(await stats('?kommun=1781'), 2026)).toBe(kristinehamnBefore)
      expect(done(await stats(''), 2026)).toBe(kristinehamnBefore + 1)
      expect((await new PublicSession(server.url).get('/api/walks/stats?kommun=9999')).status).toBe(404)
      expect((await new PublicSession(server.url).get('/api/walks/stats?kommun=abc')).status).toBe(400)

      // A published Storfors promise counts Storfors' walk, and Kristinehamn's promise does not.
      const [period] = await server.db.query<{ id: number }>(
        `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
         VALUES ('1760', 'Medborgarlöfte Storfors 2026–2027', '2026-02-01', '2027-12-31', now()) RETURNING id`,
      )
      const [promise] = await server.db.query<{ id: number }>(
        `INSERT INTO promise (period_id, position, text, responsible) VALUES ($1, 1, 'Vi vandrar två gånger om året.', 'both') RETURNING id`,
        [period!.id],
      )
      await server.db.query(
        `INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year) VALUES ($1, 1, 'walks_done', 'Vandringar', 2),
                ($1, 2, 'startup_meetings', 'Uppstartsmöten', 2)`,
        [promise!.id],
      )
      const listed = await new PublicSession(server.url).get('/api/promise-periods?kommun=1760')
      expect(listed.body.periods.map((p: { id: number }) => p.id)).toEqual([period!.id])
      const kristinehamnPeriods = (await new PublicSession(server.url).get('/api/promise-periods?kommun=1781')).body.periods
      expect(kristinehamnPeriods.length).toBeGreaterThan(0)
      expect(kristinehamnPeriods.every((p: { municipality_code: string }) => p.municipality_code === '1781')).toBe(true)
      const page = (await new PublicSession(server.url).get(`/api/promise-periods/${period!.id}`)).body
      const [walks, meetings] = page.promises[0].indicators
      expect(walks.years.find((row: { year: number }) => row.year === 2026)).toMatchObject({ value: 1 })
      // Kristinehamn's demo meetings are not Storfors' start-up meetings.
      expect(meetings.years.every((row: { value: number }) => row.value === 0)).toBe(true)
    })

    it('gives the survey figures and incident counts per municipality', async () => {
      const figures = async (query: string) => (await new PublicSession(server.url).get(`/api/external-figures${query}`)).body.figures as { municipality_code: string }[]
      expect((await figures('?kommun=1781')).length).toBeGreaterThan(0)
      expect(await figures('?kommun=1760')).toEqual([])
      const counts = async (query: string) => (await new PublicSession(server.url).get(`/api/incidents/counts?year=2026${query}`)).body.months as unknown[]
      expect((await counts('&kommun=1781')).length).toBeGreaterThan(0)
      expect(await counts('&kommun=1782')).toEqual([])
    })
  })
})

/** Takes a seeded municipality out again (it has no records but its tätorter and place names). */
async function removeMunicipality(server: TestServer, code: string): Promise<void> {
  await server.db.transaction(async (tx) => {
    await tx.query('DELETE FROM place_name WHERE municipality_code = $1', [code])
    await tx.query('DELETE FROM urban_area WHERE municipality_code = $1', [code])
    await tx.query('DELETE FROM municipality WHERE code = $1', [code])
  })
}
