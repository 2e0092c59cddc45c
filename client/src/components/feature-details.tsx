import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionId, MapFeature } from '../data/collections.ts'
import { featureRows } from '../features/feature-rows.ts'
import { featureTitle } from '../features/feature-title.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { activeSince } from '../features/watch-area-public.ts'
import { revealDetails } from '../pages/reveal-details.ts'
import { reportPhotoUrl } from '../reports/report-api.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pagePaths } from '../../../server/shared/page-paths.ts'

interface FeatureDetailsProps {
  collection: CollectionId
  feature: MapFeature
  reportGridMetres: number
  onClose(): void
  onShowOnMap(): void
}

/**
 * The chosen feature in words. Focus moves to its heading when it opens or changes, so screen
 * readers announce it and keyboard users continue from here; Escape closes it.
 */
export function FeatureDetails({ collection, feature, reportGridMetres, onClose, onShowOnMap }: FeatureDetailsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const sectionRef = useRef<HTMLElement>(null)
  const key = `${collection}/${String(feature.id)}`

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true })
    if (sectionRef.current) revealDetails(sectionRef.current)
  }, [key])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose()
  }
  const title = featureTitle(collection, feature.properties, context)
  const rows = featureRows(collection, feature.properties, context)
  const since = collection === 'watch-areas' ? activeSince(feature.properties, context) : null
  // A walk, or an observation from one, links to the walk's public page with its protocol.
  const walkId = collection === 'safety-walks' ? Number(feature.id) : collection === 'walk-observations' ? Number(feature.properties.walk_id) : null

  return (
    <section ref={sectionRef} className="feature-details" aria-labelledby="feature-details-heading" onKeyDown={onKeyDown}>
      <div className="feature-details__top">
        <p className="feature-details__layer">{t(`layers.${collection}`)}</p>
        <button type="button" className="feature-details__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('details.close')}</span>
        </button>
      </div>
      <h2 id="feature-details-heading" className="feature-details__heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {feature.properties.demo === true && <p className="demo-badge">{t('demo.badge')}</p>}
      {since && <p className="feature-details__since">{since}</p>}
      {collection === 'reports' && <p className="feature-details__note">{t('details.gridNote', { metres: reportGridMetres })}</p>}
      {collection === 'reports' && feature.properties.has_photo === true && (
        <img className="feature-details__photo" src={reportPhotoUrl(Number(feature.id))} alt={t('reports.map.photoAlt')} />
      )}
      {rows.length > 0 && (
        <dl className="feature-details__rows">
          {rows.map((row) => (
            <div key={row.key} className="feature-details__row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {walkId !== null && (
        <p>
          <AppLink to={`${pagePaths.walkInfo}?id=${walkId}`}>
            {feature.properties.protocol_published === true ? t('details.walkProtocol') : t('details.walkPage')}
          </AppLink>
        </p>
      )}
      <button type="button" className="button" onClick={onShowOnMap}>
        {t('details.showOnMap')}
      </button>
    </section>
  )
}
