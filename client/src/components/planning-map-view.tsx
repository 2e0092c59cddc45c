import type { FeatureCollection } from 'geojson'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapFeatureCollection } from '../data/collections.ts'
import { mapText } from '../map/map-text.ts'
import { createPlanningMap } from '../map/planning-map-adapter.ts'
import type { Box, PlanningMap } from '../map/planning-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'
import type { SiteFeatures } from '../planning/site-features.ts'

interface PlanningMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  centrum: MapFeatureCollection | undefined
  sites: SiteFeatures | null
  hexGrid: FeatureCollection | null
  hexVisible: boolean
  /** A new `seq` moves the camera to the site `rank`. */
  focus: { rank: number; seq: number } | null
  onSiteClick(rank: number | null): void
  onViewChange(box: Box): void
}

/** Hosts the planning map and hands every change to its adapter; it never touches MapLibre itself. */
export function PlanningMapView(props: PlanningMapViewProps) {
  const { background, centrum, sites, hexGrid, hexVisible, focus } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<PlanningMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('planning.map.canvasLabel'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: PlanningMap
    try {
      adapter = createPlanningMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onSiteClick: (rank) => latest.current.props.onSiteClick(rank),
        onViewChange: (box) => latest.current.props.onViewChange(box),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setCentrum(current.centrum)
    adapter.setSites(current.sites)
    adapter.setHexGrid(current.hexGrid)
    adapter.setHexVisible(current.hexVisible)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setCentrum(centrum), [centrum])
  useEffect(() => adapterRef.current?.setSites(sites), [sites])
  useEffect(() => adapterRef.current?.setHexGrid(hexGrid), [hexGrid])
  useEffect(() => adapterRef.current?.setHexVisible(hexVisible), [hexVisible])
  useEffect(() => {
    if (focus) adapterRef.current?.showSite(focus.rank)
  }, [focus])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('planning.map.regionLabel')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('planning.map.noWebgl')}</p>}
    </div>
  )
}
