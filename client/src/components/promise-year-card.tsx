import { useTranslation } from 'react-i18next'
import type { PromiseActivity, PromiseCorrection, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { formatNumber, rowOfYear } from '../promises/indicator-years.ts'
import { correctionsOf } from '../promises/correction-changes.ts'
import { PromiseActivityList } from './promise-activity-list.tsx'
import { PromiseCorrectedMark } from './promise-corrected-mark.tsx'
import { PromiseResponsible } from './promise-responsible.tsx'
import { PromiseStatus } from './promise-status.tsx'

interface PromiseYearCardProps {
  promise: PromiseProgress
  year: number
  /** That year's activities; null while they are on their way (or could not be had). */
  activities: readonly PromiseActivity[] | null
  corrections: readonly PromiseCorrection[]
}

/** One promise in the yearly report: every indicator's count and verdict that year, and the year's activities. */
export function PromiseYearCard({ promise, year, activities, corrections }: PromiseYearCardProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const headingId = `pp-report-promise-${promise.id}`
  const indicators = [...promise.indicators].sort((a, b) => a.position - b.position)
  return (
    <article className="pp-card pp-card--report" aria-labelledby={headingId} data-promise={promise.id}>
      <div className="pp-card__top">
        <h2 id={headingId} className="pp-card__heading">
          {t('promises.promise.heading', { position: promise.position })}
        </h2>
        <PromiseCorrectedMark corrections={correctionsOf(corrections, 'promise', promise.id)} />
      </div>
      <p className="pp-card__text" lang="sv">
        {promise.text}
      </p>
      <PromiseResponsible promise={promise} />
      {indicators.length === 0 ? (
        <p className="pp-muted">{t('promises.promise.noIndicators')}</p>
      ) : (
        <table className="data-table pp-report-table">
          <caption className="visually-hidden">{t('promises.report.caption', { position: promise.position, year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('promises.report.indicator')}</th>
              <th scope="col">{t('promises.report.target')}</th>
              <th scope="col" className="pp-years__number">
                {t('promises.report.value', { year })}
              </th>
              <th scope="col">{t('promises.report.status')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const row = rowOfYear(indicator, year)
              return (
                <tr key={indicator.id} data-indicator={indicator.id}>
                  <th scope="row">
                    <span lang="sv">{indicator.label}</span> <PromiseCorrectedMark corrections={correctionsOf(corrections, 'promise_indicator', indicator.id)} />
                  </th>
                  <td data-label={t('promises.report.target')}>
                    {indicator.target_per_year === null
                      ? t('promises.indicator.anyActivityShort')
                      : t('promises.indicator.targetShort', { target: formatNumber(indicator.target_per_year, context) })}
                  </td>
                  <td className="pp-years__number" data-label={t('promises.report.value', { year })}>
                    {row ? formatNumber(row.value, context) : '–'}</td>
                  <td data-label={t('promises.report.status')}>{row && <PromiseStatus status={row.status} />}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <h3 className="pp-activities__heading">{t('promises.report.activities', { year })}</h3>
      {activities !== null &&
        (activities.length === 0 ? <p className="pp-muted">{t('promises.report.noActivities', { year })}</p> : <PromiseActivityList activities={activities} />)}
    </article>
  )
}
