import { lazy, Suspense, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import { layerColours } from '../map/palette.ts'
import { meetingPointStyle, observationStyles } from '../map/walk-route-layers.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { walkRouteData } from '../walk-protocol/route-features.ts'
import type { WalkFacts } from '../walk-protocol/walk-facts.ts'
import { LegendSwatch } from './legend-swatch.tsx'

// MapLibre is most of the JavaScript: loaded after the protocol's text is shown.
const WalkProtocolMapView = lazy(() => import('./walk-protocol-map-view.tsx').then((module) => ({ default: module.WalkProtocolMapView })))

interface WalkProtocolMapProps {
  walk: WalkFacts
  /** In the protocol's order, which gives their numbers. */
  observations: readonly WalkObservation[]
}

/**
 * The route with its numbered observations, a legend in words, and the map's picture for the
 * printed page (a WebGL canvas prints blank; the stylesheet swaps the two when printing).
 */
export function WalkProtocolMap({ walk, observations }: WalkProtocolMapProps) {
  const { t } = useTranslation()
  const background = useMapBackground()
  const [snapshot, setSnapshot] = useState<string | null>(null)
  const meetingPointLabel = t('walkProtocol.map.meetingPoint')
  const data = useMemo(
    () => walkRouteData({ route: walk.route, status: walk.status, meetingPoint: walk.meeting_point, meetingPointLabel, observations }),
    [walk.route, walk.status, walk.meeting_point, meetingPointLabel, observations],
  )
  // Only what the map shows: a walk seen from the open collection has no meeting point geometry, a planned one no observations.
  const keys = [
    { label: t('walkProtocol.map.legendRoute'), swatch: { kind: 'line', colour: layerColours.walk, pattern: 'solid', casing: layerColours.walkCasing } as const },
    ...(walk.meeting_point
      ? [{ label: t('walkProtocol.map.legendMeeting'), swatch: { kind: 'circle', fill: meetingPointStyle.fill, stroke: meetingPointStyle.fill } as const }]
      : []),
    ...(observations.some((observation) => observation.assessment === 'unsafe')
      ? [{ label: t('walkProtocol.map.legendUnsafe'), swatch: { kind: 'circle', fill: observationStyles.unsafe.fill, stroke: observationStyles.unsafe.stroke } as const }]
      : []),
    ...(observations.some((observation) => observation.assessment === 'safe')
      ? [
          {
            label: t('walkProtocol.map.legendSafe'),
            swatch: { kind: 'circle', fill: observationStyles.safe.fill, stroke: observationStyles.safe.stroke, strokeWidth: 2.5 } as const,
          },
        ]
      : []),
  ]

  return (
    <section className="wp-map" aria-labelledby="wp-map-heading">
      <h2 id="wp-map-heading" className="wp-section__heading">
        {t('walkProtocol.map.heading')}
      </h2>
      <div className="wp-map__frame" data-map-area="">
        <Suspense fallback={null}>
          {background.config && <WalkProtocolMapView background={{ ...background, config: background.config }} data={data} onSnapshot={setSnapshot} />}
        </Suspense>
      </div>
      {snapshot && <img className="wp-map__print" src={snapshot} alt={t('walkProtocol.map.printAlt')} />}
      {background.failed && <p className="message message--error">{t('walkProtocol.map.loadError')}</p>}
      <ul className="wp-map__legend">
        {keys.map((key) => (
          <li key={key.label} className="wp-map__key">
            <LegendSwatch swatch={key.swatch} />
            <span>{key.label}</span>
          </li>
        ))}
      </ul>
      {observations.length > 0 && <p className="wp-map__note">{t('walkProtocol.map.legendNumbers')}</p>}
    </section>
  )
}
