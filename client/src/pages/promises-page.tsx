import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { PromisePeriodView } from '../components/promise-period-view.tsx'
import { PromiseYearReport } from '../components/promise-year-report.tsx'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { chosenMunicipality } from '../municipalities/municipality-choice.ts'
import { MunicipalityChooser } from '../municipalities/municipality-chooser.tsx'
import { municipalityTitle } from '../municipalities/municipality-name.ts'
import { useMunicipalities } from '../municipalities/use-municipalities.ts'
import { periodYears, publishedPeriods, yearSpan } from '../promises/period-years.ts'
import { promiseAddress, promisePath } from '../promises/promise-address.ts'
import { usePromisePage } from '../promises/use-promise-page.ts'
import { usePromisePeriods } from '../promises/use-promise-periods.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useDocumentTitle } from './use-document-title.ts'

/**
 * The medborgarlöften in public, no login: what the municipality and the police promised, each
 * promise's result year by year, what they did, every correction, and the follow-up. `?period=`
 * picks a period (the newest by default), `?ar=` shows one year's report to print. `?kommun=` picks
 * the municipality of the police area whose promises are shown (the installation's own by default).
 */
export function PromisesPage() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const search = useSearch()
  const address = promiseAddress(search)
  const list = usePromisePeriods()
  const area = useMunicipalities()
  const chosen = area.municipalities ? chosenMunicipality(search, area.municipalities) : null
  // Without the list of municipalities (it failed to load) every municipality's periods are shown.
  const municipalityCode = chosen?.code ?? null
  const municipalityKnown = area.municipalities !== null || area.error !== null
  const periods = useMemo(
    () =>
      list.periods && municipalityKnown
        ? publishedPeriods(list.periods).filter((period) => municipalityCode === null || period.municipality_code === municipalityCode)
        : null,
    [list.periods, municipalityKnown, municipalityCode],
  )
  const periodId = address.periodId ?? periods?.[0]?.id ?? null
  const state = usePromisePage(periodId)
  const page = state.page
  const year = page !== null && address.year !== null && page.years.includes(address.year) ? address.year : null
  // The texts name the municipality whose period is shown (a `?period=` may be another's than the chosen one).
  const shownCode = page?.period.municipality_code ?? municipalityCode
  const shownName = area.municipalities?.find((municipality) => municipality.code === shownCode)?.name ?? null
  const badYear = page !== null && address.year !== null && year === null

  const heading =
    page === null ? t('promises.heading') : year === null ? page.period.title : t('promises.report.heading', { years: periodYears(page.period), year })
  // The report's heading in the tab's title too: a printed page carries it in its header.
  useDocumentTitle(heading)

  // Between the page and a report only the query changes, which the app's focus handling does not see.
  const previous = useRef(search)
  useEffect(() => {
    if (previous.current === search) return
    previous.current = search
    document.getElementById(pageHeadingId)?.focus()
  }, [search])

  const error = list.error ?? state.error
  const loading = error === null && (list.periods === null || state.loading)
  const notFound = error instanceof ApiError && error.status === 404 && address.periodId !== null
  const nothingPublished = periods !== null && periods.length === 0 && address.periodId === null

  return (
    <article className={year === null ? 'pp-page' : 'pp-page pp-page--report'}>
      <h1 id={pageHeadingId} tabIndex={-1} className="pp-page__heading">
        {page === null || year !== null ? heading : <span lang="sv">{heading}</span>}
      </h1>
      {year === null && municipalityKnown && <p className="pp-page__lead">{t('promises.lead', { municipality: municipalityTitle(shownName, context) })}</p>}
      {year === null && area.municipalities && chosen && (
        <MunicipalityChooser key={chosen.code} path={pagePaths.promises} search={search} municipalities={area.municipalities} chosen={chosen} />
      )}
      {context.language !== 'sv' && page !== null && <p className="pp-note pp-no-print">{t('promises.languageNote')}</p>}
      <div role="status" className="status-region pp-no-print">
        {loading && <p>{t('promises.loading')}</p>}
        {nothingPublished && <p className="pp-empty">{t('promises.none')}</p>}
      </div>
      {error !== null && (
        <div role="alert">
          <p className="message message--error">{notFound ? t('promises.notFound', { id: address.periodId }) : t('promises.loadError', { message: errorMessage(error, context) })}</p>
          {notFound && (
            <p>
              <AppLink to={promisePath({ periodId: null, year: null })}>{t('promises.showNewest')}</AppLink>
            </p>
          )}
        </div>
      )}
      {page !== null && page.period.published_at === null && <p className="pp-note">{t('promises.draft')}</p>}
      {badYear && (
        <p role="alert" className="message message--error">
          {t('promises.report.badYear', { year: address.year, years: yearSpan(page.years[0] ?? 0, page.years[page.years.length - 1] ?? 0) })}
        </p>
      )}
      {page !== null &&
        (year === null ? (
          <PromisePeriodView key={page.period.id} page={page} periods={periods ?? []} municipalityName={shownName} />
        ) : (
          <PromiseYearReport page={page} year={year} municipalityName={shownName} />
        ))}
    </article>
  )
}
