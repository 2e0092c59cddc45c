import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorProgress, PromiseCorrection } from '../../../server/shared/api/promise-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { activitiesId, indicatorLink } from '../promises/indicator-links.ts'
import { formatNumber, indicatorRows, targetText, yearGroups } from '../promises/indicator-years.ts'
import { AppLink } from '../routing/app-link.tsx'
import { PromiseCorrectedMark } from './promise-corrected-mark.tsx'
import { PromiseStatus } from './promise-status.tsx'

interface PromiseIndicatorTableProps {
  indicator: IndicatorProgress
  promiseId: number
  /** The last year the period names; later years are followed up only because the promise still holds. */
  endYear: number
  /** Whether the promise is still in force (no later period yet), which is why later years are followed up. */
  stillInForce: boolean
  corrections: readonly PromiseCorrection[]
  /** Opens the promise's whole activity list (the activities indicator links there). */
  onShowActivities(): void
}

/** One indicator: its target, where its records are, and per year the count and the verdict in words. */
export function PromiseIndicatorTable({ indicator, promiseId, endYear, stillInForce, corrections, onShowActivities }: PromiseIndicatorTableProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const rows = indicatorRows(indicator, endYear)
  const groups = yearGroups(rows)
  const link = indicatorLink(indicator.kind)
  const showActivities = (event: MouseEvent<HTMLAnchorElement>) => {
    // The fragment still moves the page there; the list opens as it does.
    if (event.button === 0) onShowActivities()
  }
  return (
    <div className="pp-indicator" data-indicator={indicator.id}>
      <h4 className="pp-indicator__label">
        <span lang="sv">{indicator.label}</span>
      </h4>
      <p className="pp-indicator__meta">
        <span className="pp-indicator__target">{targetText(indicator.target_per_year, context)}</span>
        <PromiseCorrectedMark corrections={corrections} />
      </p>
      <p className="pp-indicator__link pp-no-print">
        {link.type === 'page' ? (
          <AppLink to={link.to}>{t(link.text)}</AppLink>
        ) : (
          <a href={`#${activitiesId(promiseId)}`} onClick={showActivities}>
            {t(link.text)}
          </a>
        )}
      </p>
      {rows.length === 0 ? (
        <p className="pp-muted">{t('promises.indicator.noYears')}</p>
      ) : (
        <table className="data-table pp-years">
          <caption className="visually-hidden">{t('promises.indicator.caption', { label: indicator.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('promises.indicator.year')}</th>
              <th scope="col" className="pp-years__number">
                {t('promises.indicator.value')}
              </th>
              <th scope="col">{t('promises.indicator.status')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.afterEnd ? 'after' : 'period'} className={group.afterEnd ? 'pp-years__after' : undefined}>
              <tr className="pp-years__group">
                <th colSpan={3} scope="rowgroup">
                  {t(group.afterEnd ? (stillInForce ? 'promises.indicator.groupAfter' : 'promises.indicator.groupAfterPast') : 'promises.indicator.groupPeriod', {
                    years: group.span,
                  })}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.year} data-year={row.year}>
                  <th scope="row">{row.year}</th>
                  <td className="pp-years__number">{formatNumber(row.value, context)}</td>
                  <td>
                    <PromiseStatus status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </div>
  )
}
