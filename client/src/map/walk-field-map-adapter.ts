import type { FeatureCollection, LineString, Point, Polygon } from 'geojson'
import { LngLatBounds, Marker } from 'maplibre-gl'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { markerSpecs, renderMarker } from './marker-images.ts'
import { layerColours } from './palette.ts'
import { wfOverlaySources, wfRouteLayerId, wfSavedLayerId, wfSources, wfStyleLayers, wfWaitingLayerId } from './walk-field-layers.ts'

/**
 * The one module that owns the map on the walk: the route, the meeting point, the observations,
 * the phone's position, and the marker for a new observation. A tap puts the marker there; it can
 * be dragged, or moved with the arrow keys once it has focus. Components only call this API.
 */
export interface WalkFieldMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** The route and meeting point; the first call fits the map to the route. */
  setWalk(route: FeatureCollection<LineString>, meetingPoint: FeatureCollection<Point>): void
  setObservations(saved: FeatureCollection<Point>, waiting: FeatureCollection<Point>): void
  /** The position dot and accuracy circle; `follow` keeps the position in view. */
  setPosition(features: { accuracy: FeatureCollection<Polygon>; position: FeatureCollection<Point> }, follow: [number, number] | null): void
  /** The marker for the new observation (null removes it). */
  setPick(coordinates: [number, number] | null): void
  setText(text: WalkFieldMapText): void
  destroy(): void
}

export interface WalkFieldMapText extends MapText {
  marker: string
}

export interface WalkFieldMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: WalkFieldMapText
  /** The person tapped the map or moved the marker. */
  onPick(coordinates: [number, number]): void
}

// How far one arrow key press moves a focused marker.
const MARKER_STEP_PX = 12
// Close enough to see which side of the street the person is on.
const FOLLOW_ZOOM = 17
const arrowSteps: Partial<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

export function createWalkFieldMap(options: WalkFieldMapOptions): WalkFieldMap {
  let text = options.text
  let styleReady = false
  let fitted = false
  const data = new Map<string, FeatureCollection>()

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay: { sources: wfOverlaySources(), layers: wfStyleLayers },
    text,
    padding: 8,
    extraLocale: { 'Marker.Title': text.marker },
  })
  const map = flat.map

  const marker = new Marker({ draggable: true, color: layerColours.selection })
  let markerShown = false
  marker.on('dragend', () => options.onPick(lngLatOf(marker)))
  marker.getElement().addEventListener('keydown', (event) => {
    const step = arrowSteps[event.key]
    if (!step) return
    // Not the map's own arrow-key panning: this key moves the marker.
    event.preventDefault()
    event.stopPropagation()
    const point = map.project(marker.getLngLat())
    marker.setLngLat(map.unproject([point.x + step[0] * MARKER_STEP_PX, point.y + step[1] * MARKER_STEP_PX]))
    options.onPick(lngLatOf(marker))
  })

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['wf-municipality-line'],
      'urban-areas': ['wf-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [wfRouteLayerId],
      'walk-observations': [wfSavedLayerId, wfWaitingLayerId],
      reports: [],
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
    for (const spec of markerSpecs) {
      if (map.hasImage(spec.id)) continue
      const image = renderMarker(spec, 2)
      map.addImage(spec.id, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio })
    }
    for (const [id, collection] of data) map.getSource<GeoJSONSource>(id)?.setData(collection)
    fitRoute()
  })

  map.on('click', (event: MapMouseEvent) => {
    showMarker([event.lngLat.lng, event.lngLat.lat])
    options.onPick(lngLatOf(marker))
  })

  // Sources are set once the style is there; until then (and after a basemap fallback) they wait here.
  function setData(id: string, collection: FeatureCollection) {
    data.set(id, collection)
    if (styleReady) map.getSource<GeoJSONSource>(id)?.setData(collection)
  }

  function fitRoute() {
    const route = data.get(wfSources.route) as FeatureCollection<LineString> | undefined
    const line = route?.features[0]?.geometry.coordinates
    if (!styleReady || fitted || !line || line.length === 0) return
    fitted = true
    const bounds = line.reduce((box, position) => box.extend(position as [number, number]), new LngLatBounds(line[0] as [number, number], line[0] as [number, number]))
    map.fitBounds(bounds, { padding: 40, maxZoom: FOLLOW_ZOOM, duration: 0 })
    hook.dataLoaded = true
  }

  function showMarker(coordinates: [number, number]) {
    marker.setLngLat(coordinates)
    if (!markerShown) {
      marker.addTo(map)
      marker.getElement().setAttribute('aria-label', text.marker)
      markerShown = true
    }
  }

  return {
    setBackground(municipalities, urbanAreas) {
      setData(wfSources.municipalities, municipalities ?? emptyCollection)
      setData(wfSources.urbanAreas, urbanAreas ?? emptyCollection)
    },
    setWalk(route, meetingPoint) {
      setData(wfSources.route, route)
      setData(wfSources.meetingPoint, meetingPoint)
      fitRoute()
    },
    setObservations(saved, waiting) {
      setData(wfSources.saved, saved)
      setData(wfSources.waiting, waiting)
    },
    setPosition(features, follow) {
      setData(wfSources.accuracy, features.accuracy)
      setData(wfSources.position, features.position)
      if (!follow) return
      // Only when the dot nears the edge: a map that moves under the finger at every fix cannot be tapped.
      const bounds = map.getBounds()
      const [west, east, south, north] = [bounds.getWest(), bounds.getEast(), bounds.getSouth(), bounds.getNorth()]
      const [lon, lat] = follow
      const marginLon = (east - west) * 0.2
      const marginLat = (north - south) * 0.2
      const nearEdge = lon < west + marginLon || lon > east - marginLon || lat < south + marginLat || lat > north - marginLat
      if (nearEdge) map.easeTo({ center: follow, zoom: Math.max(map.getZoom(), FOLLOW_ZOOM - 1), duration: reducedMotion() ? 0 : 500 })
    },
    setPick(coordinates) {
      if (!coordinates) {
        marker.remove()
        markerShown = false
        return
      }
      const current = markerShown ? lngLatOf(marker) : null
      if (current && current[0] === coordinates[0] && current[1] === coordinates[1]) return
      showMarker(coordinates)
    },
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text, { 'Marker.Title': text.marker })
      if (markerShown) marker.getElement().setAttribute('aria-label', text.marker)
    },
    destroy() {
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      marker.remove()
      map.remove()
    },
  }
}

/** Six decimals are about 10 cm. */
function lngLatOf(marker: Marker): [number, number] {
  const { lng, lat } = marker.getLngLat()
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
}
