import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

export const LOCK_FILE = 'trygghetskartan.lock'

/** Another running process holds the folder. */
export class DataDirInUseError extends Error {}

/**
 * Claims an embedded database folder for this process: PGlite is a single-process database and
 * two processes writing one folder would corrupt it (a server and `npm run seed`, say). A lock
 * left by a process that no longer runs is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(lockPath, 'wx')
      await file.writeFile(String(process.pid))
      await file.close()
      // Only our own lock: a restore may have moved ours away with the folder.
      return async () => {
        if (Number(await readFile(lockPath, 'utf8').catch(() => '')) === process.pid) await rm(lockPath, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(await readFile(lockPath, 'utf8').catch(() => ''))
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new DataDirInUseError(
          `The database folder ${dataDir} is in use by process ${owner}. Stop that process (the server, or npm run seed) first.`,
          { cause: error },
        )
      }
      await rm(lockPath, { force: true })
    }
  }
  throw new Error(`Could not lock the database folder ${dataDir}`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
