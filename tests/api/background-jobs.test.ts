/**
 * Background jobs claim their row in job_run before running, so two server processes on one
 * database never run the same job at once, nor twice in one interval; the outcome is kept for the
 * admin screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BackgroundJob } from '../../server/jobs/background-jobs.ts'
import { runJob } from '../../server/jobs/background-jobs.ts'
import { createLogger } from '../../server/logger.ts'
import { createMetrics } from '../../server/metrics/metrics.ts'
import { backends } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'
import type { Database } from '../../server/db/database.ts'

const logger = createLogger('silent')
const metrics = createMetrics()

describe.each(backends)('background jobs on the %s database', (backend) => {
  let db: Database
  let drop: () => Promise<void>

  beforeAll(async () => {
    ;({ db, drop } = await openTestDatabase(backend))
  })
  afterAll(() => drop())

  const lastRun = async (name: string) =>
    (await db.query<{ outcome: string; message: string; finished: boolean }>(
      'SELECT outcome, message, finished_at IS NOT NULL AS finished FROM job_run WHERE name = $1',
      [name],
    ))[0]

  it('runs a job once when two runners start it together, and records the outcome', async () => {
    let runs = 0
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const job: BackgroundJob = {
      name: 'test-once',
      everyMinutes: 60,
      async run() {
        runs++
        await held
        return 'done'
      },
    }
    const first = runJob(db, job, logger, metrics)
    // The first claim is in before the second runner tries.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const second = await runJob(db, job, logger, metrics)
    release()
    expect([await first, second]).toEqual(['ran', 'running_elsewhere'])
    expect(runs).toBe(1)
    expect(await lastRun('test-once')).toEqual({ outcome: 'ok', message: 'done', finished: true })
    // Another process's timer within the interval does not run it again; the admin's run-now does.
    expect(await runJob(db, job, logger, metrics)).toBe('not_due')
    expect(runs).toBe(1)
    expect(await runJob(db, job, logger, metrics, { force: true })).toBe('ran')
    expect(runs).toBe(2)
  })

  it('runs a job again once its interval has passed since the last run began', async () => {
    let runs = 0
    const job: BackgroundJob = { name: 'test-due', everyMinutes: 60, run: async () => `run ${++runs}` }
    expect(await runJob(db, job, logger, metrics)).toBe('ran')
    await db.query(`UPDATE job_run SET started_at = now() - interval '55 minutes' WHERE name = 'test-due'`)
    expect(await runJob(db, job, logger, metrics)).toBe('ran')
    expect((await lastRun('test-due'))?.message).toBe('run 2')
  })

  it('throws, rather than saying it is busy, when the database cannot be asked', async () => {
    const job: BackgroundJob = { name: 'test-no-database', everyMinutes: 60, run: async () => 'never' }
    const broken = { ...db, query: () => Promise.reject(new Error('connection refused')) }
    await expect(runJob(broken, job, logger, metrics)).rejects.toThrow('connection refused')
  })

  it('records its outcome only on its own claim, not on one that took over since', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const slow: BackgroundJob = { name: 'test-taken-over', everyMinutes: 60, run: async () => (await held, 'the first, late') }
    const first = runJob(db, slow, logger, metrics)
    await new Promise((resolve) => setTimeout(resolve, 200))
    // Another process took the claim over (as after an hour), and is still running.
    await db.query(`UPDATE job_run SET started_at = now() + interval '1 second', message = 'the second' WHERE name = 'test-taken-over'`)
    release()
    expect(await first).toBe('ran')
    expect(await lastRun('test-taken-over')).toEqual({ outcome: 'running', message: 'the second', finished: false })
  })

  it('records a failure with its message, and the next run is not blocked by it', async () => {
    const failing: BackgroundJob = { name: 'test-fails', everyMinutes: 60, run: () => Promise.reject(new Error('disk full')) }
    expect(await runJob(db, failing, logger, metrics)).toBe('ran')
    expect(await lastRun('test-fails')).toEqual({ outcome: 'failed', message: 'disk full', finished: true })
    expect(await runJob(db, failing, logger, metrics, { force: true })).toBe('ran')
  })

  it('takes over a claim left by a process that died an hour ago', async () => {
    await db.query(`INSERT INTO job_run (name, started_at, outcome) VALUES ('test-stale', now() - interval '2 hours', 'running')`)
    const job: BackgroundJob = { name: 'test-stale', everyMinutes: 60, run: async () => 'recovered' }
    expect(await runJob(db, job, logger, metrics)).toBe('ran')
    expect((await lastRun('test-stale'))?.message).toBe('recovered')
  })
})
