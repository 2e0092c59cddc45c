import { conflict, notFound } from '../errors.ts'
import { runJob } from '../jobs/background-jobs.ts'
import { listJobStatus } from '../jobs/job-status.ts'
import { serverJobs } from '../jobs/jobs.ts'
import { jobParams } from '../shared/api/job-schemas.ts'
import type { JobList } from '../shared/api/job-schemas.ts'
import { defineRoute } from './api-route.ts'

/** The admin screen's background jobs: their last runs, and running one now. */
export const jobRoutes = [
  defineRoute({
    method: 'get',
    path: '/jobs',
    access: ['admin'],
    async handle({ deps }) {
      const body: JobList = { jobs: await listJobStatus(deps.db, serverJobs(deps.config)) }
      return { body }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/jobs/:name/run',
    access: ['admin'],
    params: jobParams,
    async handle({ params, deps }) {
      const jobs = serverJobs(deps.config)
      const job = jobs.find((candidate) => candidate.name === params.name)
      if (!job) throw notFound('no_such_job', `Det finns inget jobb som heter ${params.name}.`, `There is no job called ${params.name}.`)
      const start = await runJob(deps.db, job, deps.logger, deps.metrics, { force: true })
      if (start === 'running_elsewhere') {
        throw conflict(
          'job_running',
          'Jobbet körs redan (av den här eller en annan serverprocess). Försök igen när det är klart.',
          'The job is already running (in this or another server process). Try again when it has finished.',
        )
      }
      const body: JobList = { jobs: await listJobStatus(deps.db, jobs) }
      return { body }
    },
  }),
]
