import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../server/shared/api/audit-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { auditApiPath, auditFilterFromSearch, auditSearchFor } from '../audit/audit-filter.ts'
import type { AuditFilter } from '../audit/audit-filter.ts'
import { AuditEntryItem, auditEntryHeadingId } from '../components/audit-entry-item.tsx'
import { AuditFilterForm } from '../components/audit-filter-form.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { fetchAuditPage } from '../data/staff-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// Entries per request; "show more" fetches the next as many.
const PAGE_SIZE = 25

/** Admins only: the audit log, newest first, filtered by the page's query. */
export function AuditLogPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('audit.title'))
  return (
    <StaffGate heading={t('audit.heading')} roles={['admin']}>
      <AuditLog />
    </StaffGate>
  )
}

interface Loaded {
  /** The query these entries were loaded for; another query means they are stale. */
  search: string
  entries: AuditEntry[]
  next: string | null
  error: unknown
}

function AuditLog() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const search = useSearch()
  const filter = useMemo(() => auditFilterFromSearch(search), [search])
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  // After "show more", focus goes to the first new entry, so a keyboard user reads on from there.
  const focusEntry = useRef<string | null>(null)

  useEffect(() => {
    let current = true
    fetchAuditPage(call, auditApiPath(auditFilterFromSearch(search), null, PAGE_SIZE)).then(
      (page) => current && setLoaded({ search, entries: page.entries, next: page.next_before_id, error: null }),
      (error: unknown) => current && setLoaded({ search, entries: [], next: null, error: error ?? new Error('unknown') }),
    )
    return () => {
      current = false
    }
  }, [call, search])

  const shown = loaded?.search === search ? loaded : null
  const entryCount = shown?.entries.length ?? 0

  useEffect(() => {
    if (!focusEntry.current) return
    document.getElementById(auditEntryHeadingId({ id: focusEntry.current }))?.focus()
    focusEntry.current = null
  }, [entryCount])

  const showMore = async () => {
    if (!shown?.next || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await fetchAuditPage(call, auditApiPath(filter, shown.next, PAGE_SIZE))
      focusEntry.current = page.entries[0]?.id ?? null
      setLoaded((previous) =>
        previous && previous.search === search
          ? { ...previous, entries: [...previous.entries, ...page.entries], next: page.next_before_id, error: null }
          : previous,
      )
    } catch (error) {
      setLoaded((previous) => (previous && previous.search === search ? { ...previous, error } : previous))
    } finally {
      setLoadingMore(false)
    }
  }

  const apply = (next: AuditFilter) => navigate(`${pagePaths.auditLog}${auditSearchFor(next)}`)
  const filteredToObject = filter.objectType !== null && filter.objectId !== null
  const filterText = [
    filter.objectType && t(`audit.types.${filter.objectType}`),
    filter.objectId && `${t('audit.objectId')} ${filter.objectId}`,
  ]
    .filter(Boolean)
    .join(', ')

  return (
    <article className="staff-page staff-page--wide">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('audit.heading')}
      </h1>
      <p className="text-page__lead">{t('audit.intro')}</p>
      <AuditFilterForm filter={filter} onApply={apply} />

      <section className="staff-section" aria-labelledby="audit-results-heading">
        <h2 id="audit-results-heading">{t('audit.resultsHeading')}</h2>
        {filterText && <p className="audit-results__filter">{t('audit.filteredBy', { filter: filterText })}</p>}
        <div role="status" className="status-region">
          {!shown && <p>{t('audit.loading')}</p>}
          {shown && shown.entries.length > 0 && <p>{t('audit.showing', { count: shown.entries.length })}</p>}
          {shown && !shown.error && shown.entries.length === 0 && <p>{t('audit.empty')}</p>}
          {loadingMore && <p>{t('audit.loadingMore')}</p>}
        </div>
        {shown?.error !== null && shown?.error !== undefined && (
          <p role="alert" className="message message--error">
            {t('audit.loadError', { message: errorMessage(shown.error, context) })}
          </p>
        )}
        {shown && shown.entries.length > 0 && (
          <ol className="audit-list">
            {shown.entries.map((entry) => (
              <li key={entry.id}>
                <AuditEntryItem entry={entry} filteredToObject={filteredToObject} />
              </li>
            ))}
          </ol>
        )}
        {shown?.next && (
          <p>
            <button type="button" className="button button--secondary" aria-disabled={loadingMore || undefined} onClick={() => void showMore()}>
              {loadingMore ? t('audit.loadingMore') : t('audit.more')}
            </button>
          </p>
        )}
        {shown && !shown.next && shown.entries.length > 0 && <p className="text-page__note">{t('audit.allShown')}</p>}
      </section>
    </article>
  )
}
