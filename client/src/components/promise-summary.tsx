import { useTranslation } from 'react-i18next'
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { promisePath } from '../promises/promise-address.ts'
import { summaryYears, yearTally } from '../promises/year-tally.ts'
import { AppLink } from '../routing/app-link.tsx'

/** How it is going, in a sentence per year, with the way to that year's full report. */
export function PromiseSummary({ page }: { page: PromisePage }) {
  const { t } = useTranslation()
  const tallies = summaryYears(page)
    .map((year) => yearTally(page, year))
    .filter((tally) => tally.total > 0)
  if (tallies.length === 0) return null
  return (
    <section className="pp-summary" aria-labelledby="pp-summary-heading">
      <h2 id="pp-summary-heading" className="pp-summary__heading">
        {t('promises.summary.heading')}
      </h2>
      <ul className="pp-summary__list">
        {tallies.map((tally) => (
          <li key={tally.year} className="pp-summary__year">
            <strong>{t(tally.running ? 'promises.summary.running' : 'promises.summary.year', { year: tally.year })}</strong>{' '}
            {t(tally.running ? 'promises.summary.metSoFar' : 'promises.summary.met', { met: tally.met, total: tally.total })}
            {tally.notMet > 0 && <> {t('promises.summary.notMet', { notMet: tally.notMet })}</>}
            {tally.inProgress > 0 && <> {t('promises.summary.inProgress', { inProgress: tally.inProgress })}</>}{' '}
            <AppLink className="pp-no-print" to={promisePath({ periodId: page.period.id, year: tally.year })}>
              {t('promises.summary.report', { year: tally.year })}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
