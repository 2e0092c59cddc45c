import { useTranslation } from 'react-i18next'
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { correctionsOf } from '../promises/correction-changes.ts'
import { periodYears, yearsAfterEnd, yearSpan } from '../promises/period-years.ts'
import { PromiseCorrectedMark } from './promise-corrected-mark.tsx'
import { PromiseText } from './promise-text.tsx'

/**
 * The period's own words: its introduction, how long it holds and which years are therefore
 * followed up, and the problem picture the promises answer.
 */
export function PromisePeriodHeader({ page }: { page: PromisePage }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const { period } = page
  const after = yearsAfterEnd(page)
  const afterYears = after.length > 0 ? yearSpan(after[0] ?? 0, after[after.length - 1] ?? 0) : null
  const periodCorrections = correctionsOf(page.corrections, 'promise_period', period.id)
  return (
    <>
      {periodCorrections.length > 0 && (
        <p className="pp-period__corrected">
          {t('promises.period.corrected')} <PromiseCorrectedMark corrections={periodCorrections} />
        </p>
      )}
      <PromiseText text={period.introduction} className="pp-period__intro" />
      <div className="pp-validity">
        <p>
          {t('promises.period.years', { years: periodYears(period) })}{' '}
          {period.validity !== '' ? <span lang="sv">{period.validity}</span> : period.in_force_until === null && t('promises.period.inForce')}
          {period.in_force_until !== null && <> {t('promises.period.inForceUntil', { date: formatDate(period.in_force_until, intlLocales[language]) })}</>}
        </p>
        {afterYears !== null && (
          <p>{t(period.in_force_until === null ? 'promises.period.afterEnd' : 'promises.period.afterEndPast', { years: afterYears })}</p>
        )}
      </div>
      {(period.problem_title !== '' || period.problem_picture !== '') && (
        <section className="pp-section" aria-labelledby="pp-problem-heading">
          <h2 id="pp-problem-heading" className="pp-section__heading">
            {period.problem_title !== '' ? <span lang="sv">{period.problem_title}</span> : t('promises.period.problemHeading')}
          </h2>
          <PromiseText text={period.problem_picture} />
        </section>
      )}
    </>
  )
}
