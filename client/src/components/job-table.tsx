import { useTranslation } from 'react-i18next'
import type { JobName, JobStatus } from '../../../server/shared/api/job-schemas.ts'
import { JobRow } from './job-row.tsx'

interface JobTableProps {
  jobs: readonly JobStatus[]
  /** The job being run now from this page; every "Kör nu" waits until it is done. */
  busy: JobName | null
  onRun(name: JobName): void
}

/** Every background job in a table with real headers; on a phone each row becomes a card (app.css). */
export function JobTable({ jobs, busy, onRun }: JobTableProps) {
  const { t } = useTranslation()
  return (
    <table className="data-table job-table">
      <caption className="visually-hidden">{t('operations.jobsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('operations.job')}</th>
          <th scope="col">{t('operations.schedule')}</th>
          <th scope="col">{t('operations.lastRun')}</th>
          <th scope="col">{t('operations.outcome')}</th>
          <th scope="col">{t('operations.message')}</th>
          <th scope="col">{t('operations.action')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <JobRow key={job.name} job={job} busy={busy} onRun={onRun} />
        ))}
      </tbody>
    </table>
  )
}
