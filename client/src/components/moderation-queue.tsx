import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { excerpt, reportStage, statusWord } from '../moderation/report-queue.ts'

export const reportButtonId = (reportId: number) => `mod-report-${reportId}`

// Reports shown at first and added by "Visa fler": a long queue must not push everything else away.
const PAGE_SIZE = 25

interface ModerationQueueProps {
  reports: readonly StaffReport[]
  selectedId: number | null
  onChoose(report: StaffReport): void
}

/**
 * The queue, newest first: each report's number, category and status in words, the start of its
 * text and what is worth knowing before opening it (photo, more who feel the same, possible
 * duplicates). Each is a button that opens the report; the facts are tied to it.
 */
export function ModerationQueue({ reports, selectedId, onChoose }: ModerationQueueProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const [limit, setLimit] = useState(PAGE_SIZE)
  // After "show more", focus goes to the first new report, so a keyboard user reads on from there.
  const focusId = useRef<number | null>(null)
  const shown = reports.slice(0, limit)
  useEffect(() => {
    if (focusId.current === null) return
    document.getElementById(reportButtonId(focusId.current))?.focus()
    focusId.current = null
  }, [limit])

  if (reports.length === 0) return <p className="mod-queue__empty">{t('moderation.queue.empty')}</p>
  const showMore = () => {
    focusId.current = reports[limit]?.id ?? null
    setLimit((value) => value + PAGE_SIZE)
  }
  return (
    <>
      <ol className="gs-list mod-queue">
        {shown.map((report) => {
          const infoId = `${reportButtonId(report.id)}-info`
          const selected = selectedId === report.id
          const flags = [
            report.photo && t('moderation.queue.photo'),
            report.me_too_count > 0 && t('moderation.queue.meToo', { count: report.me_too_count }),
            report.duplicate_candidates.length > 0 && t('moderation.queue.candidates', { count: report.duplicate_candidates.length }),
            report.text_edited && t('moderation.queue.edited'),
          ].filter((flag): flag is string => typeof flag === 'string')
          return (
            <li key={report.id} className={selected ? 'gs-item gs-item--selected mod-item' : 'gs-item mod-item'}>
              <button
                type="button"
                id={reportButtonId(report.id)}
                className="gs-item__button"
                aria-current={selected ? 'true' : undefined}
                aria-describedby={infoId}
                onClick={() => onChoose(report)}
              >
                <span className="gs-item__name">
                  {t('moderation.queue.number', { id: report.id })}: {t(`moderation.category.${report.category}`)}
                </span>
                <span className={`mod-status mod-status--${reportStage(report.status)}`}>{statusWord(report, t)}</span>
              </button>
              <div id={infoId} className="gs-item__info">
                {!report.text_removed && <p className="mod-item__text">{excerpt(report.description)}</p>}
                <p className="gs-item__updated">
                  {t('moderation.queue.reported', { date: formatShortDateTime(report.reported_at, locale) })}
                  {flags.length > 0 && <span className="mod-item__flags"> · {flags.join(' · ')}</span>}
                </p>
              </div>
            </li>
          )
        })}
      </ol>
      {reports.length > limit && (
        <p className="mod-queue__more">
          <button type="button" className="button button--secondary" onClick={showMore}>
            {t('moderation.queue.more', { count: Math.min(PAGE_SIZE, reports.length - limit), left: reports.length - limit })}
          </button>
        </p>
      )}
    </>
  )
}
