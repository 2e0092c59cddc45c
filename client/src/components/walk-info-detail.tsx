import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { usePublicWalks } from '../walk-protocol/use-public-walks.ts'
import { useWalkProtocol } from '../walk-protocol/use-walk-protocol.ts'
import { factsFromFeature } from '../walk-protocol/walk-facts.ts'
import { WalkProtocolFacts } from './walk-protocol-facts.tsx'
import { WalkProtocolMap } from './walk-protocol-map.tsx'
import { WalkProtocolPrintButton } from './walk-protocol-print-button.tsx'
import { WalkProtocolView } from './walk-protocol-view.tsx'

/**
 * One walk for the public: its published protocol, read-only and printable. Before publication
 * the API answers 404, and the walk is shown from the open collection instead – its details,
 * its route, and that the protocol is not published yet (or, for a planned walk, how to join).
 */
export function WalkInfoDetail({ walkId }: { walkId: number }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { protocol, error } = useWalkProtocol(walkId)
  const notPublished = error instanceof ApiError && error.status === 404
  const publicWalks = usePublicWalks()
  const feature = publicWalks.walks?.features.find((candidate) => String(candidate.id) === String(walkId))
  const walk = notPublished && feature ? factsFromFeature(feature) : null
  const missing = notPublished && (publicWalks.walksFailed || (publicWalks.walks !== null && !walk))
  const loading = (!protocol && error === null) || (notPublished && !walk && !missing)

  const title = protocol?.walk.title ?? walk?.title ?? t('walkInfo.heading')
  return (
    <article className="wp-page wi-detail">
      <p className="wp-no-print">
        <AppLink to={pagePaths.walkInfo}>{t('walkInfo.detail.back')}</AppLink>
      </p>
      <h1 id={pageHeadingId} tabIndex={-1} className="wp-page__heading">
        {title}
      </h1>
      <div role="status" className="status-region">
        {loading && <p>{t('walkInfo.detail.loading')}</p>}
      </div>
      {error !== null && !notPublished && (
        <p role="alert" className="message message--error">
          {errorMessage(error, context)}
        </p>
      )}
      {missing && <p className="message message--error">{t('walkInfo.detail.notFound')}</p>}
      {protocol && (
        <>
          <p className="wp-page__lead">{t('walkInfo.noNames')}</p>
          <div className="wp-page__actions wp-no-print">
            <WalkProtocolPrintButton />
          </div>
          <WalkProtocolView protocol={protocol} />
        </>
      )}
      {walk && (
        <>
          <p className="wp-notice">{t(walk.status === 'planned' ? 'walkInfo.detail.planned' : 'walkInfo.detail.notPublished')}</p>
          {walk.demo && <p className="demo-badge">{t('walkInfo.demo')}</p>}
          <div className="wp-view__top">
            <section className="wp-view__facts" aria-labelledby="wp-facts-heading">
              <h2 id="wp-facts-heading" className="wp-section__heading">
                {t('walkProtocol.facts.heading')}
              </h2>
              <WalkProtocolFacts walk={walk} forJoining={walk.status === 'planned'} />
            </section>
            <WalkProtocolMap walk={walk} observations={noObservations} />
          </div>
        </>
      )}
    </article>
  )
}

// One empty list for every render, so the map is not handed new data each time.
const noObservations: never[] = []
