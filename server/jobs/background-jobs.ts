/**
 * Background jobs run inside the server on a timer. A run first claims the job's row in job_run
 * (one atomic statement, so of two server processes on one database only one gets it; the other
 * skips), then records its outcome there for the admin screen. A claim left by a process that
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
    const tick = () => void runJob(db, job, logger, metrics)
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

/** Runs a job once unless another process is running it; returns false when it was skipped. */
export async function runJob(db: Database, job: BackgroundJob, logger: Logger, metrics: Metrics): Promise<boolean> {
  try {
    const claimed = await db.query(
      `INSERT INTO job_run (name, started_at, outcome) VALUES ($1, now(), 'running')
       ON CONFLICT (name) DO UPDATE SET started_at = now(), finished_at = NULL, outcome = 'running', message = ''
        WHERE job_run.outcome <> 'running' OR job_run.started_at < now() - interval '${STALE_CLAIM}'
       RETURNING name`,
      [job.name],
    )
    if (claimed.length === 0) {
      metrics.jobRuns.inc({ job: job.name, outcome: 'skipped' })
      return false
    }
  } catch (error) {
    // The database may be closing (shutdown); the next tick tries again.
    logger.warn({ job: job.name, err: error }, 'background job could not start')
    return false
  }
  const endTimer = metrics.jobDuration.startTimer({ job: job.name })
  try {
    const message = await job.run(db)
    await finish(db, job.name, 'ok', message)
    endTimer()
    metrics.jobRuns.inc({ job: job.name, outcome: 'ok' })
    metrics.jobLastSuccess.set({ job: job.name }, Date.now() / 1000)
    logger.info({ job: job.name, message }, 'background job done')
  } catch (error) {
    endTimer()
    metrics.jobRuns.inc({ job: job.name, outcome: 'failed' })
    logger.error({ job: job.name, err: error }, 'background job failed')
    await finish(db, job.name, 'failed', error instanceof Error ? error.message : String(error)).catch(() => undefined)
  }
  return true
}

async function finish(db: Database, name: string, outcome: 'ok' | 'failed', message: string): Promise<void> {
  await db.query(`UPDATE job_run SET finished_at = now(), outcome = $2, message = $3 WHERE name = $1`, [name, outcome, message])
}
