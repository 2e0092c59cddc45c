import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import type { Database } from '../../server/db/database.ts'
import { openEmbeddedDatabase } from '../../server/db/embedded-database.ts'
import { openServerDatabase } from '../../server/db/server-database.ts'
import { adminQuery } from './server-admin.ts'
import type { Backend } from './test-backends.ts'
import { serverTestUrl, withDatabaseName } from './test-backends.ts'

export interface TestDatabase {
  db: Database
  /** Closes the database and deletes the copy. */
  drop(): Promise<void>
}

/** A private copy of the seeded template database, for one test file. */
export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  return backend === 'embedded' ? copyEmbeddedTemplate() : copyServerTemplate()
}

async function copyEmbeddedTemplate(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'trygg-test-'))
  await cp(inject('embeddedTemplateDir'), dir, { recursive: true })
  const db = await openEmbeddedDatabase(dir)
  return {
    db,
    async drop() {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function copyServerTemplate(): Promise<TestDatabase> {
  const template = inject('serverTemplateDatabase')
  if (!serverTestUrl || !template) throw new Error('TEST_DATABASE_URL is not set')
  const name = `trygg_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`)
  const db = await openServerDatabase(withDatabaseName(serverTestUrl, name), 4)
  return {
    db,
    async drop() {
      await db.close()
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`)
    },
  }
}
