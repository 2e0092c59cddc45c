/**
 * The embedded database's backup is its data folder, as PGlite's own dump makes it (a gzipped
 * tarball). Both directions take the folder's lock, so they refuse while a server uses it.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { LOCK_FILE, lockDataDir } from '../data-dir-lock.ts'
import { BackupError, notEmpty } from './backup-file.ts'

/** Writes the folder's tarball to `payloadFile`; returns the database's migrations. */
export async function dumpEmbedded(dataDir: string, payloadFile: string): Promise<string[]> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupError(`There is no database in ${dataDir} to back up.`)
  const unlock = await lockDataDir(dataDir)
  try {
    const pglite = await PGlite.create(dataDir, { extensions: { postgis } })
    try {
      const migrations = await migrationsOf(pglite)
      const tarball = await pglite.dumpDataDir('gzip')
      await writeFile(payloadFile, Buffer.from(await tarball.arrayBuffer()))
      return migrations
    } finally {
      await pglite.close()
    }
  } finally {
    await unlock()
  }
}

export interface EmbeddedRestore {
  /** Where the database that was replaced now lies, when there was one. */
  replacedKeptAt: string | undefined
}

/**
 * Unpacks the tarball into a new folder beside `dataDir` and opens it once; only when that worked
 * does it take the folder's place. Whatever was in the folder is moved aside, never deleted, and
 * put back if the new one cannot take its place.
 */
export async function restoreEmbedded(dataDir: string, payload: Buffer, replace: boolean): Promise<EmbeddedRestore> {
  const folderExisted = existsSync(dataDir)
  const unlock = await lockDataDir(dataDir)
  let swapped = false
  try {
    const existing = await holdsAnything(dataDir)
    if (existing && !replace) throw notEmpty(dataDir)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const fresh = `${dataDir}.restoring-${stamp}`
    try {
      const tarball = await unpackedTarball(payload)
      const pglite = await PGlite.create(fresh, { extensions: { postgis }, loadDataDir: new Blob([new Uint8Array(tarball)]) })
      try {
        await migrationsOf(pglite)
      } finally {
        await pglite.close()
      }
      // The tarball may carry the lock of the process that made it.
      await rm(path.join(fresh, LOCK_FILE), { force: true })
    } catch (error) {
      await rm(fresh, { recursive: true, force: true })
      if (error instanceof BackupError) throw error
      throw new BackupError(`The backup's database could not be opened (${(error as Error).message}); ${dataDir} is unchanged.`)
    }
    const replacedKeptAt = await swapIn(dataDir, fresh, existing ? `${dataDir}.before-restore-${stamp}` : undefined)
    swapped = true
    return { replacedKeptAt }
  } finally {
    await unlock()
    // A refused restore into a folder that did not exist leaves none behind.
    if (!swapped && !folderExisted) await rmdir(dataDir).catch(() => undefined)
  }
}

/** Anything in the folder but our lock file: a database, or files someone put there. */
async function holdsAnything(dataDir: string): Promise<boolean> {
  return (await readdir(dataDir)).some((name) => name !== LOCK_FILE)
}

/** Moves `dataDir` to `aside` (or removes it when it was empty) and `fresh` to its place; undoes the first step if the second fails. */
async function swapIn(dataDir: string, fresh: string, aside: string | undefined): Promise<string | undefined> {
  try {
    if (aside) await rename(dataDir, aside)
    else {
      await rm(path.join(dataDir, LOCK_FILE), { force: true })
      await rmdir(dataDir)
    }
  } catch (error) {
    await rm(fresh, { recursive: true, force: true })
    throw new BackupError(
      `${dataDir} could not be moved aside (${(error as Error).message}); it is unchanged. A mount point cannot be renamed: set DATA_DIR to a folder inside it.`,
    )
  }
  try {
    await rename(fresh, dataDir)
  } catch (error) {
    if (aside) await rename(aside, dataDir)
    await rm(fresh, { recursive: true, force: true })
    throw new BackupError(`The restored database could not take the place of ${dataDir} (${(error as Error).message}); ${dataDir} is as it was.`)
  }
  if (aside) await rm(path.join(aside, LOCK_FILE), { force: true })
  return aside
}

/**
 * The gzipped tarball, unzipped and checked here: PGlite's own unpacking of something else fails
 * outside any promise this code could catch.
 */
async function unpackedTarball(payload: Buffer): Promise<Buffer> {
  const tarball = await promisify(gunzip)(payload).catch(() => undefined)
  // Every tar entry's header has "ustar" at byte 257.
  if (!tarball || tarball.subarray(257, 262).toString('latin1') !== 'ustar') {
    throw new BackupError('The backup holds no database folder (its data is not a gzipped tarball).')
  }
  return tarball
}

export const readPayload = (file: string, offset: number) => readFile(file).then((whole) => whole.subarray(offset))

async function migrationsOf(pglite: PGlite): Promise<string[]> {
  try {
    const result = await pglite.query<{ version: string }>('SELECT version FROM schema_migration ORDER BY version')
    return result.rows.map((row) => row.version)
  } catch {
    throw new BackupError('The database holds no Trygghetskartan schema (no schema_migration table).')
  }
}
