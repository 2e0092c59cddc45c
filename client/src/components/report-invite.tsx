import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'

/** On the open map: anyone can report an unsafe place, without logging in. */
export function ReportInvite() {
  const { t } = useTranslation()
  return (
    <section className="report-invite" aria-labelledby="report-invite-heading">
      <h2 id="report-invite-heading" className="report-invite__heading">
        {t('reports.map.reportHeading')}
      </h2>
      <p>{t('reports.map.reportText')}</p>
      <AppLink to={pagePaths.report} className="button-link">
        {t('reports.map.reportLink')}
      </AppLink>
    </section>
  )
}
