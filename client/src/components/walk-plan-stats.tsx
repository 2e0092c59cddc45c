import { useTranslation } from 'react-i18next'
import type { WalkYearStats } from '../../../server/shared/api/walk-schemas.ts'
import { promiseState, yearsToShow } from '../walk-planning/walk-promise.ts'
import type { PromiseState } from '../walk-planning/walk-promise.ts'
import { WALKS_PROMISED_PER_YEAR } from '../walks/walk-options.ts'

// The promise is followed up year by year; older years are folded away.
const RECENT_YEARS = 4
const measureKeys = ['proposed', 'in_progress', 'done', 'not_done'] as const
const stateMarks: Record<PromiseState, string> = { met: '✓ ', onTrack: '… ', notMet: '✗ ' }

/**
 * Promise 3 of the medborgarlöfte in numbers: walks done per calendar year against two, met or
 * not in words (not only by colour), and the measures from the year's walks by status.
 */
export function WalkPlanStats({ years, loadError, currentYear }: { years: readonly WalkYearStats[] | null; loadError: string | null; currentYear: number }) {
  const { t } = useTranslation()
  const shown = years ? yearsToShow(years, currentYear, WALKS_PROMISED_PER_YEAR) : []
  return (
    <section className="gs-section plan-stats" aria-labelledby="plan-stats-heading">
      <h2 id="plan-stats-heading" className="gs-section__heading">
        {t('walkPlanning.stats.heading')}
      </h2>
      <p className="gs-section__intro">{t('walkPlanning.stats.intro', { target: WALKS_PROMISED_PER_YEAR })}</p>
      {loadError && <p className="message message--error">{loadError}</p>}
      {shown.length > 0 && <StatsTable years={shown.slice(0, RECENT_YEARS)} currentYear={currentYear} caption={t('walkPlanning.stats.caption')} />}
      {shown.length > RECENT_YEARS && (
        <details className="gs-others">
          <summary className="gs-others__summary">{t('walkPlanning.stats.earlier', { count: shown.length - RECENT_YEARS })}</summary>
          <StatsTable years={shown.slice(RECENT_YEARS)} currentYear={currentYear} caption={t('walkPlanning.stats.earlierCaption')} />
        </details>
      )}
    </section>
  )
}

function StatsTable({ years, currentYear, caption }: { years: readonly WalkYearStats[]; currentYear: number; caption: string }) {
  const { t } = useTranslation()
  return (
    <table className="data-table plan-stats__table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('walkPlanning.stats.year')}</th>
          <th scope="col">{t('walkPlanning.stats.walks')}</th>
          <th scope="col">{t('walkPlanning.stats.promise')}</th>
          <th scope="col">{t('walkPlanning.stats.measures')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => {
          const state = promiseState(year, currentYear)
          return (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td>
                {t('walkPlanning.stats.done', { count: year.walks_done, target: year.target })}
                {year.walks_planned > 0 && <span className="plan-stats__planned">{t('walkPlanning.stats.planned', { count: year.walks_planned })}</span>}
              </td>
              <td>
                <span className={`status-tag plan-promise plan-promise--${state}`}>
                  <span aria-hidden="true">{stateMarks[state]}</span>
                  {t(`walkPlanning.stats.state.${state}`)}
                </span>
              </td>
              <td>
                <ul className="plan-stats__measures">
                  {measureKeys.map((key) => (
                    <li key={key}>
                      {t(`values.observationMeasure.${key}`)}: {year.measures[key]}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
