/**
 * The server as `npm start` runs it: a real process, its configuration check, first start on an
 * empty database folder, a second start that applies and seeds nothing, graceful shutdown, and
 * a refusal to start on a database a newer version has migrated.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openEmbeddedDatabase } from '../../server/db/embedded-database.ts'
import { listeningUrl, runServer } from '../support/server-process.ts'
import type { ServerProcess } from '../support/server-process.ts'

function requestLogLine(server: ServerProcess, url: string): unknown {
  const lines = server.output().split('\n').filter((line) => line.startsWith('{'))
  return lines.map((line) => JSON.parse(line) as { req?: { url?: string } }).find((entry) => entry.req?.url === url)
}

describe('the server process', () => {
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'trygg-process-'))
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://nope'],
    ['LOG_LEVEL', 'chatty'],
  ])('refuses to start with %s=%s and names the variable', async (name, value) => {
    const server = runServer({ [name]: value, DATA_DIR: dataDir })
    expect(await server.exit).toBe(1)
    expect(server.output()).toContain('Invalid configuration')
    expect(server.output()).toContain(name)
  })

  it('seeds an empty database on first start, seeds and migrates nothing on the next, and shuts down gracefully', async () => {
    const first = runServer({ PORT: '0', DATA_DIR: dataDir })
    const url = await listeningUrl(first)
    expect(first.output()).toContain('migrations applied')
    expect(first.output()).toContain('loaded the base data and the demo set')
    const health = await (await fetch(`${url}/api/health`)).json()
    expect(health).toMatchObject({ status: 'ok', database: { kind: 'embedded' } })
    const areas = await (await fetch(`${url}/ogc/collections/watch-areas/items?limit=1`)).json()
    expect(areas.numberMatched).toBeGreaterThan(20)
    // Structured request logs: one JSON line per request, with its id.
    await fetch(`${url}/ogc/collections`)
    await expect.poll(() => requestLogLine(first, '/ogc/collections')).toMatchObject({
      req: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), method: 'GET' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    })

    first.kill('SIGTERM')
    expect(await first.exit).toBe(0)
    expect(first.output()).toContain('shutting down')

    const second = runServer({ PORT: '0', DATA_DIR: dataDir })
    const secondUrl = await listeningUrl(second)
    expect(second.output()).not.toContain('migrations applied')
    expect(second.output()).not.toContain('demo set')
    const again = await (await fetch(`${secondUrl}/ogc/collections/watch-areas/items?limit=1`)).json()
    expect(again.numberMatched).toBe(areas.numberMatched)
    second.kill('SIGINT')
    expect(await second.exit).toBe(0)
  })

  it('refuses to start on a database a newer version migrated, and says so', async () => {
    const db = await openEmbeddedDatabase(dataDir)
    await db.query("INSERT INTO schema_migration (version) VALUES ('998_from_a_newer_app')")
    await db.close()
    const server = runServer({ PORT: '0', DATA_DIR: dataDir })
    expect(await server.exit).toBe(1)
    expect(server.output()).toContain('migrated by a newer version of Trygghetskartan: it has 998_from_a_newer_app')
  })
})
