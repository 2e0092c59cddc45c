import type { FeatureCollection, LineString, Point, Position } from 'geojson'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createWalkPlanningMap } from '../map/walk-planning-map-adapter.ts'
import type { PlanTool, RouteChange, WalkPlanningMap } from '../map/walk-planning-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'
import type { HotspotPointProperties, WalkRouteProperties } from '../walk-planning/plan-features.ts'
import { mapText } from '../map/map-text.ts'

/** A route to put into the drawing (null clears it); a new `seq` loads it again. */
export interface RouteLoad {
  route: Position[] | null
  seq: number
}

interface WalkPlanMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  walks: FeatureCollection<LineString, WalkRouteProperties>
  hotspots: FeatureCollection<Point, HotspotPointProperties> | null
  meetingPoint: { coordinates: [number, number]; label: string } | null
  tool: PlanTool
  routeLoad: RouteLoad
  /** A new number ends the line being drawn. */
  finishSeq: number
  onMeetingPoint(coordinates: [number, number]): void
  onRouteChange(change: RouteChange): void
}

/** Hosts the walk planning map and hands every change to its adapter; it never touches MapLibre itself. */
export function WalkPlanMapView(props: WalkPlanMapViewProps) {
  const { background, walks, hotspots, meetingPoint, tool, routeLoad, finishSeq } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<WalkPlanningMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('walkPlanning.map.canvasLabel'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: WalkPlanningMap
    try {
      adapter = createWalkPlanningMap({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onMeetingPoint: (coordinates) => latest.current.props.onMeetingPoint(coordinates),
        onRouteChange: (change) => latest.current.props.onRouteChange(change),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    adapter.setWalks(current.walks)
    adapter.setHotspots(current.hotspots)
    adapter.setMeetingPoint(current.meetingPoint?.coordinates ?? null, current.meetingPoint?.label ?? '')
    adapter.loadRoute(current.routeLoad.route)
    adapter.setTool(current.tool)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => adapterRef.current?.setWalks(walks), [walks])
  useEffect(() => adapterRef.current?.setHotspots(hotspots), [hotspots])
  const meetingCoordinates = meetingPoint?.coordinates ?? null
  const meetingLabel = meetingPoint?.label ?? ''
  useEffect(() => adapterRef.current?.setMeetingPoint(meetingCoordinates, meetingLabel), [meetingCoordinates, meetingLabel])
  useEffect(() => adapterRef.current?.loadRoute(routeLoad.route), [routeLoad])
  useEffect(() => adapterRef.current?.setTool(tool), [tool])
  useEffect(() => {
    if (finishSeq > 0) adapterRef.current?.finishRoute()
  }, [finishSeq])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('walkPlanning.map.regionLabel')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('walkPlanning.map.noWebgl')}</p>}
    </div>
  )
}
