import { z } from 'zod'

/** The background jobs the server runs; `server/jobs/jobs.ts` defines what each one does. */
export const jobNames = ['report-retention'] as const
export type JobName = (typeof jobNames)[number]

export const jobParams = z.object({ name: z.string().max(100) }).strict()

/** A job as the admin screen shows it: how often it runs, and its last run. */
export interface JobStatus {
  name: JobName
  every_minutes: number
  /** Null until it has run once on this database. */
  last_run: {
    started_at: string
    finished_at: string | null
    outcome: 'running' | 'ok' | 'failed'
    message: string
  } | null
}

export interface JobList {
  jobs: JobStatus[]
}
