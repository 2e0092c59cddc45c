import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appVersion } from '../../server/app-version.ts'
import { readMigrations } from '../../server/db/migrate.ts'
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
    expect(body.version).toBe(appVersion)
    expect(body.database.kind).toBe(backend)
    expect(body.database.postgis).toMatch(/^3\.\d+/)
    expect(body.database.schema).toBe((await readMigrations()).at(-1)?.version)
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('is not ready while a newer version has migrated the database', async () => {
    await server.db.query("INSERT INTO schema_migration (version) VALUES ('998_from_a_newer_app')")
    try {
      const response = await fetch(`${server.url}/api/health`)
      expect(response.status).toBe(503)
      const body = await response.json()
      expect(body.error.code).toBe('schema_mismatch')
      expect(body.database.schema).toBe('998_from_a_newer_app')
      expect(body.error.message_sv).toContain('998_from_a_newer_app')
    } finally {
      await server.db.query("DELETE FROM schema_migration WHERE version = '998_from_a_newer_app'")
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
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
