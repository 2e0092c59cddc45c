/**
 * Operations on a large database: backup and restore timed, and how long a server killed with
 * SIGKILL in the middle of a burst of writes needs, restarted, to answer healthy (against a clean
 * restart). The data: `npm run seed:large`'s town (100,000 reports, 5,000 grannsamverkan areas
 * with 20,000 meetings, 500 walks with 10,000 observations, 2,000 measures, 50,000 survey answer
 * sheets), removed again afterwards.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createBackup, restoreBackup } from '../../server/db/backup/backup.ts'
import type { Database } from '../../server/db/database.ts'
import type { DatabaseSettings } from '../../server/db/open-database.ts'
import { openDatabase } from '../../server/db/open-database.ts'
import { withDatabaseName } from '../../tests/support/test-backends.ts'
import { startApp, stopApp, runningApps } from './app-process.ts'
import { generateLargeTown, removeLargeTown } from '../../data/seed/large/large-town.ts'
import { benchReportBody } from './reports-bench.ts'

const BURST_MS = 1500
const BURST_CONNECTIONS = 8

export interface OperationsBench {
  rows: { reports: number; watchAreas: number; meetings: number; walkObservations: number; surveyAnswers: number }
  databaseMegabytes: number
  backupMs: number
  backupMegabytes: number
  restoreMs: number
  /** Reports answered 201 before the kill. */
  writesBeforeKill: number
  restartAfterCrashMs: number
  cleanRestartMs: number
}

export async function benchOperations(settings: DatabaseSettings): Promise<OperationsBench> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'trygg-bench-ops-'))
  const target = restoreTarget(settings, scratch)
  try {
    const db = await openDatabase(settings)
    let rows: OperationsBench['rows']
    let size: { bytes: number } | undefined
    try {
      await generateLargeTown(db)
      rows = await countRows(db)
      ;[size] = await db.query<{ bytes: number }>('SELECT pg_database_size(current_database()) AS bytes')
    } finally {
      // Closed before anything else opens the database: the embedded folder has one owner.
      await db.close()
    }

    const file = path.join(scratch, 'large.backup')
    let started = performance.now()
    await createBackup(settings, file)
    const backupMs = performance.now() - started
    const backupMegabytes = (await stat(file)).size / 1024 / 1024

    await target.create()
    started = performance.now()
    await restoreBackup(target.settings, file, { replace: false })
    const restoreMs = performance.now() - started
    const restored = await openDatabase(target.settings)
    const restoredRows = await countRows(restored).finally(() => restored.close())
    if (JSON.stringify(restoredRows) !== JSON.stringify(rows)) throw new Error(`the restored database differs: ${JSON.stringify(restoredRows)}`)

    const crash = await restartAfterCrash(settings)
    return { rows, databaseMegabytes: (size?.bytes ?? 0) / 1024 / 1024, backupMs, backupMegabytes, restoreMs, ...crash }
  } finally {
    const cleanup = await openDatabase(settings)
    try {
      // The reports sent in the burst carry the same text as the generated ones and go with them.
      await removeLargeTown(cleanup)
    } finally {
      await cleanup.close()
    }
    await target.drop()
    await rm(scratch, { recursive: true, force: true })
  }
}

async function countRows(db: Database): Promise<OperationsBench['rows']> {
  const [row] = await db.query<OperationsBench['rows']>(
    `SELECT (SELECT count(*)::integer FROM report) AS "reports", (SELECT count(*)::integer FROM watch_area) AS "watchAreas",
            (SELECT count(*)::integer FROM meeting) AS "meetings", (SELECT count(*)::integer FROM walk_observation) AS "walkObservations",
            (SELECT count(*)::integer FROM survey_answer) AS "surveyAnswers"`,
  )
  return row!
}

/** A fresh database beside the bench's: a new folder, or a new database on the same server. */
function restoreTarget(settings: DatabaseSettings, scratch: string) {
  if (!settings.databaseUrl) {
    return { settings: { dataDir: path.join(scratch, 'restored') }, create: async () => {}, drop: async () => {} }
  }
  const name = 'trygg_bench_restore'
  const admin = withDatabaseName(settings.databaseUrl, 'postgres')
  const run = async (sql: string) => {
    const db = await openDatabase({ databaseUrl: admin, dataDir: scratch })
    await db.query(sql).finally(() => db.close())
  }
  return {
    settings: { databaseUrl: withDatabaseName(settings.databaseUrl, name), dataDir: scratch },
    create: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await run(`CREATE DATABASE ${name}`)
    },
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

/** Reports sent from several connections; SIGKILL mid-burst; then the restart timed until healthy. */
async function restartAfterCrash(settings: DatabaseSettings) {
  const env: Record<string, string> = settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATA_DIR: settings.dataDir, DATABASE_URL: '' }
  const limits = { REPORT_RATE_LIMIT: '100000000', PUBLIC_WRITE_RATE_LIMIT: '100000000' }
  const app = await startApp({ ...env, ...limits })
  let writesBeforeKill = 0
  let killed = false
  const sender = async () => {
    while (!killed) {
      const answer = await fetch(`${app.url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: benchReportBody }).catch(
        () => undefined,
      )
      if (answer?.status === 201) writesBeforeKill++
      await answer?.arrayBuffer().catch(() => undefined)
    }
  }
  const senders = Array.from({ length: BURST_CONNECTIONS }, sender)
  await new Promise((resolve) => setTimeout(resolve, BURST_MS))
  const exited = new Promise((resolve) => app.child.once('exit', resolve))
  app.child.kill('SIGKILL')
  killed = true
  runningApps.delete(app.child)
  await exited
  await Promise.all(senders)

  const afterCrash = await startApp(env)
  await stopApp(afterCrash.child)
  const clean = await startApp(env)
  await stopApp(clean.child)
  return { writesBeforeKill, restartAfterCrashMs: afterCrash.startMs, cleanRestartMs: clean.startMs }
}
