import { bbox, lineString } from '@turf/turf'
import type { FeatureCollection, LineString, Point, Position } from 'geojson'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import { TerraDraw, TerraDrawLineStringMode, TerraDrawSelectMode } from 'terra-draw'
import type { GeoJSONStoreFeatures } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { HotspotPointProperties, WalkRouteProperties } from '../walk-planning/plan-features.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { planHotspotLayerId, planOverlaySources, planSources, planStyleLayers, routeDrawStyle, routeSelectStyle } from './walk-planning-layers.ts'

/** What a click on the map does: nothing (reading), set the meeting point, or draw and edit the route. */
export type PlanTool = 'none' | 'meeting' | 'route'

export interface RouteChange {
  /** The route's set positions; null while fewer than two are set. */
  route: Position[] | null
  /** While drawing, the line to the pointer as well, for the length shown live. */
  preview: Position[] | null
  /** A line is being drawn and not yet finished. */
  drawing: boolean
}

/**
 * The one module that owns the walk planning map: MapLibre for the other walks, the places no walk
 * has passed and the meeting point, and terra-draw for drawing the route and moving its points.
 * Components only call this API; nothing here knows about React.
 */
export interface WalkPlanningMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  setWalks(routes: FeatureCollection<LineString, WalkRouteProperties>): void
  setHotspots(points: FeatureCollection<Point, HotspotPointProperties> | null): void
  setMeetingPoint(coordinates: [number, number] | null, label: string): void
  setTool(tool: PlanTool): void
  /** Replaces the drawn route (null clears it); a route loaded is brought into view. */
  loadRoute(route: Position[] | null): void
  /** Ends a line being drawn where its last point was set. */
  finishRoute(): void
  setText(text: MapText): void
  destroy(): void
}

export interface WalkPlanningMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  onMeetingPoint(coordinates: [number, number]): void
  onRouteChange(change: RouteChange): void
}

const DRAW_MODE = 'linestring'
const EDIT_MODE = 'select'
const READ_MODE = 'static'
// Close enough to see the streets a route follows, with some of the town around it.
const ROUTE_MAX_ZOOM = 16

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

export function createWalkPlanningMap(options: WalkPlanningMapOptions): WalkPlanningMap {
  const overlay = { sources: planOverlaySources(), layers: planStyleLayers }
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let walks: FeatureCollection = emptyCollection
  let hotspots: FeatureCollection | null = null
  let meetingPoint: { coordinates: [number, number]; label: string } | null = null
  let tool: PlanTool = 'none'
  let route: Position[] | null = null
  let styleReady = false
  let draw: TerraDraw | null = null
  // terra-draw reports its own clearing and loading as changes; those are not the planner's.
  let loading = false
  // The first places to arrive are brought into view, unless a route was.
  let fitted = false

  const flat = createFlatMap({ container: options.container, basemapStyleUrl: options.basemapStyleUrl, overlay, text })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['plan-municipality-line'],
      'urban-areas': ['plan-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': ['plan-walks-done', 'plan-walks-planned'],
      'walk-observations': [],
      reports: [planHotspotLayerId],
      measures: [],
    },
    whenIdle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  }
  window.__trygghetskartan = hook

  map.on('style.load', () => {
    styleReady = true
    applyBackground()
    applyWalks()
    applyHotspots()
    applyMeetingPoint()
  })
  // terra-draw adds its own layers, so it starts once the first style is in place.
  map.once('load', () => {
    draw = createDraw()
    applyRoute()
  })

  map.on('click', (event: MapMouseEvent) => {
    if (tool === 'meeting') options.onMeetingPoint([event.lngLat.lng, event.lngLat.lat])
  })

  const source = (id: string) => map.getSource<GeoJSONSource>(id)

  function applyBackground() {
    if (!styleReady) return
    source(planSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(planSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyWalks() {
    if (styleReady) source(planSources.walks)?.setData(walks)
  }

  function applyHotspots() {
    if (!styleReady) return
    source(planSources.hotspots)?.setData(hotspots ?? emptyCollection)
    // The places are what tests and the bench wait for; before they arrive the map is not "loaded".
    hook.dataLoaded = hotspots !== null
  }

  function applyMeetingPoint() {
    if (!styleReady) return
    source(planSources.meetingPoint)?.setData({
      type: 'FeatureCollection',
      features: meetingPoint ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: meetingPoint.coordinates }, properties: { label: meetingPoint.label } }] : [],
    })
  }

  function createDraw(): TerraDraw {
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawLineStringMode({ styles: routeDrawStyle }),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          flags: { [DRAW_MODE]: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true } } } },
          styles: routeSelectStyle,
        }),
      ],
    })
    instance.start()
    instance.on('change', () => reportRoute())
    // A finished line can have its points moved at once, as a loaded one can.
    instance.on('finish', (id) => {
      if (instance.getMode() !== DRAW_MODE) return
      instance.setMode(EDIT_MODE)
      instance.selectFeature(id)
      reportRoute()
    })
    return instance
  }

  function routeFeature(): GeoJSONStoreFeatures | undefined {
    return draw?.getSnapshot().find((feature) => feature.geometry.type === 'LineString' && feature.properties.mode === DRAW_MODE)
  }

  function reportRoute() {
    if (loading) return
    const feature = routeFeature()
    if (!feature) {
      route = null
      options.onRouteChange({ route: null, preview: null, drawing: false })
      return
    }
    const positions = (feature.geometry as LineString).coordinates
    // While drawing, the last position follows the pointer: it is not set yet.
    const drawing = Boolean(feature.properties.currentlyDrawing)
    const set = drawing ? positions.slice(0, -1) : positions
    route = set.length >= 2 ? set : null
    options.onRouteChange({ route, preview: drawing ? positions : route, drawing })
  }

  /** Puts `route` into terra-draw, then the tool's mode. */
  function applyRoute() {
    if (!draw) return
    const positions = route
    loading = true
    try {
      draw.setMode(READ_MODE)
      draw.clear()
      if (positions) draw.addFeatures([{ type: 'Feature', geometry: { type: 'LineString', coordinates: positions }, properties: { mode: DRAW_MODE } }])
    } finally {
      loading = false
    }
    applyTool()
    reportRoute()
  }

  function applyTool() {
    map.getCanvas().style.cursor = tool === 'meeting' ? 'crosshair' : ''
    if (!draw) return
    const feature = routeFeature()
    if (tool !== 'route') {
      if (feature?.properties.currentlyDrawing) return finishRoute()
      draw.setMode(READ_MODE)
      return
    }
    if (feature?.id !== undefined && !feature.properties.currentlyDrawing) {
      draw.setMode(EDIT_MODE)
      draw.selectFeature(feature.id)
    } else if (draw.getMode() !== DRAW_MODE) {
      draw.setMode(DRAW_MODE)
    }
  }

  function finishRoute() {
    const feature = routeFeature()
    if (!feature?.properties.currentlyDrawing) return
    const positions = (feature.geometry as LineString).coordinates.slice(0, -1)
    route = positions.length >= 2 ? positions : null
    applyRoute()
  }

  function fitTo(positions: Position[]) {
    if (positions.length === 0) return
    const [minLon, minLat, maxLon, maxLat] = bbox(lineString(positions.length === 1 ? [positions[0]!, positions[0]!] : positions))
    map.fitBounds(
      [
        [minLon, minLat],
        [maxLon, maxLat],
      ],
      { padding: 64, maxZoom: ROUTE_MAX_ZOOM, duration: reducedMotion() ? 0 : 700 },
    )
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setWalks(next) {
      walks = next
      applyWalks()
    },
    setHotspots(next) {
      hotspots = next
      applyHotspots()
      if (!fitted && next && next.features.length > 0) {
        fitted = true
        fitTo(next.features.map((feature) => feature.geometry.coordinates))
      }
    },
    setMeetingPoint(coordinates, label) {
      meetingPoint = coordinates ? { coordinates, label } : null
      applyMeetingPoint()
    },
    setTool(next) {
      tool = next
      applyTool()
    },
    loadRoute(next) {
      route = next && next.length >= 2 ? next : null
      applyRoute()
      if (!route) return
      fitted = true
      fitTo(meetingPoint ? [meetingPoint.coordinates, ...route] : route)
    },
    finishRoute,
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text)
    },
    destroy() {
      draw?.stop()
      draw = null
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      map.remove()
    },
  }
}
