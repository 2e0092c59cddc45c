import { BackupError } from '../server/db/backup/backup-file.ts'
import { ConfigError } from '../server/config.ts'
import { DataDirInUseError } from '../server/db/data-dir-lock.ts'

/** Runs a command-line tool's work: a known problem prints its message and exits 1, anything else its stack. */
export async function runCommand(work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    const known =
      error instanceof BackupError ||
      error instanceof ConfigError ||
      error instanceof DataDirInUseError ||
      // The system's own refusals (ENOSPC: the disk is full, EACCES, ENOTDIR …) say enough in their message.
      /^(E[A-Z]+|ERR_PARSE_ARGS_.*)$/.test(String((error as { code?: unknown }).code))
    console.error(known ? (error as Error).message : error)
    process.exitCode = 1
  }
}
