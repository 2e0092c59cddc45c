import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapBackground } from '../moderation/use-map-background.ts'
import { createModerationMap } from '../map/moderation-map-adapter.ts'
import type { ModerationMap, StaffPoints } from '../map/moderation-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import { mapText } from '../map/map-text.ts'

interface ModerationMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  points: StaffPoints
  selectedId: number | null
  /** A new `seq` moves the camera to the point again. */
  show: { pointId: number; seq: number } | null
  /** The place being picked for a new incident. */
  pick?: [number, number] | null
  /** The region's name, the canvas's description and what to say without WebGL. */
  labels: { region: string; canvas: string; noWebgl: string }
  onClick(pointId: number | null, coordinates: [number, number]): void
}

/** Hosts the staff map of reports or incidents and hands every change to its adapter. */
export function ModerationMapView(props: ModerationMapViewProps) {
  const { background, points, selectedId, show, pick = null, labels } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<ModerationMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, labels.canvas)
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: ModerationMap
    try {
      adapter = createModerationMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onClick: (pointId, coordinates) => latest.current.props.onClick(pointId, coordinates),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setPoints(current.points)
    adapter.setSelection(current.selectedId)
    adapter.setPick(current.pick ?? null)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setPoints(points), [points])
  useEffect(() => adapterRef.current?.setSelection(selectedId), [selectedId])
  useEffect(() => adapterRef.current?.setPick(pick), [pick])
  useEffect(() => {
    if (show) adapterRef.current?.showPoint(show.pointId)
  }, [show])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={labels.region}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{labels.noWebgl}</p>}
    </div>
  )
}
