import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sourceStyles, topPlaceStyle } from '../map/situation-layers.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import type { SituationMapData } from '../situation/situation-map-data.ts'
import { situationSources } from '../situation/situation-rows.ts'
import { LegendSwatch } from './legend-swatch.tsx'

// MapLibre is most of the JavaScript: loaded after the numbers are shown.
const SituationMapView = lazy(() => import('./situation-map-view.tsx').then((module) => ({ default: module.SituationMapView })))

interface SituationMapProps {
  data: SituationMapData | null
  /** The period shown has no places: said under the map, which then shows the town. */
  empty: boolean
}

/**
 * The period's places on a map with its key in words, and the map's picture for the printed page
 * (a WebGL canvas prints blank; the stylesheet swaps the two when printing).
 */
export function SituationMap({ data, empty }: SituationMapProps) {
  const { t } = useTranslation()
  const background = useMapBackground()
  const [snapshot, setSnapshot] = useState<string | null>(null)

  return (
    <section className="sp-map" aria-labelledby="sp-map-heading">
      <h2 id="sp-map-heading" className="sp-section__heading">
        {t('situation.map.heading')}
      </h2>
      <div className="sp-map__frame" data-map-area="">
        <Suspense fallback={null}>
          {background.config && <SituationMapView background={{ ...background, config: background.config }} data={data} onSnapshot={setSnapshot} />}
        </Suspense>
      </div>
      {snapshot && <img className="sp-map__print" src={snapshot} alt={t('situation.map.printAlt')} />}
      {/* On screen the map's own control says it; on paper the picture has no controls. */}
      {snapshot && (
        <p className="sp-map__credit">
          {t('map.attribution')}
        </p>
      )}
      {background.failed && <p className="message message--error">{t('situation.map.loadError')}</p>}
      {empty && <p className="sp-map__note">{t('situation.map.none')}</p>}
      <ul className="sp-map__legend" aria-label={t('situation.map.legend')}>
        {situationSources.map((source) => (
          <li key={source} className="sp-map__key">
            <LegendSwatch swatch={{ kind: 'circle', ...sourceStyles[source] }} />
            <span>{t(`situation.sources.${source}`)}</span>
          </li>
        ))}
        <li className="sp-map__key">
          <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
            <circle cx="20" cy="10" r="7.5" fill="none" stroke={topPlaceStyle.ring} strokeWidth="2" />
            <text x="6" y="14" textAnchor="middle" fontSize="11" fontWeight="600" fill={topPlaceStyle.text}>
              1
            </text>
          </svg>
          <span>{t('situation.map.topPlace')}</span>
        </li>
      </ul>
    </section>
  )
}
