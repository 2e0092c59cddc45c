import { useTranslation } from 'react-i18next'
import { reportFeedUrl } from '../reports/report-api.ts'

/**
 * Atom feeds of reports' public status changes: the whole municipality, and the box the map
 * shows now (once the map has told where it is).
 */
export function ReportFeedLinks({ view }: { view: readonly [number, number, number, number] | null }) {
  const { t } = useTranslation()
  return (
    <section className="panel-section report-feeds" aria-labelledby="report-feeds-heading">
      <h2 id="report-feeds-heading" className="panel-section__heading">
        {t('reports.map.followHeading')}
      </h2>
      <p className="panel-section__intro">{t('reports.map.followText')}</p>
      <ul className="report-feeds__links">
        <li>
          <a href={reportFeedUrl()} type="application/atom+xml">
            {t('reports.map.followAll')}
          </a>
        </li>
        {view && (
          <li>
            <a href={reportFeedUrl(view)} type="application/atom+xml">
              {t('reports.map.followView')}
            </a>
          </li>
        )}
      </ul>
    </section>
  )
}
