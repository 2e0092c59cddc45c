import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import type { WalkFacts } from '../walk-protocol/walk-facts.ts'
import { WalkProtocolFacts } from './walk-protocol-facts.tsx'

/** The walks one can still join, soonest first, each with everything needed to come along. */
export function WalkInfoUpcoming({ walks }: { walks: readonly WalkFacts[] }) {
  const { t } = useTranslation()
  return (
    <section className="wi-section" aria-labelledby="wi-upcoming-heading">
      <h2 id="wi-upcoming-heading" className="wp-section__heading">
        {t('walkInfo.upcoming.heading')}
      </h2>
      {walks.length === 0 && <p>{t('walkInfo.upcoming.none')}</p>}
      <ul className="wi-cards">
        {walks.map((walk) => (
          <li key={walk.id} className="wi-card" aria-labelledby={`wi-walk-${walk.id}`}>
            <h3 id={`wi-walk-${walk.id}`} className="wi-card__title">
              {walk.title}
            </h3>
            {walk.demo && <p className="demo-badge">{t('walkInfo.demo')}</p>}
            <WalkProtocolFacts walk={walk} forJoining />
            <AppLink className="button-link button--secondary" to={`${pagePaths.walkInfo}?id=${walk.id}`}>
              {t('walkInfo.upcoming.details')}
              <span className="visually-hidden"> {t('walkInfo.upcoming.detailsFor', { title: walk.title })}</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
