/**
 * `npm run backup` / `npm run restore` on each backend: a round trip keeps every row of every
 * table; a truncated, foreign, damaged or newer file is refused; a database that holds data is
 * replaced only when asked; and whatever is refused leaves the target as it was.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appVersion } from '../../server/app-version.ts'
import { createBackup, restoreBackup } from '../../server/db/backup/backup.ts'
import { BackupError } from '../../server/db/backup/backup-file.ts'
import type { Database } from '../../server/db/database.ts'
import { migrate, readMigrations } from '../../server/db/migrate.ts'
import type { DatabaseSettings } from '../../server/db/open-database.ts'
import { openDatabase } from '../../server/db/open-database.ts'
import { adminQuery } from '../support/server-admin.ts'
import { backends, serverTestUrl, withDatabaseName } from '../support/test-backends.ts'
import type { Backend } from '../support/test-backends.ts'
import { copyTestDatabaseForProcess } from '../support/test-database.ts'
import type { ProcessDatabase } from '../support/test-database.ts'
import { tableChecksums } from '../support/table-checksums.ts'

const root = path.resolve(import.meta.dirname, '../..')

const settingsOf = (env: ProcessDatabase['env'], dataDir: string): DatabaseSettings =>
  'DATABASE_URL' in env ? { databaseUrl: env.DATABASE_URL, dataDir } : { dataDir: env.DATA_DIR }

async function checksumsOf(settings: DatabaseSettings) {
  const db = await openDatabase(settings)
  try {
    return await tableChecksums(db)
  } finally {
    await db.close()
  }
}

async function withDatabase<T>(settings: DatabaseSettings, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(settings)
  try {
    return await work(db)
  } finally {
    await db.close()
  }
}

/** An empty restore target: a folder not yet made, or a new database without even PostGIS. */
async function emptyTarget(backend: Backend, scratch: string, name: string): Promise<{ settings: DatabaseSettings; drop: () => Promise<void> }> {
  if (backend === 'embedded') return { settings: { dataDir: path.join(scratch, name) }, drop: async () => {} }
  const database = `trygg_restore_${name}_${process.pid}`
  await adminQuery(`DROP DATABASE IF EXISTS ${database}`)
  await adminQuery(`CREATE DATABASE ${database}`)
  return {
    settings: { databaseUrl: withDatabaseName(serverTestUrl!, database), dataDir: scratch },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  }
}

/** A copy of `file` with its header line changed by `edit` (the payload and its checksum stay). */
async function withEditedHeader(file: string, out: string, edit: (header: Record<string, unknown>) => void) {
  const bytes = await readFile(file)
  const first = bytes.indexOf('\n')
  const second = bytes.indexOf('\n', first + 1)
  const header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as Record<string, unknown>
  edit(header)
  await writeFile(out, Buffer.concat([bytes.subarray(0, first + 1), Buffer.from(JSON.stringify(header)), bytes.subarray(second)]))
}

describe.each(backends)('backup and restore on the %s database', (backend) => {
  let scratch: string
  let source: ProcessDatabase
  let sourceSettings: DatabaseSettings
  let backupFile: string
  let target: { settings: DatabaseSettings; drop: () => Promise<void> }
  let sourceChecksums: Awaited<ReturnType<typeof tableChecksums>>

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'trygg-backup-'))
    source = await copyTestDatabaseForProcess(backend)
    sourceSettings = settingsOf(source.env, scratch)
    // Something written by hand too, with text that must survive byte for byte.
    await withDatabase(sourceSettings, (db) =>
      db.query(`UPDATE watch_area SET name = name || ' – Östra ”åäö” 🏠' WHERE id = (SELECT min(id) FROM watch_area)`),
    )
    sourceChecksums = await checksumsOf(sourceSettings)
    backupFile = path.join(scratch, 'backups', 'round-trip.backup')
    target = await emptyTarget(backend, scratch, 'target')
  })
  afterAll(async () => {
    await target?.drop()
    await source?.drop()
    await rm(scratch, { recursive: true, force: true })
  })

  it('backs up a seeded database with its date, app version and schema inside', async () => {
    const before = Date.now()
    const header = await createBackup(sourceSettings, backupFile)
    const known = (await readMigrations()).map((migration) => migration.version)
    expect(header).toMatchObject({ format: 1, app_version: appVersion, backend, migrations: known })
    expect(Date.parse(header.created_at)).toBeGreaterThanOrEqual(before - 1000)
    const file = await stat(backupFile)
    expect(file.size).toBeGreaterThan(header.payload_bytes)
    // The whole database, password hashes included: its owner's only.
    expect(file.mode & 0o777).toBe(0o600)
    const text = (await readFile(backupFile)).subarray(0, 400).toString('utf8')
    expect(text.startsWith('TRYGGHETSKARTAN-BACKUP\n')).toBe(true)
    expect(text).toContain(`"app_version":"${appVersion}"`)
  })

  it('restores it into a fresh database: every table has the same rows, and the server needs no migration', async () => {
    const restored = await restoreBackup(target.settings, backupFile, { replace: false })
    expect(restored.header.backend).toBe(backend)
    expect(await checksumsOf(target.settings)).toEqual(sourceChecksums)
    expect(Object.keys(sourceChecksums).length).toBeGreaterThan(30)
    await withDatabase(target.settings, async (db) => {
      expect(await migrate(db)).toEqual([])
      // Identity sequences came along: a new row does not collide with a restored one.
      const [area] = await db.query<{ name: string }>('SELECT name FROM watch_area ORDER BY id LIMIT 1')
      expect(area?.name).toContain('Östra ”åäö” 🏠')
      await db.query(`INSERT INTO job_run (name, started_at, outcome) VALUES ('after-restore', now(), 'ok')`)
    })
  })

  it('refuses a truncated file, a damaged one, another program’s file, a newer version’s and an unreadable payload, changing nothing', async () => {
    const untouched = await checksumsOf(target.settings)
    const whole = await readFile(backupFile)
    const truncated = path.join(scratch, 'truncated.backup')
    await writeFile(truncated, whole.subarray(0, whole.length - 1000))
    const damaged = path.join(scratch, 'damaged.backup')
    const flipped = Buffer.from(whole)
    flipped[flipped.length - 500]! ^= 0xff
    await writeFile(damaged, flipped)
    const foreign = path.join(scratch, 'foreign.backup')
    await writeFile(foreign, 'PGDMP\u0001\u000e\u0000 some other program’s dump')
    const newer = path.join(scratch, 'newer.backup')
    await withEditedHeader(backupFile, newer, (header) => {
      header.app_version = '9.0.0'
      header.migrations = [...(header.migrations as string[]), '998_from_a_newer_app']
    })
    // Whole and with a right checksum, but what is inside is not a database.
    const garbage = path.join(scratch, 'garbage.backup')
    const junk = Buffer.from('not a database dump at all '.repeat(100))
    const { createHash } = await import('node:crypto')
    await withEditedHeader(backupFile, garbage, (header) => {
      header.payload_bytes = junk.length
      header.payload_sha256 = createHash('sha256').update(junk).digest('hex')
    })
    const garbageHead = await readFile(garbage)
    const headerEnd = garbageHead.indexOf('\n', garbageHead.indexOf('\n') + 1) + 1
    await writeFile(garbage, Buffer.concat([garbageHead.subarray(0, headerEnd), junk]))

    const cases: Array<[string, RegExp]> = [
      [truncated, /incomplete or damaged: it should hold \d+ bytes/],
      [damaged, /is damaged: its data does not match the checksum/],
      [foreign, /is not a Trygghetskartan backup/],
      [newer, /made by a newer version of Trygghetskartan \(9\.0\.0\): its database has 998_from_a_newer_app/],
      [path.join(scratch, 'missing.backup'), /There is no file/],
      [garbage, backend === 'server' ? /pg_restore failed/ : /holds no database folder/],
    ]
    for (const [file, message] of cases) {
      const refused = restoreBackup(target.settings, file, { replace: true })
      await expect(refused, path.basename(file)).rejects.toThrow(BackupError)
      await expect(refused, path.basename(file)).rejects.toThrow(message)
      expect(await checksumsOf(target.settings), path.basename(file)).toEqual(untouched)
    }
  })

  it('refuses a backup of the other backend', async () => {
    const other = path.join(scratch, 'other-backend.backup')
    await withEditedHeader(backupFile, other, (header) => {
      header.backend = backend === 'server' ? 'embedded' : 'server'
    })
    await expect(restoreBackup(target.settings, other, { replace: true })).rejects.toThrow(
      backend === 'server' ? /backup of the embedded database/ : /backup of a PostGIS server/,
    )
  })

  it('replaces a database that holds data only with --replace, and then holds exactly the backup', async () => {
    const changed = await checksumsOf(target.settings)
    expect(changed).not.toEqual(sourceChecksums)
    await expect(restoreBackup(target.settings, backupFile, { replace: false })).rejects.toThrow(/already holds a database.*--replace/)
    expect(await checksumsOf(target.settings)).toEqual(changed)

    const restored = await restoreBackup(target.settings, backupFile, { replace: true })
    expect(await checksumsOf(target.settings)).toEqual(sourceChecksums)
    if (backend === 'embedded') {
      // The replaced folder is kept, with the row written after the first restore.
      expect(restored.replacedKeptAt).toBeDefined()
      expect(await checksumsOf({ dataDir: restored.replacedKeptAt! })).toEqual(changed)
    }
  })

  it.runIf(backend === 'embedded')('treats a folder holding anything as not empty, and moves it aside rather than deleting it', async () => {
    const folder = path.join(scratch, 'holds-files')
    await mkdir(path.join(folder, 'notes'), { recursive: true })
    await writeFile(path.join(folder, 'notes', 'todo.txt'), 'keep me')
    await expect(restoreBackup({ dataDir: folder }, backupFile, { replace: false })).rejects.toThrow(/already holds a database.*--replace/)
    expect(await readFile(path.join(folder, 'notes', 'todo.txt'), 'utf8')).toBe('keep me')
    const restored = await restoreBackup({ dataDir: folder }, backupFile, { replace: true })
    expect(await readFile(path.join(restored.replacedKeptAt!, 'notes', 'todo.txt'), 'utf8')).toBe('keep me')
    expect(await checksumsOf({ dataDir: folder })).toEqual(sourceChecksums)
  })

  it.runIf(backend === 'server')('restores as the database’s owner without superuser rights, as the deployment runs it', async () => {
    const role = `trygg_owner_${process.pid}`
    const database = `trygg_restore_owned_${process.pid}`
    await adminQuery(`DROP DATABASE IF EXISTS ${database}`)
    await adminQuery(`DROP ROLE IF EXISTS ${role}`)
    await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD 'p@ss:w/rd?#%+ x'`)
    await adminQuery(`CREATE DATABASE ${database} OWNER ${role}`)
    const asAdmin = await openDatabase({ databaseUrl: withDatabaseName(serverTestUrl!, database), dataDir: scratch })
    await asAdmin.query('CREATE EXTENSION postgis').finally(() => asAdmin.close())
    try {
      const url = new URL(withDatabaseName(serverTestUrl!, database))
      url.username = role
      url.password = encodeURIComponent('p@ss:w/rd?#%+ x')
      const owned = { databaseUrl: url.toString(), dataDir: scratch }
      await restoreBackup(owned, backupFile, { replace: false })
      await restoreBackup(owned, backupFile, { replace: true })
      expect(await checksumsOf(owned)).toEqual(sourceChecksums)
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await adminQuery(`DROP ROLE IF EXISTS ${role}`)
    }
  })

  it.runIf(backend === 'server')('stops both tools and changes nothing when psql refuses a statement midway', async () => {
    const blocked = await emptyTarget(backend, scratch, 'blocked')
    try {
      // Not a table, so the target counts as empty; but CREATE TABLE watch_area fails on it.
      await withDatabase(blocked.settings, (db) => db.query('CREATE TYPE watch_area AS (x integer)'))
      await expect(restoreBackup(blocked.settings, backupFile, { replace: false })).rejects.toThrow(/psql failed.*watch_area/s)
      const [left] = await withDatabase(blocked.settings, (db) =>
        db.query<{ tables: number }>(`SELECT count(*)::integer AS tables FROM pg_tables WHERE schemaname = 'public'`),
      )
      expect(left?.tables).toBe(0)
    } finally {
      await blocked.drop()
    }
  })

  it('the commands say what is wrong in a sentence and exit 1', async () => {
    const run = async (script: string, args: string[]) => {
      const env = { ...process.env, ...('databaseUrl' in target.settings ? { DATABASE_URL: target.settings.databaseUrl } : { DATABASE_URL: '', DATA_DIR: target.settings.dataDir }) }
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const [code] = await once(child, 'exit')
      return { code: code as number, output }
    }
    const refused = await run('scripts/restore.ts', [backupFile])
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('--replace')
    expect(refused.output).not.toContain('    at ')
    const noFile = await run('scripts/restore.ts', [])
    expect(noFile).toMatchObject({ code: 1, output: expect.stringContaining('Name one backup file') })
    const backedUp = await run('scripts/backup.ts', ['--out', path.join(scratch, 'cli.backup')])
    expect(backedUp).toMatchObject({ code: 0, output: expect.stringContaining(`Backed up the ${backend} database`) })
  })
})
