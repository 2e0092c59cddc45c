import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { isAfterEnd } from '../promises/period-years.ts'
import { promisePath } from '../promises/promise-address.ts'
import { useYearActivities } from '../promises/use-year-activities.ts'
import { swedishDate } from '../promises/year-activities.ts'
import { AppLink } from '../routing/app-link.tsx'
import { PromiseCorrections } from './promise-corrections.tsx'
import { PromiseFollowUp } from './promise-follow-up.tsx'
import { PromisePrintControls } from './promise-print-controls.tsx'
import { PromiseText } from './promise-text.tsx'
import { PromiseYearCard } from './promise-year-card.tsx'

/**
 * The yearly follow-up report (`?ar=`): each promise's result that year and the year's
 * activities, dated, ready to print or save as a PDF. The corrections go with it.
 */
export function PromiseYearReport({ page, year, municipalityName }: { page: PromisePage; year: number; municipalityName: string | null }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [printedOn] = useState(() => swedishDate(new Date()))
  const activities = useYearActivities(page, year)
  const { period } = page
  const rows = page.promises.flatMap((promise) => promise.indicators.flatMap((indicator) => indicator.years.filter((entry) => entry.year === year)))
  const met = rows.filter((row) => row.status === 'met').length
  return (
    <>
      <p className="pp-report__meta">
        <span lang="sv">{period.title}</span>
        <span aria-hidden="true"> · </span>
        <span className="pp-report__printed">{t('promises.report.printed', { date: formatDate(printedOn, intlLocales[context.language]) })}</span>
      </p>
      <div className="pp-report__actions pp-no-print">
        <div className="pp-report__buttons">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('promises.print.print')}
          </button>
          <AppLink to={promisePath({ periodId: period.id, year: null })}>{t('promises.print.back')}</AppLink>
        </div>
        <PromisePrintControls key={year} periodId={period.id} years={page.years} year={year} suggested={year} />
      </div>
      {year === page.current_year && <p className="pp-note">{t('promises.report.running', { year })}</p>}
      {isAfterEnd(period, year) && <p className="pp-note">{t('promises.report.afterEnd', { year })}</p>}
      {rows.length > 0 && <p className="pp-report__summary">{t('promises.report.summary', { met, total: rows.length, year })}</p>}
      <PromiseText text={period.goal} className="pp-goal" />
      <div role="status" className="status-region pp-no-print">
        {activities.byPromise === null && activities.error === null && <p>{t('promises.report.loading')}</p>}
      </div>
      {activities.error !== null && (
        <p role="alert" className="message message--error">
          {t('promises.report.loadError', { message: errorMessage(activities.error, context) })}
        </p>
      )}
      {[...page.promises]
        .sort((a, b) => a.position - b.position)
        .map((promise) => (
          <PromiseYearCard
            key={promise.id}
            promise={promise}
            year={year}
            activities={activities.byPromise?.get(promise.id) ?? null}
            corrections={page.corrections}
          />
        ))}
      <PromiseCorrections page={page} />
      <PromiseFollowUp period={period} municipalityName={municipalityName} />
    </>
  )
}
