import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections, staffCollections } from '../../server/ogc/collections.ts'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const EPSG3006 = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/3006')

/** Staff-only collections: listed and served only with a session (or an API token), never cached publicly. */
describe.each(backends)('OGC staff collections on the %s database', (backend) => {
  let server: TestServer
  let publicSession: ApiSession
  let staff: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    publicSession = new ApiSession(server.url)
    staff = await logInAs(server.url, server.db, 'kommun')
  })
  afterAll(() => server.close())

  it('lists staff collections only to staff, and only staff answers are private', async () => {
    const open = await publicSession.get('/ogc/collections')
    expect(open.body.collections.map((c: { id: string }) => c.id)).toEqual(collections.map(({ id }) => id))
    expect(open.headers.get('cache-control')).toBe('public, no-cache')
    expect(open.headers.get('vary')).toMatch(/Cookie.*Authorization/)

    const forStaff = await staff.get('/ogc/collections')
    expect(forStaff.body.collections.map((c: { id: string }) => c.id)).toEqual([...collections, ...staffCollections].map(({ id }) => id))
    expect(forStaff.headers.get('cache-control')).toBe('private, no-store')
    expect(forStaff.headers.get('vary')).toMatch(/Cookie.*Authorization/)

    const publicApi = await publicSession.get('/ogc/api')
    expect(Object.keys(publicApi.body.paths).some((path) => path.includes('staff-'))).toBe(false)
    const staffApi = await staff.get('/ogc/api')
    expect(staffApi.body.paths['/collections/staff-reports/items'].get.security).toBeDefined()
  })

  it.each(staffCollections.map(({ id }) => id))('answers %s with 401 and a clear message without a session', async (id) => {
    for (const path of [`/ogc/collections/${id}`, `/ogc/collections/${id}/items`, `/ogc/collections/${id}/items/1`, `/ogc/collections/${id}/download`]) {
      const answer = await publicSession.get(path)
      expect(answer.status, path).toBe(401)
      expect(answer.body.code).toBe('staff_only')
      expect(answer.body.description).toMatch(/staff only/)
      expect(answer.body.error.message_sv).toMatch(/bara för personal/)
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(answer.headers.get('cache-control')).not.toMatch(/public/)
    }
    // A session that has ended is no session.
    const ended = new ApiSession(server.url, 'trygg_session=not-a-real-session')
    expect((await ended.get(`/ogc/collections/${id}/items`)).status).toBe(401)
  })

  it('gives staff every report at its exact point, also those in moderation, without personal data', async () => {
    const answer = await staff.get(`/ogc/collections/staff-reports/items?limit=${MAX_LIMIT}&crs=${EPSG3006}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect(answer.headers.get('vary')).toMatch(/Cookie.*Authorization/)
    const rows = await server.db.query<{ id: number; x: number; y: number; status: string; description: string; text_reviewed: boolean }>(
      'SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, status, description, text_reviewed FROM report ORDER BY id',
    )
    expect(rows.some((row) => row.status === 'received')).toBe(true)
    expect(answer.body.numberMatched).toBe(rows.length)
    for (const feature of answer.body.features) {
      const row = rows.find(({ id }) => id === feature.id)!
      const [north, east] = feature.geometry.coordinates
      expect(Math.abs(east - row.x)).toBeLessThan(0.01)
      expect(Math.abs(north - row.y)).toBeLessThan(0.01)
      expect(feature.properties.status).toBe(row.status)
      expect(feature.properties.description).toBe(row.text_reviewed && row.status !== 'rejected' ? row.description : '')
      expect(Object.keys(feature.properties)).not.toContain('receipt_hash')
    }
  })

  it('gives staff measure proposals and observations of unpublished protocols, which the public does not get', async () => {
    const [walk] = await server.db.query<{ id: number }>(
      `UPDATE safety_walk SET protocol_published_at = NULL
        WHERE id = (SELECT walk_id FROM walk_observation ORDER BY id LIMIT 1) RETURNING id`,
    )
    const [hidden] = await server.db.query<{ id: number }>('SELECT min(id) AS id FROM walk_observation WHERE walk_id = $1', [walk!.id])
    const publicIds = (await publicSession.get(`/ogc/collections/walk-observations/items?limit=${MAX_LIMIT}`)).body.features.map((f: { id: number }) => f.id)
    expect(publicIds).not.toContain(hidden!.id)
    const staffObservation = await staff.get(`/ogc/collections/staff-walk-observations/items/${hidden!.id}`)
    expect(staffObservation.status).toBe(200)
    expect(staffObservation.body.properties.protocol_published).toBe(false)
    expect(Object.keys(staffObservation.body.properties)).not.toContain('created_by')

    const proposals = await server.db.query<{ id: number }>("SELECT id FROM measure WHERE status = 'proposed'")
    expect(proposals.length).toBeGreaterThan(0)
    const staffMeasures = (await staff.get(`/ogc/collections/staff-measures/items?limit=${MAX_LIMIT}`)).body.features.map((f: { id: number }) => f.id)
    const publicMeasures = (await publicSession.get(`/ogc/collections/measures/items?limit=${MAX_LIMIT}`)).body.features.map((f: { id: number }) => f.id)
    for (const { id } of proposals) {
      expect(staffMeasures).toContain(id)
      expect(publicMeasures).not.toContain(id)
    }
  })

  it('never puts contact persons or account details in a staff collection', async () => {
    const people = await server.db.query<{ name: string; phone: string | null; email: string | null }>('SELECT name, phone, email FROM contact_person')
    const users = await server.db.query<{ email: string }>('SELECT email FROM app_user')
    const secrets = [...people.flatMap((person) => [person.name, person.phone, person.email]), ...users.map((user) => user.email)].filter(
      (value): value is string => Boolean(value),
    )
    expect(secrets.length).toBeGreaterThan(5)
    for (const { id } of staffCollections) {
      for (const format of ['geojson', 'csv']) {
        const text = JSON.stringify((await staff.get(`/ogc/collections/${id}/download?format=${format}`)).body)
        for (const secret of secrets) expect(text.includes(secret), `${secret} in ${id}`).toBe(false)
      }
    }
  })

  it('serves staff collections to an API token, as GDAL or QGIS would send it, and refuses a bad token in the OGC shape', async () => {
    const admin = await logInAs(server.url, server.db, 'admin')
    const created = await admin.post('/api/api-tokens', { name: 'QGIS hos planeringen', role: 'kommun', scope: 'read', expires_on: null })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const withToken = (token: string) => new ApiSession(server.url).get('/ogc/collections/staff-reports/items?limit=3', { headers: { Authorization: `Bearer ${token}` } })
    const answer = await withToken(created.body.secret)
    expect(answer.status).toBe(200)
    expect(answer.body.features).toHaveLength(3)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    const refused = await withToken('tgk_not-a-real-token')
    expect(refused.status).toBe(401)
    expect(refused.body.code).toBe(refused.body.error.code)
    expect(refused.body.description).toBeTruthy()
    expect(refused.headers.get('cache-control')).toBe('no-store')
  })

  it('lets staff download a staff collection, privately', async () => {
    const answer = await staff.get(`/ogc/collections/staff-reports/download?format=csv&crs=${EPSG3006}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="staff-reports-EPSG3006.csv"')
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    const [row] = await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM report')
    expect(String(answer.body).trim().split('\r\n')).toHaveLength(row!.count + 1)
  })
})
