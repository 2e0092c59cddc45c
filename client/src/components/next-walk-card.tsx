import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapFeature, MapFeatureCollection } from '../data/collections.ts'
import { formatValue } from '../features/format-value.ts'
import { findNextWalk } from '../features/next-walk.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { AppLink } from '../routing/app-link.tsx'
import { CALENDAR_PATH } from '../walks/walk-api.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'

// The safety coordinator's address; fictional in this demonstration.
const signUpAddress = 'trygghet@example.se'

interface NextWalkCardProps {
  walks: MapFeatureCollection | undefined
  /** The municipality the map shows: its next walk, and who is welcome. Null before the list of municipalities is in. */
  municipality: { code: string; name: string } | null
  onShow(walk: MapFeature): void
}

/** The public can join safety walks: the next one in the municipality is shown first, with how to take part. */
export function NextWalkCard({ walks, municipality, onShow }: NextWalkCardProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [now] = useState(() => new Date())
  if (!walks) return null
  const walk = findNextWalk(walks, now, municipality?.code ?? null)
  const place = municipality?.name ?? t('app.place')
  const properties = walk?.properties ?? {}
  const title = String(properties.title ?? '')
  const facts = [
    { label: t('nextWalk.when'), value: formatValue(properties.starts_at, { type: 'datetime' }, context) },
    { label: t('nextWalk.where'), value: formatValue(properties.meeting_point_name, { type: 'text' }, context) },
    { label: t('nextWalk.light'), value: formatValue(properties.light, { type: 'enum', values: 'light' }, context) },
  ]
  const max = typeof properties.max_participants === 'number' ? properties.max_participants : null
  const mailto = `mailto:${signUpAddress}?subject=${encodeURIComponent(t('nextWalk.mailSubject', { title }))}`

  return (
    <section className="next-walk" aria-labelledby="next-walk-heading">
      <h2 id="next-walk-heading" className="next-walk__heading">
        {t('nextWalk.heading', { place })}
      </h2>
      {!walk && <p>{t('nextWalk.none')}</p>}
      {walk && (
        <>
          <p className="next-walk__title">{title}</p>
          <dl className="next-walk__facts">
            {facts.map(
              (fact) =>
                fact.value && (
                  <div key={fact.label} className="next-walk__fact">
                    <dt>{fact.label}</dt>
                    <dd>{fact.value}</dd>
                  </div>
                ),
            )}
          </dl>
          <p>{max ? t('nextWalk.howToJoin', { count: max, place }) : t('nextWalk.howToJoinNoLimit', { place })}</p>
          <p>
            <a href={mailto}>{t('nextWalk.mailLabel', { address: signUpAddress })}</a>
          </p>
          <p>
            <AppLink to={`${pagePaths.walkInfo}?id=${String(walk.id)}`}>{t('nextWalk.more')}</AppLink>
          </p>
          <p>
            <a href={CALENDAR_PATH}>{t('nextWalk.calendar')}</a>
          </p>
          {properties.demo === true && <p className="demo-badge">{t('demo.badge')}</p>}
          <button type="button" className="button button--secondary" onClick={() => onShow(walk)}>
            {t('nextWalk.showOnMap')}
          </button>
        </>
      )}
    </section>
  )
}
