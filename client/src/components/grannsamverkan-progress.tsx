import { useTranslation } from 'react-i18next'
import type { GrannsamverkanYear } from '../../../server/shared/api/meeting-schemas.ts'

// The promise is followed up year by year; older years are folded away.
const RECENT_YEARS = 5

/**
 * Promise 5 of the medborgarlöfte in numbers: start-up meetings per calendar year against the
 * target, met or not in words (not only by colour), and how many areas were updated.
 */
export function GrannsamverkanProgress({ years, loadError }: { years: readonly GrannsamverkanYear[] | null; loadError: string | null }) {
  const { t } = useTranslation()
  const newestFirst = [...(years ?? [])].sort((a, b) => b.year - a.year)
  return (
    <section className="gs-section" aria-labelledby="gs-progress-heading">
      <h2 id="gs-progress-heading" className="gs-section__heading">
        {t('grannsamverkan.progress.heading')}
      </h2>
      <p className="gs-section__intro">{t('grannsamverkan.progress.intro')}</p>
      {loadError && <p className="message message--error">{loadError}</p>}
      {years && years.length === 0 && <p>{t('grannsamverkan.progress.none')}</p>}
      {newestFirst.length > 0 && <ProgressTable years={newestFirst.slice(0, RECENT_YEARS)} caption={t('grannsamverkan.progress.caption')} />}
      {newestFirst.length > RECENT_YEARS && (
        <details className="gs-others">
          <summary className="gs-others__summary">{t('grannsamverkan.progress.earlier', { count: newestFirst.length - RECENT_YEARS })}</summary>
          <ProgressTable years={newestFirst.slice(RECENT_YEARS)} caption={t('grannsamverkan.progress.earlierCaption')} />
        </details>
      )}
    </section>
  )
}

function ProgressTable({ years, caption }: { years: readonly GrannsamverkanYear[]; caption: string }) {
  const { t } = useTranslation()
  return (
    <table className="data-table gs-progress">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('grannsamverkan.progress.year')}</th>
          <th scope="col">{t('grannsamverkan.progress.startups')}</th>
          <th scope="col">{t('grannsamverkan.progress.target')}</th>
          <th scope="col">{t('grannsamverkan.progress.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => {
          const met = year.startup_meetings >= year.target_startup_meetings
          return (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td>
                {t('grannsamverkan.progress.startupCount', { count: year.startup_meetings, target: year.target_startup_meetings })}
                <span className="gs-progress__started">{t('grannsamverkan.progress.areasStarted', { count: year.areas_started })}</span>
              </td>
              <td>
                <span className={met ? 'status-tag status-tag--on' : 'status-tag status-tag--off'}>
                  <span aria-hidden="true">{met ? '✓ ' : '✗ '}</span>
                  {t(met ? 'grannsamverkan.progress.met' : 'grannsamverkan.progress.notMet')}
                </span>
              </td>
              <td>{year.areas_updated}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
