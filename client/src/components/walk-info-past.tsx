import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { AppLink } from '../routing/app-link.tsx'
import type { WalkFacts } from '../walk-protocol/walk-facts.ts'
import { swedishDate } from '../walk-protocol/walk-facts.ts'

/** Walks already held, newest first, each linking to its published protocol. */
export function WalkInfoPast({ walks }: { walks: readonly WalkFacts[] }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  return (
    <section className="wi-section" aria-labelledby="wi-past-heading">
      <h2 id="wi-past-heading" className="wp-section__heading">
        {t('walkInfo.past.heading')}
      </h2>
      {walks.length === 0 && <p>{t('walkInfo.past.none')}</p>}
      <ul className="wi-past">
        {walks.map((walk) => (
          <li key={walk.id} className="wi-past__item">
            <h3 className="wi-past__title">{walk.title}</h3>
            <p className="wi-past__meta">
              {formatDate(swedishDate(walk.starts_at), locale)}
              {walk.light && ` · ${t(`values.light.${walk.light}`)}`}
            </p>
            {walk.protocol_published ? (
              <AppLink to={`${pagePaths.walkInfo}?id=${walk.id}`}>
                {t('walkInfo.past.readProtocol')}
                <span className="visually-hidden"> {t('walkInfo.past.readProtocolFor', { title: walk.title })}</span>
              </AppLink>
            ) : (
              <p className="wi-past__pending">{t(walk.status === 'done' ? 'walkInfo.past.notPublished' : 'walkInfo.past.notMarkedDone')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
