import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coverage } from '../../server/shared/api/coverage-schemas.ts'
import { todayInSweden } from '../../server/today.ts'
import type { ApiSession } from '../support/api-session.ts'
import { logInAs } from '../support/api-session.ts'
import { validAreaGeometry } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const square = (lon: number, lat: number, size = 0.002) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size / 2], [lon, lat + size / 2], [lon, lat]]],
})

describe.each(backends)('grannsamverkan on the %s database', (backend) => {
  let server: TestServer
  let police: ApiSession
  const today = todayInSweden()
  const thisYear = Number(today.slice(0, 4))

  beforeAll(async () => {
    server = await startTestServer({ backend })
    police = await logInAs(server.url, server.db, 'polis')
  })
  afterAll(() => server.close())

  const register = async () => (await police.get('/api/watch-areas')).body
  const entryFor = async (id: number) => (await register()).areas.find((area: { id: number }) => area.id === id)

  it('lists every area most urgent first, with its reasons', async () => {
    const { areas, update_threshold_months } = await register()
    expect(update_threshold_months).toBe(12)
    const total = await server.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM watch_area')
    expect(areas).toHaveLength(total[0]!.count)
    const urgencies = areas.map((area: { urgency: number }) => area.urgency)
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a))
    expect(areas.some((area: { reasons: string[] }) => area.reasons.length > 0)).toBe(true)
    for (const area of areas.filter((entry: { status: string }) => entry.status === 'inactive')) expect(area.reasons).toEqual([])
  })

  it('a new area needs contacts and a start-up meeting; adding them clears the reasons', async () => {
    const created = await police.post('/api/watch-areas', { name: 'Exempel: Nyängen', status: 'planned', households: 40, geometry: square(14.12, 59.305) })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: 'Exempel: Nyängen', status: 'planned', contacts: [] })
    expect(created.body.area_m2).toBeGreaterThan(5000)
    const id = created.body.id
    expect((await entryFor(id)).reasons).toEqual(['no_contact', 'never_started'])

    const contact = await police.post(`/api/watch-areas/${id}/contacts`, { name: 'Kim Kontakt', phone: '0550-123 45', is_main: true })
    expect(contact.status).toBe(201)
    const meeting = await police.post('/api/meetings', { kind: 'startup', held_on: today, area_ids: [id], held_by: 'polis_kommun', attendees: 14 })
    expect(meeting.status).toBe(201)
    expect(meeting.body.areas).toEqual([{ id, name: 'Exempel: Nyängen' }])

    const started = (await police.get(`/api/watch-areas/${id}`)).body
    expect(started).toMatchObject({ status: 'active', startup_meeting_on: today })
    expect(await entryFor(id)).toMatchObject({ reasons: [], urgency: 0, last_update_on: today })

    await police.patch(`/api/watch-areas/${id}`, { signs_condition: 'damaged' })
    expect((await entryFor(id)).reasons).toEqual(['signs_damaged'])
  })

  it('an area without a meeting or verification within the threshold needs an update', async () => {
    const id = (await police.post('/api/watch-areas', { name: 'Exempel: Gamla stan', status: 'active', geometry: square(14.1, 59.31) })).body.id
    await police.post(`/api/watch-areas/${id}/contacts`, { name: 'Alva Ombud' })
    await police.patch(`/api/watch-areas/${id}`, { startup_meeting_on: '2019-04-01', last_verified_on: '2024-05-01' })
    expect((await entryFor(id)).reasons).toEqual(['not_updated'])
    await police.patch(`/api/watch-areas/${id}`, { last_verified_on: today })
    expect((await entryFor(id)).reasons).toEqual([])
  })

  it('refuses an edit based on a copy someone else has changed since, and changes nothing', async () => {
    const { id } = (await register()).areas[0] as { id: number }
    const copy = (await police.get(`/api/watch-areas/${id}`)).body
    const mine = await police.patch(`/api/watch-areas/${id}`, { notes: 'Först', updated_at: copy.updated_at })
    expect(mine.status).toBe(200)
    const stale = await police.patch(`/api/watch-areas/${id}`, { households: 77, updated_at: copy.updated_at })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message_sv).toContain('Någon annan har ändrat området')
    expect((await police.get(`/api/watch-areas/${id}`)).body).toMatchObject({ notes: 'Först', households: copy.households, updated_at: mine.body.updated_at })
    // The fresh copy's time is accepted; a body with nothing but the time changes nothing and is refused.
    expect((await police.patch(`/api/watch-areas/${id}`, { households: 77, updated_at: mine.body.updated_at })).status).toBe(200)
    expect((await police.patch(`/api/watch-areas/${id}`, { updated_at: mine.body.updated_at })).status).toBe(400)
  })

  it('refuses an outline outside the municipality or crossing itself', async () => {
    const outside = await police.post('/api/watch-areas', { name: 'Stockholm', status: 'planned', geometry: square(18.06, 59.33) })
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields[0]).toMatchObject({ field: 'geometry', message_sv: 'Området måste ligga inom kommunen.' })
    const bowTie = { type: 'Polygon', coordinates: [[[14.1, 59.31], [14.102, 59.311], [14.102, 59.31], [14.1, 59.311], [14.1, 59.31]]] }
    const crossing = await police.post('/api/watch-areas', { name: 'Rosett', status: 'planned', geometry: bowTie })
    expect(crossing.status).toBe(400)
    expect(crossing.body.error.fields[0].message_sv).toMatch(/korsar/)
  })

  it('repairs an outline with a spike, where the repair is unambiguous, and says so', async () => {
    const [lon, lat] = [14.105, 59.312]
    const spiked = {
      type: 'Polygon',
      coordinates: [[[lon, lat], [lon + 0.002, lat], [lon + 0.002, lat + 0.0005], [lon + 0.003, lat + 0.0005],
        [lon + 0.002, lat + 0.0005], [lon + 0.002, lat + 0.001], [lon, lat + 0.001], [lon, lat]]],
    }
    const created = await police.post('/api/watch-areas', { name: 'Exempel: Taggen', status: 'planned', geometry: spiked })
    expect(created.status).toBe(201)
    expect(created.body.geometry_repaired).toBe(true)
    const ring = created.body.geometry.coordinates[0][0]
    expect(ring.some((position: number[]) => position[0]! > lon + 0.0025)).toBe(false)
    const clean = await police.patch(`/api/watch-areas/${created.body.id}`, { geometry: square(lon, lat) })
    expect(clean.body).not.toHaveProperty('geometry_repaired')
  })

  it('keeps one main contact per area, and shows contacts to the police only', async () => {
    const id = (await police.post('/api/watch-areas', { name: 'Exempel: Kontakter', status: 'active', geometry: validAreaGeometry })).body.id
    const first = (await police.post(`/api/watch-areas/${id}/contacts`, { name: 'Första', is_main: true })).body
    const second = (await police.post(`/api/watch-areas/${id}/contacts`, { name: 'Andra', email: 'Andra@Example.se', is_main: true })).body
    expect(second.email).toBe('andra@example.se')
    const record = (await police.get(`/api/watch-areas/${id}`)).body
    expect(record.contacts.filter((contact: { is_main: boolean }) => contact.is_main).map((contact: { id: number }) => contact.id)).toEqual([second.id])
    expect((await police.patch(`/api/contacts/${first.id}`, { phone: 'inte ett nummer' })).status).toBe(400)
    expect((await police.patch(`/api/contacts/${first.id}`, { phone: null, is_main: true })).body).toMatchObject({ phone: null, is_main: true })
    expect((await police.request('DELETE', `/api/contacts/${second.id}`)).status).toBe(204)
    expect((await police.request('DELETE', `/api/contacts/${second.id}`)).status).toBe(404)

    // The append-only audit log shows which personal fields changed, never their values.
    const admin = await logInAs(server.url, server.db, 'admin')
    const history = JSON.stringify((await admin.get('/api/audit?object_type=contact_person')).body.entries)
    expect(history).toContain('(personuppgift)')
    for (const value of ['Första', 'Andra', 'andra@example.se']) expect(history).not.toContain(`"${value}"`)

    const municipal = await logInAs(server.url, server.db, 'kommun')
    const seenByKommun = (await municipal.get(`/api/watch-areas/${id}`)).body
    expect(seenByKommun).not.toHaveProperty('contacts')
    expect(seenByKommun.contact_count).toBe(1)
  })

  it('measures coverage in each tätort, flags overlaps, and lists reports outside every active area', async () => {
    const coverage = async () => (await police.get('/api/grannsamverkan/coverage')).body
    const before = await coverage()
    const town = (body: Coverage) => body.towns.find((entry) => entry.name === 'Kristinehamn')!
    const hint = before.hints.find((entry: { town: string }) => entry.town === 'Kristinehamn')
    expect(hint).toBeDefined()
    expect(town(before).uncovered?.type).toMatch(/Polygon/)

    // A new active area around the reported place covers it; a second one overlaps the first.
    const [lon, lat] = hint.coordinates
    const around = square(lon - 0.001, lat - 0.00025)
    const first = (await police.post('/api/watch-areas', { name: 'Exempel: Täckning', status: 'active', geometry: around })).body
    const second = (await police.post('/api/watch-areas', { name: 'Exempel: Överlapp', status: 'active', geometry: square(lon, lat - 0.00025) })).body
    const after = await coverage()
    expect(town(after).covered_m2).toBeGreaterThan(town(before).covered_m2)
    expect(town(after).covered_share).toBeGreaterThan(town(before).covered_share)
    expect(after.hints.map((entry: { report_id: number }) => entry.report_id)).not.toContain(hint.report_id)
    expect(after.overlaps).toContainEqual(expect.objectContaining({ area_ids: [first.id, second.id], names: ['Exempel: Täckning', 'Exempel: Överlapp'] }))
  })

  it('exports the register as CSV and GeoJSON, with contact persons only when the police ask', async () => {
    const [contact] = await server.db.query<{ name: string; area_id: number }>('SELECT name, area_id FROM contact_person ORDER BY id LIMIT 1')
    const csv = await police.get('/api/watch-areas/export?format=csv')
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?grannsamverkan-\d{4}-\d{2}-\d{2}\.csv"?$/)
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('id;name;status;households;startup_meeting_on;last_verified_on;last_update_on;signs_count;signs_condition;signs_checked_on;contact_count;area_m2;needs_update;longitude;latitude')
    expect(lines.length - 1).toBe((await register()).areas.length)
    expect(csv.body).not.toContain(contact!.name)

    const withContacts = await police.get('/api/watch-areas/export?format=geojson&personal=true')
    expect(withContacts.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const feature = withContacts.body.features.find((entry: { id: number }) => entry.id === contact!.area_id)
    expect(feature.geometry.type).toBe('MultiPolygon')
    expect(feature.properties.contacts.map((entry: { name: string }) => entry.name)).toContain(contact!.name)

    const municipal = await logInAs(server.url, server.db, 'kommun')
    expect((await municipal.get('/api/watch-areas/export?format=csv&personal=true')).status).toBe(403)
    expect((await municipal.get('/api/watch-areas/export?format=csv')).status).toBe(200)
    const admin = await logInAs(server.url, server.db, 'admin')
    const exports = (await admin.get('/api/audit?object_type=watch_area&object_id=register')).body.entries
    expect(exports[0]).toMatchObject({ action: 'export', after: { format: 'geojson' } })
  })

  it('imports areas from GeoJSON in EPSG:3006 or 3008: a per-feature report first, then all or nothing', async () => {
    const inCrs = async (srid: number, geometry: object) =>
      (await server.db.query<{ g: object }>(
        'SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), $2::integer), 3)::json AS g',
        [JSON.stringify(geometry), srid],
      ))[0]!.g
    const feature = (name: string | null, geometry: object) => ({ type: 'Feature', properties: name ? { name, households: 12 } : {}, geometry })
    const bowTie = { type: 'Polygon', coordinates: [[[14.1, 59.31], [14.102, 59.311], [14.102, 59.311 - 0.001], [14.1, 59.311], [14.1, 59.31]]] }
    const collection = {
      type: 'FeatureCollection',
      features: [
        feature('Exempel: Import A', await inCrs(3006, square(14.11, 59.315))),
        feature('Exempel: Rosett', await inCrs(3006, bowTie)),
        feature(null, await inCrs(3006, square(14.115, 59.316))),
        { type: 'Feature', properties: { name: 'Exempel: Fel status', status: 'nedlagt', households: -3 }, geometry: await inCrs(3006, square(14.112, 59.317)) },
      ],
    }
    const areasBefore = (await register()).areas.length
    const dryRun = await police.post('/api/watch-areas/import', { crs: 'EPSG:3006', dry_run: true, collection })
    expect(dryRun.status).toBe(200)
    expect(dryRun.body.saved).toBe(false)
    expect(dryRun.body.features.map((entry: { ok: boolean }) => entry.ok)).toEqual([true, false, false, false])
    expect(dryRun.body.features[3].problems.map((problem: { message_sv: string }) => problem.message_sv)).toEqual([
      'Statusen "nedlagt" är inte en av planned, active, inactive.',
      'Antalet hushåll "-3" är inte ett positivt heltal.',
    ])
    expect(dryRun.body.features[0].area_m2).toBeGreaterThan(5000)
    expect(dryRun.body.features[0].geometry.coordinates[0][0][0][0]).toBeCloseTo(14.11, 4)
    expect(dryRun.body.features[1].problems[0].message_sv).toMatch(/korsar/)
    expect(dryRun.body.features[2].problems[0].message_sv).toBe('Inget namn i egenskapen "name".')

    const refused = await police.post('/api/watch-areas/import', { crs: 'EPSG:3006', dry_run: false, collection })
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields.map((field: { field: string }) => field.field)).toEqual([
      'collection.features.1',
      'collection.features.2',
      'collection.features.3',
      'collection.features.3',
    ])
    expect(refused.body.error.fields[0].message_sv).toMatch(/^Exempel: Rosett: Området är ingen giltig polygon/)
    expect((await register()).areas.length).toBe(areasBefore)

    const good = { type: 'FeatureCollection', features: [feature('Exempel: Import B', await inCrs(3008, square(14.11, 59.315))), feature('Exempel: Import C', await inCrs(3008, square(14.12, 59.315)))] }
    const saved = await police.post('/api/watch-areas/import', { crs: 'EPSG:3008', dry_run: false, collection: good })
    expect(saved.status).toBe(201)
    expect(saved.body.created_ids).toHaveLength(2)
    const stored = (await police.get(`/api/watch-areas/${saved.body.created_ids[0]}`)).body
    expect(stored).toMatchObject({ name: 'Exempel: Import B', status: 'planned', households: 12 })
    expect(stored.geometry.coordinates[0][0][0][0]).toBeCloseTo(14.11, 4)

    // SWEREF 99 TM numbers read as SWEREF 99 13 30 land far from Kristinehamn: the report says so.
    const wrongCrs = await police.post('/api/watch-areas/import', { crs: 'EPSG:3008', dry_run: true, collection: { ...collection, features: [collection.features[0]] } })
    expect(wrongCrs.body.features[0].problems[0].message_sv).toContain('Är koordinaterna verkligen i EPSG:3008?')
    const declared = { ...good, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } } }
    const mismatch = await police.post('/api/watch-areas/import', { crs: 'EPSG:3008', dry_run: true, collection: declared })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.error.code).toBe('crs_mismatch')
  })

  it('refuses a meeting in the future or for an area that does not exist', async () => {
    const future = await police.post('/api/meetings', { kind: 'yearly', held_on: `${thisYear + 1}-01-15`, area_ids: [1], held_by: 'polis' })
    expect(future.status).toBe(400)
    expect(future.body.error.fields[0]).toMatchObject({ field: 'held_on' })
    const unknown = await police.post('/api/meetings', { kind: 'yearly', held_on: today, area_ids: [1, 999999], held_by: 'polis' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields[0].message_sv).toContain('999999')
  })

  it('counts start-up meetings per year against the target, and a deleted meeting no longer counts', async () => {
    const progress = async () =>
      (await police.get('/api/grannsamverkan/progress')).body.years.find((year: { year: number }) => year.year === thisYear)
    const before = await progress()
    expect(before.target_startup_meetings).toBe(2)
    const areas = (await register()).areas.slice(0, 2).map((area: { id: number }) => area.id)
    const meeting = (await police.post('/api/meetings', { kind: 'startup', held_on: today, area_ids: areas, held_by: 'polis' })).body
    const after = await progress()
    expect(after.startup_meetings).toBe(before.startup_meetings + 1)
    expect(after.areas_updated).toBeGreaterThanOrEqual(before.areas_updated)
    expect((await police.get(`/api/meetings?area_id=${areas[0]}`)).body.meetings[0].id).toBe(meeting.id)
    expect((await police.request('DELETE', `/api/meetings/${meeting.id}`)).status).toBe(204)
    expect((await progress()).startup_meetings).toBe(before.startup_meetings)

    const admin = await logInAs(server.url, server.db, 'admin')
    const history = (await admin.get(`/api/audit?object_type=meeting&object_id=${meeting.id}`)).body.entries
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'create'])
  })
})
