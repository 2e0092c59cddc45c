import { useTranslation } from 'react-i18next'
import type { JobName, JobStatus } from '../../../server/shared/api/job-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import type { Translate } from '../features/translate.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'

interface JobRowProps {
  job: JobStatus
  busy: JobName | null
  onRun(name: JobName): void
}

const outcomeClass = { never: 'status-tag--neutral', running: 'status-tag--neutral', ok: 'status-tag--on', failed: 'status-tag--off' } as const

/** One job: its name and purpose, schedule, last run (outcome in words) and its "Kör nu" button. */
export function JobRow({ job, busy, onRun }: JobRowProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const run = job.last_run
  const time = (value: string) => formatShortDateTime(value, intlLocales[context.language])
  const outcome = run?.outcome ?? 'never'
  const running = busy === job.name
  const label = t(`operations.jobs.${job.name}.label`)

  return (
    <tr className="job-table__row">
      <th scope="row" className="job-table__job">
        <span className="job-table__label">{label}</span>
        <span className="job-table__purpose">{t(`operations.jobs.${job.name}.purpose`)}</span>
      </th>
      <td data-label={t('operations.schedule')} className="job-table__schedule">
        {schedule(job.every_minutes, context.t)}
      </td>
      <td data-label={t('operations.lastRun')}>
        {run ? (
          <span className="job-table__times">
            <span>{t('operations.started', { time: time(run.started_at) })}</span>
            <span>{run.finished_at ? t('operations.finished', { time: time(run.finished_at) }) : t('operations.notFinished')}</span>
          </span>
        ) : (
          <Missing text={t('operations.outcomes.never')} />
        )}
      </td>
      <td data-label={t('operations.outcome')}>
        <span className={`status-tag ${outcomeClass[outcome]}`}>{t(`operations.outcomes.${outcome}`)}</span>
      </td>
      <td data-label={t('operations.message')}>
        {/* The server writes its messages in English, for the log as much as for this page. */}
        {run?.message ? <span lang="en">{run.message}</span> : <Missing text={t('operations.noMessage')} />}
      </td>
      <td className="job-table__action">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={busy !== null || undefined}
          onClick={() => busy === null && onRun(job.name)}
        >
          {running ? t('operations.running') : t('operations.runNow')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </td>
    </tr>
  )
}

/** A dash to the eye, words to a screen reader. */
function Missing({ text }: { text: string }) {
  return (
    <span className="job-table__missing">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </span>
  )
}

function schedule(minutes: number, t: Translate): string {
  return minutes % 60 === 0 ? t('operations.everyHours', { count: minutes / 60 }) : t('operations.everyMinutes', { count: minutes })
}
