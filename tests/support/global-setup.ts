/**
 * Once per test run: a migrated and seeded template database for each backend. Opening a fresh
 * PGlite with PostGIS takes about 8 s, a copy of a prepared folder under 2 s, so every test file
 * copies the template instead of building its own.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrateAndSeed } from '../../data/seed/seed.ts'
import { readConfig } from '../../server/config.ts'
import { countReportPlaces } from '../../server/reports/report-places.ts'
import type { Database } from '../../server/db/database.ts'
import { openEmbeddedDatabase } from '../../server/db/embedded-database.ts'
import { openServerDatabase } from '../../server/db/server-database.ts'
import { adminQuery } from './server-admin.ts'
import { serverTestUrl, TEST_REFERENCE_DATE, withDatabaseName } from './test-backends.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedTemplateDir: string
    serverTemplateDatabase: string | null
  }
}

async function prepare(db: Database) {
  try {
    await migrateAndSeed(db, TEST_REFERENCE_DATE)
    // As the app does at start: the zoomed-out reports tiles read the places counted.
    await countReportPlaces(db, readConfig({}).reportGridMetres)
  } finally {
    await db.close()
  }
}

export default async function setup(project: TestProject) {
  const embeddedTemplateDir = await mkdtemp(path.join(os.tmpdir(), 'trygg-template-'))
  const serverTemplateDatabase = serverTestUrl ? `trygg_template_${process.pid}` : null

  const preparing = [prepare(await openEmbeddedDatabase(embeddedTemplateDir))]
  if (serverTestUrl && serverTemplateDatabase) {
    await adminQuery(`DROP DATABASE IF EXISTS ${serverTemplateDatabase}`)
    await adminQuery(`CREATE DATABASE ${serverTemplateDatabase}`)
    preparing.push(prepare(await openServerDatabase(withDatabaseName(serverTestUrl, serverTemplateDatabase), 2)))
  }
  await Promise.all(preparing)

  project.provide('embeddedTemplateDir', embeddedTemplateDir)
  project.provide('serverTemplateDatabase', serverTemplateDatabase)

  return async () => {
    await rm(embeddedTemplateDir, { recursive: true, force: true })
    if (serverTemplateDatabase) await adminQuery(`DROP DATABASE IF EXISTS ${serverTemplateDatabase}`)
  }
}
