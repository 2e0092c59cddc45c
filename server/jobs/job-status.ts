import type { Database } from '../db/database.ts'
import type { JobStatus } from '../shared/api/job-schemas.ts'
import type { serverJobs } from './jobs.ts'

interface JobRunRow {
  name: string
  started_at: Date
  finished_at: Date | null
  outcome: 'running' | 'ok' | 'failed'
  message: string
}

/** Each job with its schedule and its last run on this database (whichever process ran it). */
export async function listJobStatus(db: Database, jobs: ReturnType<typeof serverJobs>): Promise<JobStatus[]> {
  const rows = await db.query<JobRunRow>('SELECT name, started_at, finished_at, outcome, message FROM job_run')
  const runs = new Map(rows.map((row) => [row.name, row]))
  return jobs.map((job) => {
    const run = runs.get(job.name)
    return {
      name: job.name,
      every_minutes: job.everyMinutes,
      last_run: run
        ? {
            started_at: run.started_at.toISOString(),
            finished_at: run.finished_at?.toISOString() ?? null,
            outcome: run.outcome,
            message: run.message,
          }
        : null,
    }
  })
}
