import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mapText } from '../map/map-text.ts'
import { createSituationMap } from '../map/situation-map-adapter.ts'
import type { SituationMap } from '../map/situation-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'
import type { SituationMapData } from '../situation/situation-map-data.ts'

interface SituationMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  /** Null while the first period loads. */
  data: SituationMapData | null
  onSnapshot(url: string): void
}

/** Hosts the lägesbild's map and hands every change to its adapter. */
export function SituationMapView(props: SituationMapViewProps) {
  const { background, data } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<SituationMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('situation.map.canvas'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: SituationMap
    try {
      adapter = createSituationMap({
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
    if (current.data) adapter.setData(current.data)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => {
    if (data) adapterRef.current?.setData(data)
  }, [data])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('situation.map.region')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('situation.map.noWebgl')}</p>}
    </div>
  )
}
