/**
 * Background jobs run inside the server on a timer. A run first claims the job's row in job_run
 * (one atomic statement, so of two server processes on one database only one gets it; the other
 * skips, and a job that ran less than its interval ago is not run again by another process's
 * timer), then records its outcome there for the admin screen. A claim left by a process that
 * died is taken over after STALE_CLAIM.
 */
import type { Database } from '../db/database.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'

export interface BackgroundJob {
  name: string
  /** How often it runs. */
  everyMinutes: number
  /** Does the work; what it returns is kept as the run's message. */
  run(db: Database): Promise<string>
}

export interface JobRunner {
  stop(): void
}

export function startJobs(db: Database, jobs: readonly BackgroundJob[], logger: Logger, metrics: Metrics): JobRunner {
  const timers = jobs.map((job) => {
    const tick = () =>
      void runJob(db, job, logger, metrics).catch((error: unknown) =>
        // The database may be closing (shutdown) or unreachable; the next tick tries again.
        logger.warn({ job: job.name, err: error }, 'background job could not start'),
      )
    // The first run soon after start, so a server restarted often still does the work.
    const first = setTimeout(tick, 5_000)
    const every = setInterval(tick, job.everyMinutes * 60_000)
    first.unref()
    every.unref()
    return [first, every]
  })
  return { stop: () => timers.flat().forEach((timer) => clearTimeout(timer)) }
}

const STALE_CLAIM = '1 hour'

/**
 * What became of a request to run a job: it ran (and recorded its outcome), another process is
 * running it, or it ran less than its interval ago (each process has its own timer, but the job
 * runs once per interval in all).
 */
export type JobStart = 'ran' | 'running_elsewhere' | 'not_due'

export interface RunOptions {
  /** Run even if it ran less than its interval ago (the admin's "run now"). */
  force?: boolean
}

/** Runs a job once unless another process is running it or, without `force`, it is not yet due. A database error while claiming is thrown. */
export async function runJob(db: Database, job: BackgroundJob, logger: Logger, metrics: Metrics, options: RunOptions = {}): Promise<JobStart> {
  // A run that started within 90 % of the interval counts as this interval's, so timers that
  // drift a little do not skip a turn.
  const dueAfterSeconds = options.force ? 0 : Math.floor(job.everyMinutes * 60 * 0.9)
  // The claim's time as text: a JavaScript Date would drop its microseconds and match no row.
  const [claimed] = await db.query<{ started_at: string }>(
    `INSERT INTO job_run (name, started_at, outcome) VALUES ($1, now(), 'running')
     ON CONFLICT (name) DO UPDATE SET started_at = now(), finished_at = NULL, outcome = 'running', message = ''
      WHERE (job_run.outcome <> 'running' AND job_run.started_at <= now() - make_interval(secs => $2))
         OR (job_run.outcome = 'running' AND job_run.started_at < now() - interval '${STALE_CLAIM}')
     RETURNING started_at::text`,
    [job.name, dueAfterSeconds],
  )
  if (!claimed) {
    const [row] = await db.query<{ outcome: string }>('SELECT outcome FROM job_run WHERE name = $1', [job.name])
    const start: JobStart = row?.outcome === 'running' ? 'running_elsewhere' : 'not_due'
    metrics.jobRuns.inc({ job: job.name, outcome: start === 'running_elsewhere' ? 'skipped' : 'not_due' })
    return start
  }
  const endTimer = metrics.jobDuration.startTimer({ job: job.name })
  try {
    const message = await job.run(db)
    await finish(db, job.name, claimed.started_at, 'ok', message)
    endTimer()
    metrics.jobRuns.inc({ job: job.name, outcome: 'ok' })
    metrics.jobLastSuccess.set({ job: job.name }, Date.now() / 1000)
    logger.info({ job: job.name, message }, 'background job done')
  } catch (error) {
    endTimer()
    metrics.jobRuns.inc({ job: job.name, outcome: 'failed' })
    logger.error({ job: job.name, err: error }, 'background job failed')
    await finish(db, job.name, claimed.started_at, 'failed', error instanceof Error ? error.message : String(error)).catch(() => undefined)
  }
  return 'ran'
}

/** Records the outcome on the claim this run made, not on a later one that took over a stale claim. */
async function finish(db: Database, name: string, startedAt: string, outcome: 'ok' | 'failed', message: string): Promise<void> {
  await db.query(`UPDATE job_run SET finished_at = now(), outcome = $3, message = $4 WHERE name = $1 AND started_at = $2::timestamptz`, [
    name,
    startedAt,
    outcome,
    message,
  ])
}
