import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WalkObservation, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { createWalkFieldMap } from '../map/walk-field-map-adapter.ts'
import type { WalkFieldMap, WalkFieldMapText } from '../map/walk-field-map-adapter.ts'
import { meetingPoint, positionFeatures, savedObservations, waitingObservations, walkRoute } from '../map/walk-field-layers.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'
import type { PositionFix } from '../walk-field/field-position.ts'
import type { QueuedObservation } from '../walk-field/observation-queue.ts'
import { mapText } from '../map/map-text.ts'

interface WalkFieldMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  walk: WalkSummary
  observations: readonly WalkObservation[]
  queued: readonly QueuedObservation[]
  fix: PositionFix | null
  following: boolean
  /** The marker for the new observation, when the place was chosen on the map or confirmed. */
  pick: [number, number] | null
  onPick(coordinates: [number, number]): void
}

/** Hosts the map on the walk and hands every change to its adapter. */
export function WalkFieldMapView(props: WalkFieldMapViewProps) {
  const { background, walk, observations, queued, fix, following, pick } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<WalkFieldMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text: WalkFieldMapText = { ...mapText(t, t('walkField.map.canvasLabel')), marker: t('walkField.map.marker') }
  const walkData = useMemo(() => ({ route: walkRoute(walk), meeting: meetingPoint(walk) }), [walk])
  const saved = useMemo(() => savedObservations(observations, queued), [observations, queued])
  const waiting = useMemo(() => waitingObservations(walk.id, queued), [walk.id, queued])
  const position = useMemo(() => positionFeatures(fix), [fix])
  const latest = useRef({ props, text, walkData, saved, waiting, position })
  useEffect(() => {
    latest.current = { props, text, walkData, saved, waiting, position }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: WalkFieldMap
    try {
      adapter = createWalkFieldMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onPick: (coordinates) => latest.current.props.onPick(coordinates),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current
    adapter.setBackground(current.props.background.municipalities, current.props.background.urbanAreas)
    adapter.setWalk(current.walkData.route, current.walkData.meeting)
    adapter.setObservations(current.saved, current.waiting)
    adapter.setPosition(current.position, null)
    adapter.setPick(current.props.pick)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setWalk(walkData.route, walkData.meeting), [walkData])
  useEffect(() => adapterRef.current?.setObservations(saved, waiting), [saved, waiting])
  useEffect(() => adapterRef.current?.setPosition(position, following && fix ? fix.coordinates : null), [position, following, fix])
  useEffect(() => adapterRef.current?.setPick(pick), [pick])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="wf-map" role="region" aria-label={t('walkField.map.regionLabel')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('walkField.map.noWebgl')}</p>}
    </div>
  )
}
