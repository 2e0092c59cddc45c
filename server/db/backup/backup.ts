/** `npm run backup` and `npm run restore` for whichever backend the configuration names. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { appVersion } from '../../app-version.ts'
import type { DatabaseKind } from '../database.ts'
import { readMigrations } from '../migrate.ts'
import type { DatabaseSettings } from '../open-database.ts'
import { BackupError, checkBackupFile, writeBackupFile } from './backup-file.ts'
import type { BackupHeader } from './backup-file.ts'
import { dumpEmbedded, readPayload, restoreEmbedded } from './embedded-backup.ts'
import { dumpServer, restoreServer } from './server-backup.ts'

const kindOf = (settings: DatabaseSettings): DatabaseKind => (settings.databaseUrl ? 'server' : 'embedded')

/** Backs up the database to `file`; its header says when, by which version, and of which schema. */
export async function createBackup(settings: DatabaseSettings, file: string): Promise<BackupHeader> {
  const folder = path.dirname(path.resolve(file))
  await mkdir(folder, { recursive: true })
  // The payload waits in a folder only this user can read (mkdtemp makes it 0700).
  const scratch = await mkdtemp(path.join(folder, '.backup-'))
  const payloadFile = path.join(scratch, 'payload')
  try {
    const migrations = settings.databaseUrl
      ? await dumpServer(settings.databaseUrl, payloadFile)
      : await dumpEmbedded(settings.dataDir, payloadFile)
    const created = { app_version: appVersion, created_at: new Date().toISOString(), backend: kindOf(settings), migrations }
    return await writeBackupFile(file, created, payloadFile)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

export interface RestoreOptions {
  /** Replace a database that already holds data (otherwise refused). */
  replace: boolean
}

export interface Restored {
  header: BackupHeader
  /** Embedded only: where the replaced database folder was moved. */
  replacedKeptAt?: string | undefined
}

/** Checks the file completely, then restores it; on any error the target is as it was. */
export async function restoreBackup(settings: DatabaseSettings, file: string, options: RestoreOptions): Promise<Restored> {
  const known = (await readMigrations()).map((migration) => migration.version)
  const { header, payloadOffset } = await checkBackupFile(file, known)
  const target = kindOf(settings)
  if (header.backend !== target) {
    throw new BackupError(
      header.backend === 'server'
        ? `${file} is a backup of a PostGIS server (pg_dump): restore it with DATABASE_URL set to a server.`
        : `${file} is a backup of the embedded database: restore it with DATABASE_URL unset (into DATA_DIR).`,
    )
  }
  if (settings.databaseUrl) {
    await restoreServer(settings.databaseUrl, file, payloadOffset, options.replace)
    return { header }
  }
  const { replacedKeptAt } = await restoreEmbedded(settings.dataDir, await readPayload(file, payloadOffset), options.replace)
  return { header, replacedKeptAt }
}
