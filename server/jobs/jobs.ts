import type { Config } from '../config.ts'
import { applyRetention } from '../reports/retention.ts'
import type { BackgroundJob } from './background-jobs.ts'

/** Every background job the server runs. */
export function serverJobs(config: Pick<Config, 'reportRetentionMonths'>): BackgroundJob[] {
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
