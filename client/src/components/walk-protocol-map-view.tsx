import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createWalkRouteMap } from '../map/walk-route-map-adapter.ts'
import type { WalkRouteMap } from '../map/walk-route-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'
import type { WalkRouteData } from '../walk-protocol/route-features.ts'
import { mapText } from '../map/map-text.ts'

interface WalkProtocolMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  data: WalkRouteData
  onSnapshot(url: string): void
}

/** Hosts the walk's route map and hands every change to its adapter. */
export function WalkProtocolMapView(props: WalkProtocolMapViewProps) {
  const { background, data } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<WalkRouteMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('walkProtocol.map.canvas'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: WalkRouteMap
    try {
      adapter = createWalkRouteMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onSnapshot: (url) => latest.current.props.onSnapshot(url),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setWalk(current.data)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setWalk(data), [data])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('walkProtocol.map.region')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('walkProtocol.map.noWebgl')}</p>}
    </div>
  )
}
