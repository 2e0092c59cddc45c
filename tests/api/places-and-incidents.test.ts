/**
 * Place names (searched when reporting without a map, imported by staff from an address list)
 * and staff incident reports for the EST way of working, on each backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { validPoint } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('place names and staff incidents on the %s database', (backend) => {
  let server: TestServer
  let planner: ApiSession
  const anyone = () => new ApiSession(server.url)
  const placeCount = async () => (await server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM place_name'))[0]!.n

  beforeAll(async () => {
    server = await startTestServer({ backend })
    planner = await logInAs(server.url, server.db, 'kommun')
  })
  afterAll(() => server.close())

  it('finds the places the project knows, those starting with the text first', async () => {
    const found = (await anyone().get('/api/places?q=kristine')).body.places
    expect(found[0]).toMatchObject({ name: 'Kristinehamn', kind: 'tatort' })
    expect(found[0].coordinates[0]).toBeCloseTo(14.1, 0)
    const squares = (await anyone().get('/api/places?q=torget')).body.places.map((p: { name: string }) => p.name)
    expect(squares).toEqual(expect.arrayContaining(['Norra torget', 'Södra torget']))
    // LIKE's wildcards are searched for as characters.
    expect((await anyone().get('/api/places?q=%25%25')).body.places).toEqual([])
    expect((await anyone().get('/api/places?q=a')).status).toBe(400)
  })

  it('imports an address list in SWEREF 99 13 30 after a dry run, all or nothing', async () => {
    // Two addresses near Norra torget in EPSG:3008 (easting, northing), one far outside the municipality.
    const [torget] = await server.db.query<{ x: number; y: number }>(
      `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3008) AS p) s`,
    )
    const line = (name: string, dx: number) => `${name};${(torget!.x + dx).toFixed(1).replace('.', ',')};${torget!.y.toFixed(1)}`
    const good = ['namn;x;y', line('Kungsgatan 10', 0), line('Kungsgatan 12', 20)].join('\n')
    const bad = [good, 'Långt bort;100000;6000000', ';1;2'].join('\n')
    const before = await placeCount()

    const dry = await planner.post('/api/places/import', { format: 'csv', srid: 3008, content: bad, dry_run: true })
    expect(dry.status).toBe(200)
    expect(dry.body, JSON.stringify(dry.body)).toMatchObject({ saved: false, accepted: 2 })
    expect(dry.body.problems.map((p: { row: number }) => p.row)).toEqual([4, 5])
    expect(dry.body.problems[0].message_sv).toMatch(/utanför kommunen/)

    const refused = await planner.post('/api/places/import', { format: 'csv', srid: 3008, content: bad })
    expect(refused.status).toBe(400)
    expect(await placeCount()).toBe(before)

    const saved = await planner.post('/api/places/import', { format: 'csv', srid: 3008, content: good })
    expect(saved.status).toBe(201)
    expect(await placeCount()).toBe(before + 2)
    const found = (await anyone().get('/api/places?q=kungsgatan 1')).body.places
    expect(found.map((p: { name: string }) => p.name)).toEqual(['Kungsgatan 10', 'Kungsgatan 12'])
    expect(found[0].coordinates[0]).toBeCloseTo(14.1075, 4)
    expect(found[0].coordinates[1]).toBeCloseTo(59.3098, 4)

    // Importing again moves a known name instead of repeating it.
    await planner.post('/api/places/import', { format: 'csv', srid: 3008, content: good })
    expect(await placeCount()).toBe(before + 2)
  })

  it('staff file incidents with an exact time; the public sees only counts per type and month', async () => {
    const police = await logInAs(server.url, server.db, 'polis')
    const filed = await police.post('/api/incidents', {
      type: 'drug_dealing',
      occurred_at: '2026-03-14T23:40:00+01:00',
      organisation: 'vaktbolag',
      description: 'Misstänkt försäljning vid busshållplatsen.',
      geometry: validPoint,
    })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    expect(filed.body).toMatchObject({ type: 'drug_dealing', organisation: 'vaktbolag', occurred_at: '2026-03-14T22:40:00.000Z' })

    const future = await police.post('/api/incidents', { ...filed.body, id: undefined })
    expect(future.status).toBe(400)
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    const inFuture = await police.post('/api/incidents', {
      type: 'event', occurred_at: tomorrow, organisation: 'polis', geometry: validPoint,
    })
    expect(inFuture.body.error.fields[0].field).toBe('occurred_at')
    const outside = await police.post('/api/incidents', {
      type: 'event', occurred_at: '2026-03-14T12:00:00Z', organisation: 'polis', geometry: { type: 'Point', coordinates: [16, 60] },
    })
    expect(outside.body.error.fields[0].field).toBe('geometry')

    const list = (await planner.get('/api/incidents?days=3660')).body.incidents
    expect(list.find((i: { id: number }) => i.id === filed.body.id).reported_by).toMatch(/@/)
    expect((await anyone().get('/api/incidents')).status).toBe(401)

    const counts = (await anyone().get('/api/incidents/counts?year=2026')).body
    expect(counts.months.find((m: { month: number }) => m.month === 3).counts.drug_dealing).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(counts)).not.toContain('busshållplatsen')
  })
})
