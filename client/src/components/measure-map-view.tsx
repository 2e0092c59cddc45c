import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import { mapText } from '../map/map-text.ts'
import { createMeasureMap } from '../map/measure-map-adapter.ts'
import type { MeasureMap, ShapeChange } from '../map/measure-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MeasureFeatures } from '../measures/measure-features.ts'
import type { ShapeKind } from '../measures/measure-form.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'

/** A shape to put into the drawing (null clears it); a new `seq` loads it again. */
export interface ShapeLoad {
  geometry: MeasureGeometry | null
  seq: number
}

/** A request to the map that is not state: a new `seq` does it again. */
export interface MapCommand {
  seq: number
}

interface MeasureMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  measures: MeasureFeatures | null
  /** The measure to bring into view; a new `seq` moves the camera again. */
  focus: { measureId: number; seq: number } | null
  /** What a click draws; null: a click opens a measure. */
  drawKind: ShapeKind | null
  shapeLoad: ShapeLoad
  finish: MapCommand
  centre: MapCommand
  onMeasureClick(measureId: number): void
  onShapeChange(change: ShapeChange): void
}

/** Hosts the measures map and hands every change to its adapter; it never touches MapLibre itself. */
export function MeasureMapView(props: MeasureMapViewProps) {
  const { background, measures, focus, drawKind, shapeLoad, finish, centre } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<MeasureMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('measures.map.canvasLabel'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: MeasureMap
    try {
      adapter = createMeasureMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onMeasureClick: (measureId) => latest.current.props.onMeasureClick(measureId),
        onShapeChange: (change) => latest.current.props.onShapeChange(change),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setMeasures(current.measures)
    adapter.setDrawKind(current.drawKind)
    adapter.loadShape(current.shapeLoad.geometry)
    if (current.focus) adapter.showMeasure(current.focus.measureId)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setMeasures(measures), [measures])
  useEffect(() => {
    if (focus) adapterRef.current?.showMeasure(focus.measureId)
  }, [focus])
  useEffect(() => adapterRef.current?.setDrawKind(drawKind), [drawKind])
  useEffect(() => adapterRef.current?.loadShape(shapeLoad.geometry), [shapeLoad])
  useEffect(() => {
    if (finish.seq > 0) adapterRef.current?.finishShape()
  }, [finish])
  useEffect(() => {
    if (centre.seq > 0) adapterRef.current?.pointAtCentre()
  }, [centre])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('measures.map.regionLabel')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('measures.map.noWebgl')}</p>}
    </div>
  )
}
