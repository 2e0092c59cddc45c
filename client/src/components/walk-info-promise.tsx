import { useTranslation } from 'react-i18next'
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'
import { promiseYears, swedishYear } from '../walk-protocol/promise-years.ts'
import { WALKS_PROMISED_PER_YEAR } from '../walks/walk-options.ts'

interface WalkInfoPromiseProps {
  stats: readonly WalkYearStats[] | null
  failed: boolean
}

/** Walks done per calendar year against the citizen promise, with the result in words (not colour alone). */
export function WalkInfoPromise({ stats, failed }: WalkInfoPromiseProps) {
  const { t } = useTranslation()
  const years = stats ? promiseYears(stats, swedishYear(new Date())) : []
  return (
    <section className="wi-section" aria-labelledby="wi-promise-heading">
      <h2 id="wi-promise-heading" className="wp-section__heading">
        {t('walkInfo.promise.heading')}
      </h2>
      <p>{t('walkInfo.promise.intro', { target: WALKS_PROMISED_PER_YEAR })}</p>
      {failed && <p className="message message--error">{t('walkInfo.promise.loadError')}</p>}
      {years.length > 0 && (
        <div className="wi-promise__scroll">
          <table className="data-table wi-promise">
            <caption className="visually-hidden">{t('walkInfo.promise.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('walkInfo.promise.year')}</th>
                <th scope="col">{t('walkInfo.promise.done')}</th>
                <th scope="col">{t('walkInfo.promise.planned')}</th>
                <th scope="col">{t('walkInfo.promise.result')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  <td>{t('walkInfo.promise.doneOf', { done: year.done, target: year.target })}</td>
                  <td>{year.planned}</td>
                  <td>
                    <span className={`wi-outcome wi-outcome--${year.outcome}`}>{t(`walkInfo.promise.${year.outcome}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
