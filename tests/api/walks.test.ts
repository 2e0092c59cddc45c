/**
 * Safety walks end to end on each backend: planning with the method's order of meetings, the
 * observations a phone sends (also twice), the protocol and its publication, the calendar feed,
 * the yearly count and the evidence for the next route.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newWalkId, validWalkBody } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const count = async (server: TestServer, table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`))[0]!.n

const observation = (extra: Record<string, unknown> = {}) => ({
  client_id: crypto.randomUUID(),
  category: 'lighting',
  assessment: 'unsafe',
  rating: 1,
  description: 'Trasig lampa vid trappan.',
  geometry: { type: 'Point', coordinates: [14.1096, 59.3106] },
  ...extra,
})

const protocolEntry = (extra: Record<string, unknown> = {}) => ({
  category: 'lighting',
  assessment: 'unsafe',
  rating: 1,
  description: 'Trasig lampa vid trappan.',
  proposed_measure: 'Byt armaturen och lägg till en ljuspunkt.',
  responsible: 'kommun',
  priority: 'high',
  deadline_on: '2027-04-30',
  measure_status: 'proposed',
  measure_reason: '',
  measure_done_on: null,
  ...extra,
})

describe.each(backends)('safety walks on the %s database', (backend) => {
  let server: TestServer
  let planner: ApiSession
  let officer: ApiSession
  const anyone = () => new ApiSession(server.url)

  beforeAll(async () => {
    server = await startTestServer({ backend })
    planner = await logInAs(server.url, server.db, 'kommun')
    officer = await logInAs(server.url, server.db, 'polis')
  })
  afterAll(() => server.close())

  it('plans a walk with its route, meetings and how to join, and edits it, audited', async () => {
    const created = await planner.post('/api/walks', validWalkBody())
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ status: 'planned', pre_meeting_on: '2027-03-02', follow_up_on: '2027-04-06', max_participants: 20 })
    // The three points are about 130 m apart along the line: PostGIS measures in SWEREF 99 TM.
    expect(created.body.length_m).toBeGreaterThan(200)
    expect(created.body.length_m).toBeLessThan(300)
    expect(created.body.route.coordinates[0]).toEqual([14.1075, 59.3098])

    const changed = await planner.put(`/api/walks/${created.body.id}`, { ...validWalkBody(), title: 'Kvällsvandring runt torget', max_participants: 25 })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ title: 'Kvällsvandring runt torget', max_participants: 25 })
    const audit = await server.db.query<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_entry WHERE object_type = 'safety_walk' AND object_id = $1 ORDER BY id`,
      [String(created.body.id)],
    )
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update'])
    expect(audit[1]!.after).toEqual({ title: 'Kvällsvandring runt torget', max_participants: 25 })

    const listed = await officer.get('/api/walks')
    expect(listed.body.walks.map((walk: { id: number }) => walk.id)).toContain(created.body.id)
    // Only the municipality plans walks.
    expect((await officer.post('/api/walks', validWalkBody())).status).toBe(403)
  })

  it('refuses a route that is not a line and meetings in the wrong order, saving nothing', async () => {
    const before = await count(server, 'safety_walk')
    const point = await planner.post('/api/walks', { ...validWalkBody(), route: { type: 'Point', coordinates: [14.1, 59.3] } })
    expect(point.status).toBe(400)
    expect(point.body.error.fields.find((field: { field: string }) => field.field === 'route.type').message_sv).toBe('Rutten ska vara en linje (LineString).')
    const oneSpot = await planner.post('/api/walks', { ...validWalkBody(), route: { type: 'LineString', coordinates: [[14.1, 59.3], [14.1, 59.3]] } })
    expect(oneSpot.status).toBe(400)

    const late = await planner.post('/api/walks', { ...validWalkBody(), pre_meeting_on: '2027-03-17' })
    expect(late.status).toBe(400)
    expect(late.body.error.fields).toEqual([expect.objectContaining({ field: 'pre_meeting_on', message_sv: expect.stringContaining('2027-03-16') })])
    const early = await planner.post('/api/walks', { ...validWalkBody(), follow_up_on: '2027-03-15' })
    expect(early.body.error.fields).toEqual([expect.objectContaining({ field: 'follow_up_on' })])

    const faraway = { type: 'LineString', coordinates: [[18.06, 59.33], [18.07, 59.34]] }
    const outside = await planner.post('/api/walks', { ...validWalkBody(), route: faraway })
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields[0]).toMatchObject({ field: 'route', message_sv: 'Hela rutten måste ligga i kommunen.' })
    // A route that starts in town but runs off to Stockholm, or off the map of Sweden.
    const leaving = await planner.post('/api/walks', { ...validWalkBody(), route: { type: 'LineString', coordinates: [[14.1075, 59.3098], [18.07, 59.33]] } })
    expect(leaving.body.error.fields[0]).toMatchObject({ field: 'route', message_sv: 'Hela rutten måste ligga i kommunen.' })
    const abroad = await planner.post('/api/walks', { ...validWalkBody(), route: { type: 'LineString', coordinates: [[14.1075, 59.3098], [100, 0]] } })
    expect(abroad.status).toBe(400)
    expect(abroad.body.error.fields[0].message_sv).toBe('Platsen ligger utanför Sverige (SWEREF 99 TM).')
    const future = await planner.post('/api/walks', { ...validWalkBody(), status: 'done' })
    expect(future.body.error.fields).toEqual([expect.objectContaining({ field: 'status' })])
    expect(await count(server, 'safety_walk')).toBe(before)
  })

  it('keeps an observation sent twice once, warns about one far from the route, and strips the photo', async () => {
    const walkId = await newWalkId(server.db, 'planned')
    const body = observation()
    const first = await officer.post(`/api/walks/${walkId}/observations`, body)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({ already_received: false, far_from_route: false })
    expect(first.body.observation.distance_from_route_m).toBeLessThan(20)
    // The phone lost the answer and sends it again: the same observation comes back.
    const again = await officer.post(`/api/walks/${walkId}/observations`, body)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ already_received: true, observation: { id: first.body.observation.id } })
    expect((await server.db.query('SELECT id FROM walk_observation WHERE walk_id = $1', [walkId])).length).toBe(1)
    // The same phone id on another walk is a conflict, not a silent move.
    expect((await officer.post(`/api/walks/${await newWalkId(server.db, 'planned')}/observations`, body)).status).toBe(409)

    const aside = await officer.post(`/api/walks/${walkId}/observations`, observation({ geometry: { type: 'Point', coordinates: [14.1075, 59.3140] } }))
    expect(aside.status).toBe(201)
    expect(aside.body.far_from_route).toBe(true)
    expect(aside.body.observation.distance_from_route_m).toBeGreaterThan(300)

    const exif = await sharp({ create: { width: 2600, height: 1800, channels: 3, background: '#335577' } })
      .withExif({ IFD0: { Make: 'Exempelkamera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 18/1 35/1' } })
      .jpeg()
      .toBuffer()
    const withPhoto = await officer.post(`/api/walks/${walkId}/observations`, observation({ photo: exif.toString('base64') }))
    expect(withPhoto.status).toBe(201)
    expect(withPhoto.body.observation.has_photo).toBe(true)
    const stored = await fetch(`${server.url}/api/walk-observations/${withPhoto.body.observation.id}/photo`, { headers: { Cookie: officer.cookie! } })
    const metadata = await sharp(Buffer.from(await stored.arrayBuffer())).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(Math.max(metadata.width, metadata.height)).toBe(2000)
    // Not public while the protocol is unpublished.
    expect((await anyone().get(`/api/walk-observations/${withPhoto.body.observation.id}/photo`)).status).toBe(404)

    const before = await count(server, 'walk_observation')
    const notImage = await officer.post(`/api/walks/${walkId}/observations`, observation({ photo: Buffer.from('<svg></svg>').toString('base64') }))
    expect(notImage.status).toBe(400)
    expect(notImage.body.error.fields[0].field).toBe('photo')
    expect(await count(server, 'walk_observation')).toBe(before)
    // Residents do not add observations.
    expect((await anyone().post(`/api/walks/${walkId}/observations`, observation())).status).toBe(401)
  })

  it('writes the protocol, publishes it only for a done walk, and shows the public no names', async () => {
    const walkId = await newWalkId(server.db, 'planned')
    const noted = await officer.post(`/api/walks/${walkId}/observations`, observation())
    const id = noted.body.observation.id

    const withoutReason = await planner.put(`/api/walk-observations/${id}`, protocolEntry({ measure_status: 'not_done' }))
    expect(withoutReason.status).toBe(400)
    expect(withoutReason.body.error.fields[0]).toMatchObject({ field: 'measure_reason', message_sv: 'Skriv varför åtgärden inte blir av.' })
    const entry = await planner.put(`/api/walk-observations/${id}`, protocolEntry())
    expect(entry.status, JSON.stringify(entry.body)).toBe(200)
    expect(entry.body).toMatchObject({ proposed_measure: 'Byt armaturen och lägg till en ljuspunkt.', responsible: 'kommun', priority: 'high' })

    expect((await planner.post(`/api/walks/${walkId}/protocol/publish`, { protocol_summary: 'Klart.' })).status).toBe(409)
    expect((await anyone().get(`/api/walks/${walkId}/protocol`)).status).toBe(404)
    await server.db.query(`UPDATE safety_walk SET status = 'done' WHERE id = $1`, [walkId])
    const published = await planner.post(`/api/walks/${walkId}/protocol/publish`, { protocol_summary: 'Belysningen åtgärdas i vår.' })
    expect(published.status).toBe(200)

    const shown = await anyone().get(`/api/walks/${walkId}/protocol`)
    expect(shown.status).toBe(200)
    expect(shown.body.walk.protocol_summary).toBe('Belysningen åtgärdas i vår.')
    expect(shown.body.observations).toHaveLength(1)
    // Who noted what is never shown: no account, e-mail or name is part of the protocol.
    expect(JSON.stringify(shown.body)).not.toMatch(/@kristinehamn\.example|created_by/)
    const items = await anyone().get(`/ogc/collections/walk-observations/items?limit=5000`)
    expect(items.body.features.map((feature: { id: number }) => feature.id)).toContain(id)

    // Measures progress after publication; done gets today's date.
    const done = await planner.put(`/api/walk-observations/${id}`, protocolEntry({ measure_status: 'done' }))
    expect(done.body.measure_done_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // New observations do not land on a published protocol.
    expect((await officer.post(`/api/walks/${walkId}/observations`, observation())).status).toBe(409)

    await planner.post(`/api/walks/${walkId}/protocol/withdraw`, {})
    expect((await anyone().get(`/api/walks/${walkId}/protocol`)).status).toBe(404)
    const hidden = await anyone().get(`/ogc/collections/walk-observations/items?limit=5000`)
    expect(hidden.body.features.map((feature: { id: number }) => feature.id)).not.toContain(id)
  })

  it('counts the walks done per year against the promise of two, and their measures by status', async () => {
    const { years } = (await anyone().get('/api/walks/stats')).body
    const [row] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM safety_walk WHERE status = 'done' AND extract(year FROM starts_at AT TIME ZONE 'Europe/Stockholm') = 2017`,
    )
    const year2017 = years.find((year: { year: number }) => year.year === 2017)
    expect(year2017).toMatchObject({ walks_done: row!.n, target: 2 })
    expect(Object.keys(year2017.measures).sort()).toEqual(['done', 'in_progress', 'not_done', 'proposed'])
    // The demo history has one year with a single walk: the promise was not met then.
    expect(years.some((year: { walks_done: number; walks_planned: number }) => year.walks_done === 1)).toBe(true)
  })

  it('serves the walks as an iCalendar feed a phone can subscribe to', async () => {
    const created = await planner.post('/api/walks', { ...validWalkBody(), title: 'Vandring; med komma, och semikolon', starts_at: new Date(Date.now() + 14 * 86_400_000).toISOString(), pre_meeting_on: null, follow_up_on: null })
    expect(created.status).toBe(201)
    const answer = await fetch(`${server.url}/api/walks/calendar.ics`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/)
    const text = await answer.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain(`UID:walk-${created.body.id}@`)
    expect(unfolded).toContain('SUMMARY:Vandring\\; med komma\\, och semikolon')
    expect(unfolded).toContain('LOCATION:Norra torget')
    expect(unfolded).not.toMatch(/@kristinehamn\.example/)
  })

  it('lists clusters of reports that no recent walk passed, until a walk passes one', async () => {
    // Six reports within a few metres at Kvarndammen, west of the centre, this month.
    await server.db.query(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, geom)
       SELECT '1781', 'vegetation', 'evening', 'all_week', 'Igenvuxet', 'published',
              ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint(14.0900, 59.3150), 4326), 3006), n * 5, n * 3)
         FROM generate_series(1, 6) AS n`,
    )
    const spot = { type: 'Point', coordinates: [14.0900, 59.3150] }
    const near = (hotspot: { centre: { coordinates: number[] } }) =>
      Math.abs(hotspot.centre.coordinates[0]! - 14.09) < 0.001 && Math.abs(hotspot.centre.coordinates[1]! - 59.315) < 0.001
    const before = (await planner.get('/api/walks/unvisited-hotspots')).body.hotspots
    const found = before.find(near)
    expect(found, JSON.stringify(before)).toBeDefined()
    expect(found.report_count).toBeGreaterThanOrEqual(6)

    const route = { type: 'LineString', coordinates: [[14.0895, 59.3149], [14.0905, 59.3151]] }
    const walk = await planner.post('/api/walks', { ...validWalkBody(), route, meeting_point: spot, starts_at: new Date(Date.now() - 7 * 86_400_000).toISOString(), pre_meeting_on: null, follow_up_on: null, status: 'done' })
    expect(walk.status, JSON.stringify(walk.body)).toBe(201)
    const after = (await planner.get('/api/walks/unvisited-hotspots')).body.hotspots
    expect(after.find(near)).toBeUndefined()
    expect((await planner.get('/api/walks/unvisited-hotspots?months=0')).status).toBe(400)
  })

  it('proposes a route from the meeting point through the places, no longer than nearest neighbour', async () => {
    // Points along a line east of the start, given out of order.
    const stops = [14.115, 14.109, 14.121, 14.112].map((lon) => ({ type: 'Point', coordinates: [lon, 59.3098] }))
    const answer = await planner.post('/api/walks/route-proposal', { start: { type: 'Point', coordinates: [14.1075, 59.3098] }, stops })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.order).toEqual([1, 3, 0, 2])
    expect(answer.body.route.coordinates[0]).toEqual([14.1075, 59.3098])
    expect(answer.body.length_m).toBeLessThanOrEqual(answer.body.nearest_neighbour_m)
    // 0.0135° of longitude at 59.31° N is about 770 m.
    expect(answer.body.length_m).toBeGreaterThan(740)
    expect(answer.body.length_m).toBeLessThan(800)
    expect((await planner.post('/api/walks/route-proposal', { start: { type: 'Point', coordinates: [14.1, 59.3] }, stops: [] })).status).toBe(400)
  })
})
