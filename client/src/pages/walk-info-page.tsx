import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { WalkInfoCalendar } from '../components/walk-info-calendar.tsx'
import { WalkInfoDetail } from '../components/walk-info-detail.tsx'
import { WalkInfoPast } from '../components/walk-info-past.tsx'
import { WalkInfoPromise } from '../components/walk-info-promise.tsx'
import { WalkInfoUpcoming } from '../components/walk-info-upcoming.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { usePublicWalks } from '../walk-protocol/use-public-walks.ts'
import { splitWalks } from '../walk-protocol/walk-facts.ts'
import { walkIdFromSearch } from '../walk-protocol/walk-id.ts'
import { useDocumentTitle } from './use-document-title.ts'

/**
 * Safety walks for the public, no login: the walks to join and how, the calendar, the yearly
 * count against the promise, and past walks with their protocols. `?id=` shows one walk.
 */
export function WalkInfoPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('walkInfo.title'))
  const walkId = walkIdFromSearch(useSearch())

  // Between the list and one walk only the query changes, which the app's focus handling does not see.
  const previous = useRef(walkId)
  useEffect(() => {
    if (previous.current === walkId) return
    previous.current = walkId
    document.getElementById(pageHeadingId)?.focus()
  }, [walkId])

  return walkId === null ? <WalkInfoOverview /> : <WalkInfoDetail key={walkId} walkId={walkId} />
}

function WalkInfoOverview() {
  const { t } = useTranslation()
  const data = usePublicWalks()
  const [now] = useState(() => new Date())
  const lists = useMemo(() => (data.walks ? splitWalks(data.walks, now) : null), [data.walks, now])

  return (
    <article className="wp-page wi-page">
      <h1 id={pageHeadingId} tabIndex={-1} className="wp-page__heading">
        {t('walkInfo.heading')}
      </h1>
      <p className="wp-page__lead">{t('walkInfo.lead')}</p>
      <div role="status" className="status-region">
        {!lists && !data.walksFailed && <p>{t('walkInfo.loading')}</p>}
      </div>
      {data.walksFailed && (
        <p role="alert" className="message message--error">
          {t('walkInfo.loadError')}
        </p>
      )}
      {lists && <WalkInfoUpcoming walks={lists.upcoming} />}
      <WalkInfoCalendar />
      <WalkInfoPromise stats={data.stats} failed={data.statsFailed} />
      {lists && <WalkInfoPast walks={lists.past} />}
    </article>
  )
}
