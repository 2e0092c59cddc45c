/**
 * A backup file: one line that says what it is, one line of JSON that says what is inside
 * (app version, date, backend, the database's migrations, the payload's size and SHA-256), then
 * the payload: a `pg_dump` in custom format, or a gzipped tarball of an embedded data folder.
 * Restore checks all of it before touching the target, so a truncated file, another program's
 * file or a newer version's backup is refused with a message and changes nothing.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { DatabaseKind } from '../database.ts'

const MAGIC = 'TRYGGHETSKARTAN-BACKUP'
const FORMAT = 1
/** The header is small; anything longer before the second newline is not our file. */
const MAX_HEADER_BYTES = 64 * 1024

export interface BackupHeader {
  format: number
  app_version: string
  created_at: string
  backend: DatabaseKind
  /** The database's applied migrations, oldest first; the last is its schema version. */
  migrations: string[]
  payload_bytes: number
  payload_sha256: string
}

export class BackupError extends Error {}

export const notEmpty = (where: string) =>
  new BackupError(`${where} already holds a database. Restoring replaces all of it: run again with --replace if that is what you want.`)

/** Writes header and payload to `file` through a temporary name, so a half-written file never has the real name. */
export async function writeBackupFile(
  file: string,
  header: Omit<BackupHeader, 'format' | 'payload_bytes' | 'payload_sha256'>,
  payloadFile: string,
): Promise<BackupHeader> {
  const { bytes, sha256 } = await digestOf(payloadFile)
  const full: BackupHeader = { format: FORMAT, ...header, payload_bytes: bytes, payload_sha256: sha256 }
  const partial = `${file}.partial`
  try {
    // The whole database is in it, password hashes included: readable by its owner only.
    const out = createWriteStream(partial, { mode: 0o600 })
    out.write(`${MAGIC}\n${JSON.stringify(full)}\n`)
    await pipeline(createReadStream(payloadFile), out)
    await syncToDisk(partial)
    await rename(partial, file)
    await syncToDisk(path.dirname(file))
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return full
}

/** Flushes a file (or a folder's entries) to the disk, so a backup said to be written survives a power cut. */
async function syncToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export interface CheckedBackup {
  header: BackupHeader
  /** Where the payload starts in the file. */
  payloadOffset: number
}

/**
 * Reads and checks a backup file: ours, whole (size and checksum), and of a schema this version
 * knows (`knownMigrations`). Throws a BackupError saying what is wrong.
 */
export async function checkBackupFile(file: string, knownMigrations: readonly string[]): Promise<CheckedBackup> {
  const { header, payloadOffset } = await readHeader(file)
  const size = (await stat(file)).size - payloadOffset
  if (size !== header.payload_bytes) {
    throw new BackupError(
      `${file} is incomplete or damaged: it should hold ${header.payload_bytes} bytes of data after its header, and holds ${size}. ` +
        'A copy that was cut off (a full disk, an interrupted transfer) cannot be restored; use another backup.',
    )
  }
  const { sha256 } = await digestOf(file, payloadOffset)
  if (sha256 !== header.payload_sha256) {
    throw new BackupError(`${file} is damaged: its data does not match the checksum written when it was made. Use another backup.`)
  }
  const known = new Set(knownMigrations)
  const unknown = header.migrations.filter((version) => !known.has(version))
  if (unknown.length > 0) {
    throw new BackupError(
      `${file} was made by a newer version of Trygghetskartan (${header.app_version}): its database has ${unknown.join(', ')}, ` +
        `which this version does not know. Restore it with that version or a later one.`,
    )
  }
  return { header, payloadOffset }
}

async function readHeader(file: string): Promise<CheckedBackup> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(error.code === 'ENOENT' ? `There is no file ${file}.` : `${file} cannot be read: ${error.message}`)
  })
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER_BYTES, 0)
    const start = buffer.subarray(0, bytesRead)
    const firstEnd = start.indexOf('\n')
    const secondEnd = firstEnd < 0 ? -1 : start.indexOf('\n', firstEnd + 1)
    if (firstEnd < 0 || start.subarray(0, firstEnd).toString('utf8') !== MAGIC || secondEnd < 0) {
      throw new BackupError(`${file} is not a Trygghetskartan backup (made by npm run backup).`)
    }
    const header = parseHeader(start.subarray(firstEnd + 1, secondEnd).toString('utf8'))
    if (!header) throw new BackupError(`${file} has a damaged header: it is not a backup this version can read.`)
    if (header.format > FORMAT) {
      throw new BackupError(`${file} is in a newer backup format (${header.format}) by Trygghetskartan ${header.app_version}; restore it with that version.`)
    }
    return { header, payloadOffset: secondEnd + 1 }
  } finally {
    await handle.close()
  }
}

function parseHeader(text: string): BackupHeader | undefined {
  let value: Partial<BackupHeader>
  try {
    value = JSON.parse(text) as Partial<BackupHeader>
  } catch {
    return undefined
  }
  const valid =
    typeof value.format === 'number' &&
    typeof value.app_version === 'string' &&
    typeof value.created_at === 'string' &&
    (value.backend === 'embedded' || value.backend === 'server') &&
    Array.isArray(value.migrations) &&
    value.migrations.every((version) => typeof version === 'string') &&
    Number.isSafeInteger(value.payload_bytes) &&
    typeof value.payload_sha256 === 'string'
  return valid ? (value as BackupHeader) : undefined
}

async function digestOf(file: string, start = 0): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file, { start })) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { bytes, sha256: hash.digest('hex') }
}
