import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobName, JobStatus } from '../../../server/shared/api/job-schemas.ts'
import { JobTable } from '../components/job-table.tsx'
import { ServerHealth } from '../components/server-health.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { ApiError } from '../data/api-client.ts'
import { listJobs, runJobNow } from '../data/staff-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Admins only: the server's background jobs (with "Kör nu") and the app's and database's state. */
export function AdminOperationsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('operations.title'))
  return (
    <StaffGate heading={t('operations.heading')} roles={['admin']}>
      <Operations />
    </StaffGate>
  )
}

function Operations() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [jobs, setJobs] = useState<JobStatus[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [busy, setBusy] = useState<JobName | null>(null)
  const [runError, setRunError] = useState<string | null>(null)
  const [ran, announceRan] = useStatus()

  useEffect(() => {
    let current = true
    listJobs(call).then(
      (list) => current && setJobs(list),
      (error: unknown) => current && setLoadError(error ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call])

  const run = async (name: JobName) => {
    const job = t(`operations.jobs.${name}.label`)
    setBusy(name)
    setRunError(null)
    try {
      const list = await runJobNow(call, name)
      setJobs(list)
      const outcome = list.find((candidate) => candidate.name === name)?.last_run?.outcome
      announceRan(t(outcome === 'failed' ? 'operations.ranFailed' : outcome === 'running' ? 'operations.ranStillRunning' : 'operations.ranOk', { job }))
    } catch (error) {
      setRunError(t('operations.runError', { job, message: errorMessage(error, context) }))
      // Another process runs it: show that run, so the table agrees with the message.
      if (error instanceof ApiError && error.code === 'job_running') {
        await listJobs(call).then(setJobs, () => undefined)
      }
    } finally {
      setBusy(null)
    }
  }

  return (
    <article className="staff-page staff-page--wide">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('operations.heading')}
      </h1>
      <p className="text-page__lead">{t('operations.intro')}</p>

      <section className="staff-section" aria-labelledby="health-heading">
        <h2 id="health-heading">{t('operations.healthHeading')}</h2>
        <ServerHealth />
      </section>

      <section className="staff-section" aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t('operations.jobsHeading')}</h2>
        <div role="status" className="status-region">
          {!jobs && loadError === null && <p>{t('operations.jobsLoading')}</p>}
        </div>
        {loadError !== null && (
          <p role="alert" className="message message--error">
            {t('operations.jobsLoadError', { message: errorMessage(loadError, context) })}
          </p>
        )}
        {/* A failed run replaces the previous run's "done". */}
        <StatusRegion message={runError ? null : ran} />
        <div role="alert" className="status-region">
          {runError && <p className="message message--error">{runError}</p>}
        </div>
        {jobs && <JobTable jobs={jobs} busy={busy} onRun={(name) => void run(name)} />}
      </section>
    </article>
  )
}
