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

export interface ProcessDatabase {
  /** What a server process needs in its environment to open the copy. */
  env: { DATA_DIR: string } | { DATABASE_URL: string }
  /** Opens the copy in the test itself; an embedded copy only while no server process has it open. */
  open(): Promise<Database>
  /** Deletes the copy; close what `open` gave first. */
  drop(): Promise<void>
}

/** A private copy of the seeded template for a server process to open (`npm start` in a child process). */
export async function copyTestDatabaseForProcess(backend: Backend): Promise<ProcessDatabase> {
  if (backend === 'embedded') {
    const dir = await copyEmbeddedFolder()
    return {
      env: { DATA_DIR: dir },
      open: () => openEmbeddedDatabase(dir),
      drop: () => rm(dir, { recursive: true, force: true }),
    }
  }
  const { name, url } = await copyServerDatabase()
  return {
    env: { DATABASE_URL: url },
    open: () => openServerDatabase(url, 2),
    // A killed process may leave its connections behind for a moment: they must not keep the copy alive.
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

async function copyEmbeddedTemplate(): Promise<TestDatabase> {
  const dir = await copyEmbeddedFolder()
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
  const { name, url } = await copyServerDatabase()
  const db = await openServerDatabase(url, 4)
  return {
    db,
    async drop() {
      await db.close()
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`)
    },
  }
}

async function copyEmbeddedFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'trygg-test-'))
  await cp(inject('embeddedTemplateDir'), dir, { recursive: true })
  return dir
}

async function copyServerDatabase(): Promise<{ name: string; url: string }> {
  const template = inject('serverTemplateDatabase')
  if (!serverTestUrl || !template) throw new Error('TEST_DATABASE_URL is not set')
  const name = `trygg_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`)
  return { name, url: withDatabaseName(serverTestUrl, name) }
}
