import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportStatusView } from '../../../server/shared/api/report-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { reportPhotoUrl } from '../reports/report-api.ts'
import { isKnownStatus, statusTone } from '../reports/report-status.ts'
import { ReportHistory } from './report-history.tsx'

/** One report as its sender follows it: status in plain words, the municipality's answer, what was sent, the history. */
export function ReportStatusDetails({ report }: { report: ReportStatusView }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const [photoFailed, setPhotoFailed] = useState(false)
  const known = isKnownStatus(report.status)

  return (
    <>
      <section className="report-status__section report-status__current" aria-labelledby="report-status-heading">
        <h2 id="report-status-heading">{t('reports.statusPage.statusHeading')}</h2>
        <p className={`status-badge status-badge--${known ? statusTone(report.status) : 'open'}`}>
          {known ? t(`reports.status.${report.status}`) : report.status}
        </p>
        {known && <p>{t(`reports.statusMeaning.${report.status}`)}</p>}
        {report.status === 'duplicate' && report.duplicate_of !== null && (
          <p>{t('reports.statusPage.duplicateOf', { id: report.duplicate_of })}</p>
        )}
        {report.status_reason && (
          <>
            <h3>{t('reports.statusPage.reasonHeading')}</h3>
            <p className="report-status__text">{report.status_reason}</p>
          </>
        )}
        {report.answer && (
          <>
            <h3>{t('reports.statusPage.answerHeading')}</h3>
            <p className="report-status__text">{report.answer}</p>
          </>
        )}
      </section>

      <section className="report-status__section" aria-labelledby="report-sent-heading">
        <h2 id="report-sent-heading">{t('reports.statusPage.reportHeading')}</h2>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('fields.category')}</dt>
            <dd>{t(`values.category.${report.category}`)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('fields.time_of_day')}</dt>
            <dd>{t(`values.timeOfDay.${report.time_of_day}`)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('fields.week_part')}</dt>
            <dd>{t(`values.weekPart.${report.week_part}`)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('reports.statusPage.reportedAt')}</dt>
            <dd>
              <time dateTime={report.reported_at}>{formatShortDateTime(report.reported_at, locale)}</time>
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('fields.me_too_count')}</dt>
            <dd>{new Intl.NumberFormat(locale).format(report.me_too_count)}</dd>
          </div>
        </dl>
        {report.text_removed ? (
          <p className="report-status__note">{t('reports.statusPage.textRemoved')}</p>
        ) : (
          report.description && (
            <>
              <h3>{t('fields.description')}</h3>
              <p className="report-status__text">{report.description}</p>
            </>
          )
        )}
        {report.has_photo && !report.text_removed && (
          <figure className="report-status__photo">
            {photoFailed ? (
              <figcaption>{t('reports.statusPage.photoMissing')}</figcaption>
            ) : (
              <img src={reportPhotoUrl(report.id)} alt={t('reports.statusPage.photoAlt')} onError={() => setPhotoFailed(true)} />
            )}
          </figure>
        )}
      </section>

      <ReportHistory history={report.history} />
    </>
  )
}
