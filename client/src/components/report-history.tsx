import { useTranslation } from 'react-i18next'
import type { ReportStatusStep } from '../../../server/shared/api/report-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { historyOldestFirst, isKnownStatus } from '../reports/report-status.ts'

/** The report's statuses as a timeline, oldest first, each with the answer or reason given then. */
export function ReportHistory({ history }: { history: readonly ReportStatusStep[] }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  if (history.length === 0) return null
  return (
    <section className="report-status__section" aria-labelledby="report-history-heading">
      <h2 id="report-history-heading">{t('reports.statusPage.historyHeading')}</h2>
      <ol className="report-history">
        {historyOldestFirst(history).map((step, index) => (
          <li key={`${step.changed_at}-${index}`} className="report-history__step">
            <p className="report-history__when">
              <time dateTime={step.changed_at}>{formatShortDateTime(step.changed_at, locale)}</time>
            </p>
            <p className="report-history__status">{isKnownStatus(step.status) ? t(`reports.status.${step.status}`) : step.status}</p>
            {step.answer && <p className="report-history__text">{step.answer}</p>}
            {step.reason && (
              <p className="report-history__text">
                {t('reports.statusPage.reasonHeading')}: {step.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
