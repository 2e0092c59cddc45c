import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Database } from './database.ts'

const migrationsDir = path.resolve(import.meta.dirname, '../../data/migrations')

export interface Migration {
  version: string
  sql: string
}

/** The migration files, in the order their names sort (`001_…`, `002_…`). */
export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort()
  return Promise.all(
    files.map(async (name) => ({ version: name.replace(/\.sql$/, ''), sql: await readFile(path.join(dir, name), 'utf8') })),
  )
}

// Any fixed number: serialises migrations when several server instances start at once.
const MIGRATION_LOCK_KEY = 17812016

/**
 * Applies the migrations not yet recorded, each in its own transaction. Returns the versions
 * applied. Refuses, changing nothing, a database that a newer version of the app has migrated:
 * this version's code would not understand its schema.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations())
  const newest = all.at(-1)?.version ?? ''
  const newer = await versionsNewerThan(db, newest)
  if (newer.length > 0) {
    throw new Error(
      `The database was migrated by a newer version of Trygghetskartan: it has ${newer.join(', ')}, and this version knows ` +
        `migrations up to ${newest}. Start the newer version, or restore a backup made before the upgrade. Nothing was changed.`,
    )
  }
  const applied: string[] = []
  for (const migration of all) {
    const didApply = await db.transaction(async (tx) => {
      // The lock comes first, so two instances never race to create the table or apply a migration.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migration (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      )
      const done = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [migration.version])
      if (done.length > 0) return false
      await tx.query(migration.sql)
      await tx.query('INSERT INTO schema_migration (version) VALUES ($1)', [migration.version])
      return true
    })
    if (didApply) applied.push(migration.version)
  }
  return applied
}

/** The versions recorded beyond `newest`; none in a database never migrated. */
async function versionsNewerThan(db: Database, newest: string): Promise<string[]> {
  const [table] = await db.query<{ exists: boolean }>("SELECT to_regclass('schema_migration') IS NOT NULL AS exists")
  if (!table?.exists) return []
  const rows = await db.query<{ version: string }>('SELECT version FROM schema_migration WHERE version > $1 ORDER BY version', [newest])
  return rows.map((row) => row.version)
}
