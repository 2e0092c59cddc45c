import type { FeatureCollection, Geometry, Polygon } from 'geojson'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClientConfig } from '../data/client-config.ts'
import type { AreaFeatureProperties } from '../grannsamverkan/area-state.ts'
import type { CoverageShapes } from '../grannsamverkan/coverage-features.ts'
import type { Outlines } from '../grannsamverkan/use-grannsamverkan-data.ts'
import { createGrannsamverkanMap } from '../map/grannsamverkan-map-adapter.ts'
import type { GrannsamverkanMap } from '../map/grannsamverkan-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import { mapText } from '../map/map-text.ts'

/** What is being drawn: a new area, or an existing area's outline; `seq` starts it again. */
export interface DrawRequest {
  areaId: number | null
  outline: Polygon | null
  seq: number
}

interface GrannsamverkanMapViewProps {
  config: ClientConfig
  areas: FeatureCollection<Geometry, AreaFeatureProperties>
  background: Outlines
  selectedId: number | null
  coverage: CoverageShapes
  coverageVisible: boolean
  /** A new `seq` moves the camera to the area again. */
  show: { areaId: number; seq: number } | null
  drawing: DrawRequest | null
  /** An import's outlines before they are saved (empty when there is none). */
  importPreview: FeatureCollection
  onAreaClick(areaId: number | null): void
  onOutlineChange(outline: Polygon | null, finished: boolean): void
}

/** Hosts the police's map and hands every change to its adapter; it never touches MapLibre itself. */
export function GrannsamverkanMapView(props: GrannsamverkanMapViewProps) {
  const { config, areas, background, selectedId, show, drawing, coverage, coverageVisible, importPreview } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<GrannsamverkanMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('grannsamverkan.map.canvasLabel'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: GrannsamverkanMap
    try {
      adapter = createGrannsamverkanMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onAreaClick: (id) => latest.current.props.onAreaClick(id),
        onOutlineChange: (outline, finished) => latest.current.props.onOutlineChange(outline, finished),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setAreas(current.areas)
    adapter.setSelection(current.selectedId)
    adapter.setCoverage(current.coverage)
    adapter.setCoverageVisible(current.coverageVisible)
    adapter.setImportPreview(current.importPreview)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setAreas(areas), [areas])
  useEffect(() => adapterRef.current?.setSelection(selectedId), [selectedId])
  useEffect(() => adapterRef.current?.setCoverage(coverage), [coverage])
  useEffect(() => adapterRef.current?.setCoverageVisible(coverageVisible), [coverageVisible])
  useEffect(() => adapterRef.current?.setImportPreview(importPreview), [importPreview])
  useEffect(() => {
    if (show) adapterRef.current?.showArea(show.areaId)
  }, [show])
  useEffect(() => {
    const adapter = adapterRef.current
    if (!adapter) return
    if (drawing) adapter.startDrawing({ outline: drawing.outline ?? undefined, areaId: drawing.areaId ?? undefined })
    else adapter.stopDrawing()
  }, [drawing])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('grannsamverkan.map.regionLabel')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('grannsamverkan.map.noWebgl')}</p>}
    </div>
  )
}
