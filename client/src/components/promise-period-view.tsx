import { useTranslation } from 'react-i18next'
import type { PeriodSummary, PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { PromiseCard } from './promise-card.tsx'
import { PromiseCorrections } from './promise-corrections.tsx'
import { PromiseFollowUp } from './promise-follow-up.tsx'
import { PromisePeriodChooser } from './promise-period-chooser.tsx'
import { PromisePeriodHeader } from './promise-period-header.tsx'
import { PromisePrintControls } from './promise-print-controls.tsx'
import { PromiseSummary } from './promise-summary.tsx'
import { PromiseStatusKey } from './promise-status-key.tsx'
import { PromiseText } from './promise-text.tsx'

interface PromisePeriodViewProps {
  page: PromisePage
  /** The published periods to choose between; the chooser shows only when there are several. */
  periods: readonly PeriodSummary[]
  /** The name of the period's municipality; null when the list of municipalities did not load. */
  municipalityName: string | null
}

/** The whole period: its words, each promise year by year, the corrections, the follow-up and the yearly report to print. */
export function PromisePeriodView({ page, periods, municipalityName }: PromisePeriodViewProps) {
  const { t } = useTranslation()
  const { period } = page
  const endYear = Number(period.ends_on.slice(0, 4))
  const promises = [...page.promises].sort((a, b) => a.position - b.position)
  // The last whole year is what a yearly report is usually about; a period in its first year has only this one.
  const suggested = page.years.includes(page.current_year - 1) ? page.current_year - 1 : (page.years[page.years.length - 1] ?? page.current_year)
  return (
    <>
      {periods.length > 1 && <PromisePeriodChooser key={period.id} periods={periods} currentId={period.id} />}
      <PromiseSummary page={page} />
      <PromisePeriodHeader page={page} />
      <PromiseStatusKey />
      <section className="pp-section" aria-labelledby="pp-promises-heading">
        <h2 id="pp-promises-heading" className="pp-section__heading">
          {t('promises.promisesHeading')}
        </h2>
        <PromiseText text={period.goal} className="pp-goal" />
        {promises.length > 0 ? <p className="pp-promises__lead">{t('promises.promisesLead')}</p> : <p className="pp-muted">{t('promises.noPromises')}</p>}
        <div className="pp-promises">
          {promises.map((promise) => (
            <PromiseCard key={promise.id} promise={promise} endYear={endYear} stillInForce={period.in_force_until === null} corrections={page.corrections} />
          ))}
        </div>
      </section>
      <PromiseCorrections page={page} />
      <PromiseFollowUp period={period} municipalityName={municipalityName} />
      {page.years.length > 0 && (
        <section className="pp-section pp-print-controls pp-no-print" aria-labelledby="pp-print-heading">
          <h2 id="pp-print-heading" className="pp-section__heading">
            {t('promises.print.heading')}
          </h2>
          <p>{t('promises.print.intro')}</p>
          <PromisePrintControls periodId={period.id} years={page.years} year={null} suggested={suggested} />
        </section>
      )}
    </>
  )
}
