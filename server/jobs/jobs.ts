import type { Config } from '../config.ts'
import { applyRetention } from '../reports/retention.ts'
import type { JobName } from '../shared/api/job-schemas.ts'
import type { BackgroundJob } from './background-jobs.ts'

export type JobSettings = Pick<Config, 'reportRetentionMonths'>

/** Every background job the server runs. */
export function serverJobs(config: JobSettings): (BackgroundJob & { name: JobName })[] {
  return [
    {
      name: 'report-retention',
      everyMinutes: 60,
      async run(db) {
        const removed = await applyRetention(db, config.reportRetentionMonths)
        return `text removed from ${removed.reports} reports, ${removed.incidents} staff incidents and ${removed.surveyTexts} survey answers`
      },
    },
  ]
}
