import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('GET /api/health on the %s database', (backend) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ backend })
  })
  afterAll(() => server.close())

  it('answers the database kind and the PostGIS version', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.status).toBe('ok')
    expect(body.database.kind).toBe(backend)
    expect(body.database.postgis).toMatch(/^3\.\d+/)
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers 503 when the database cannot be reached, and stays up', async () => {
    await server.db.close()
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body.status).toBe('unavailable')
    expect(body.error.message_sv).toContain('Databasen')
    // A data request now fails cleanly too: a 500 with a message, no stack trace.
    const items = await fetch(`${server.url}/ogc/collections/reports/items`)
    expect(items.status).toBe(500)
    expect(await items.text()).not.toContain('.ts:')
  })
})
