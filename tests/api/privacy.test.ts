/**
 * Personal data (contact persons' names, phones and e-mails) reaches only the roles that need it.
 * The test reads everything the public and a municipal user can read and searches the answers
 * for every contact person's details; the police and admins see them, as a control.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../server/ogc/collections.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('personal data on the %s database', (backend) => {
  let server: TestServer
  let personalDetails: string[]
  let areaIds: number[]

  beforeAll(async () => {
    server = await startTestServer({ backend })
    const contacts = await server.db.query<{ name: string; phone: string | null; email: string | null }>(
      'SELECT name, phone, email FROM contact_person',
    )
    personalDetails = contacts.flatMap((contact) => [contact.name, contact.phone, contact.email]).filter((value) => value !== null)
    areaIds = (await server.db.query<{ id: number }>('SELECT id FROM watch_area ORDER BY id')).map((row) => row.id)
  })
  afterAll(() => server.close())

  /** Every answer a caller can get from the read endpoints, as text. */
  async function everythingReadableBy(session: ApiSession): Promise<string> {
    const texts: string[] = []
    const paths = [
      '/ogc',
      '/ogc/collections',
      '/api/config',
      '/api/auth/session',
      '/api/watch-areas',
      '/api/meetings',
      '/api/grannsamverkan/progress',
      '/api/grannsamverkan/active-areas',
    ]
    for (const path of paths) {
      texts.push(JSON.stringify((await session.get(path)).body))
    }
    for (const collection of collections) {
      let next: string | undefined = `/ogc/collections/${collection.id}/items?limit=5000`
      while (next) {
        const page: { links: { rel: string; href: string }[] } = (await session.get(next)).body
        texts.push(JSON.stringify(page))
        next = page.links.find((link) => link.rel === 'next')?.href.replace(server.url, '')
      }
      const first = (await session.get(`/ogc/collections/${collection.id}/items?limit=1`)).body.features[0]
      if (first) texts.push(JSON.stringify((await session.get(`/ogc/collections/${collection.id}/items/${first.id}`)).body))
    }
    for (const id of areaIds) texts.push(JSON.stringify((await session.get(`/api/watch-areas/${id}`)).body))
    return texts.join('\n')
  }

  it('the demo data has contact persons to look for', () => {
    expect(personalDetails.length).toBeGreaterThan(10)
  })

  it('none of it reaches the public', async () => {
    const text = await everythingReadableBy(new ApiSession(server.url))
    for (const detail of personalDetails) expect(text).not.toContain(detail)
    const area = (await new ApiSession(server.url).get(`/api/watch-areas/${areaIds[0]}`)).body
    expect(area).not.toHaveProperty('contacts')
    expect(area).not.toHaveProperty('notes')
    expect(area.contact_count).toBeGreaterThanOrEqual(0)
  })

  it('none of it reaches municipal staff, who do not run grannsamverkan', async () => {
    const text = await everythingReadableBy(await logInAs(server.url, server.db, 'kommun'))
    for (const detail of personalDetails) expect(text).not.toContain(detail)
  })

  it.each(['polis', 'admin'] as const)('%s sees the contact persons of an area', async (role) => {
    const session = await logInAs(server.url, server.db, role)
    const [withContacts] = await server.db.query<{ area_id: number; name: string }>(
      'SELECT area_id, name FROM contact_person ORDER BY id LIMIT 1',
    )
    const area = (await session.get(`/api/watch-areas/${withContacts!.area_id}`)).body
    expect(area.contacts.map((contact: { name: string }) => contact.name)).toContain(withContacts!.name)
    expect(area.contact_count).toBe(area.contacts.length)
  })

  it('unmoderated words, exact places and staff incidents never reach the public', async () => {
    const marker = `Hemlig-${Date.now()}`
    const place = `ST_Transform(ST_SetSRID(ST_MakePoint(14.108123, 59.309321), 4326), 3006)`
    // A published report whose text nobody has read for personal data (saved before moderation existed).
    for (const status of ['received', 'rejected', 'published']) {
      await server.db.query(
        `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, status_reason, geom)
         VALUES ('1781', 'other', 'day', 'weekday', $1, $2, $3, ${place})`,
        [`${marker} ${status}`, status, status === 'rejected' ? 'Beskriver personer.' : ''],
      )
    }
    await server.db.query(
      `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, description, geom)
       VALUES ('1781', 'threat_staff', now(), 'hemtjanst', $1, ${place})`,
      [`${marker} incident`],
    )
    const publicSession = new ApiSession(server.url)
    const texts = [await everythingReadableBy(publicSession)]
    const year = new Date().getFullYear()
    for (const path of ['/api/reports/feed.atom', '/api/reports/nearby?lon=14.108123&lat=59.309321', `/api/incidents/counts?year=${year}`, '/api/places?q=he']) {
      texts.push(JSON.stringify((await publicSession.get(path)).body))
    }
    const text = texts.join('\n')
    expect(text).not.toContain(marker)
    expect(text).not.toContain('14.108123')
    expect(text).not.toContain('59.309321')
    const counts = (await publicSession.get(`/api/incidents/counts?year=${year}`)).body
    expect(JSON.stringify(counts)).toContain('threat_staff')
  })
})
