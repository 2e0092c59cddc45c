import type { Feature, FeatureCollection, Point } from 'geojson'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { modOverlaySources, modPointLayerId, modSources, modStyleLayers } from './moderation-layers.ts'
import type { StaffPointProperties } from './moderation-layers.ts'

export type StaffPoints = FeatureCollection<Point, StaffPointProperties>

/**
 * The one module that owns the staff map of reports (moderation) and incidents: points at their
 * exact places, the chosen one ringed, and a picked place for a new incident. Components only
 * call this API; nothing here knows about React.
 */
export interface ModerationMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  setPoints(points: StaffPoints): void
  /** Rings the point (null clears it). */
  setSelection(pointId: number | null): void
  /** Moves the camera to the point, close enough to see the street corner. */
  showPoint(pointId: number): void
  /** The place being picked for a new incident (null clears it); a new place is brought into view. */
  setPick(coordinates: [number, number] | null): void
  setText(text: MapText): void
  destroy(): void
}

export interface ModerationMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A click on a point (its id), or on the empty map (null) with where it was. */
  onClick(pointId: number | null, coordinates: [number, number]): void
}

// A finger is less precise than a mouse: search this many pixels around a click.
const CLICK_TOLERANCE_PX = 10
const POINT_ZOOM = 16

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

export function createModerationMap(options: ModerationMapOptions): ModerationMap {
  const overlay = { sources: modOverlaySources(), layers: modStyleLayers }
  let text = options.text
  let points: StaffPoints = { type: 'FeatureCollection', features: [] }
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let selectedId: number | null = null
  let pick: [number, number] | null = null
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay,
    text,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['mod-municipality-line'],
      'urban-areas': ['mod-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
      reports: [modPointLayerId],
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
    applyPoints()
    applyPick()
  })

  map.on('click', (event: MapMouseEvent) => options.onClick(pointAt(event), [event.lngLat.lng, event.lngLat.lat]))
  map.on('mousemove', (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = pointAt(event) !== null ? 'pointer' : ''
  })

  function pointAt(event: MapMouseEvent): number | null {
    if (!styleReady || !map.getLayer(modPointLayerId)) return null
    const { x, y } = event.point
    const features = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers: [modPointLayerId] },
    )
    // The nearest of the points under the finger.
    let best: { id: number; distance: number } | null = null
    for (const feature of features) {
      const id = Number(feature.properties.point_id)
      if (!Number.isInteger(id) || feature.geometry.type !== 'Point') continue
      const at = map.project(feature.geometry.coordinates as [number, number])
      const distance = Math.hypot(at.x - x, at.y - y)
      if (!best || distance < best.distance) best = { id, distance }
    }
    return best?.id ?? null
  }

  const source = (id: string) => map.getSource<GeoJSONSource>(id)
  const selectedFeature = (): Feature<Point, StaffPointProperties> | undefined =>
    points.features.find((feature) => feature.properties.point_id === selectedId)

  function applyBackground() {
    if (!styleReady) return
    source(modSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(modSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyPoints() {
    if (!styleReady) return
    source(modSources.points)?.setData(points)
    const feature = selectedFeature()
    source(modSources.selection)?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] })
    hook.dataLoaded = true
  }

  function applyPick() {
    if (!styleReady) return
    source(modSources.pick)?.setData({
      type: 'FeatureCollection',
      features: pick ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: pick }, properties: {} }] : [],
    })
  }

  function ease(coordinates: [number, number]) {
    const bounds = map.getBounds()
    const zoom = Math.max(map.getZoom(), POINT_ZOOM - 1)
    // A point already in view at a close zoom stays put, so the map does not jump under the finger.
    if (bounds.contains(coordinates) && map.getZoom() >= POINT_ZOOM - 1) return
    map.easeTo({ center: coordinates, zoom, duration: reducedMotion() ? 0 : 700 })
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setPoints(next) {
      points = next
      applyPoints()
    },
    setSelection(pointId) {
      selectedId = pointId
      applyPoints()
    },
    showPoint(pointId) {
      const feature = points.features.find((candidate) => candidate.properties.point_id === pointId)
      if (feature) ease(feature.geometry.coordinates as [number, number])
    },
    setPick(coordinates) {
      const moved = coordinates !== null && (pick === null || pick[0] !== coordinates[0] || pick[1] !== coordinates[1])
      pick = coordinates
      applyPick()
      if (moved && coordinates) ease(coordinates)
    },
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text)
    },
    destroy() {
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      map.remove()
    },
  }
}
