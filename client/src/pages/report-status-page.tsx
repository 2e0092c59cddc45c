import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportStatusView } from '../../../server/shared/api/report-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ReportStatusDetails } from '../components/report-status-details.tsx'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { fetchReceipt } from '../reports/report-api.ts'
import { tokenFromHash } from '../reports/receipt-link.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

type Loaded =
  | { status: 'loading'; token: string }
  | { status: 'ready'; token: string; report: ReportStatusView }
  | { status: 'unknown'; token: string }
  | { status: 'failed'; token: string; error: unknown }

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const currentHash = () => window.location.hash

/**
 * The private page of one report, found by the token in the link's fragment (/rapport#<token>),
 * which never reaches the server as part of a page address.
 */
export function ReportStatusPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('reports.statusPage.title'))
  const context = useFormatContext()
  const token = tokenFromHash(useSyncExternalStore(subscribeToHash, currentHash))
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (!token) return
    const controller = new AbortController()
    fetchReceipt(token, controller.signal).then(
      (report) => setLoaded({ status: 'ready', token, report }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setLoaded(error instanceof ApiError && error.status === 404 ? { status: 'unknown', token } : { status: 'failed', token, error })
      },
    )
    return () => controller.abort()
  }, [token])

  // A state left from an earlier token is "loading" for the new one.
  const state: Loaded | null = !token ? null : loaded?.token === token ? loaded : { status: 'loading', token }
  const found = state?.status === 'ready' ? state.report : null
  const heading = found
    ? t('reports.statusPage.heading', { id: found.id })
    : state?.status === 'loading' || state?.status === 'failed'
      ? t('reports.statusPage.title')
      : t('reports.statusPage.unknownHeading')

  return (
    <article className="report-status text-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {heading}
      </h1>
      <div role="status" className="status-region">
        {state?.status === 'loading' && <p>{t('reports.statusPage.loading')}</p>}
      </div>
      {!token && <p className="message--error">{t('reports.statusPage.noToken')}</p>}
      {state?.status === 'unknown' && <p className="message--error">{t('reports.statusPage.unknown')}</p>}
      {state?.status === 'failed' && (
        <p role="alert" className="message--error">
          {t('reports.statusPage.loadError', { message: errorMessage(state.error, context) })}
        </p>
      )}
      {found && (
        <>
          <ReportStatusDetails report={found} />
          <p className="report-status__note">{t('reports.statusPage.privateNote')}</p>
        </>
      )}
      <p>
        <AppLink to={pagePaths.report} className="button-link button--secondary">
          {t('reports.statusPage.report')}
        </AppLink>
      </p>
    </article>
  )
}
