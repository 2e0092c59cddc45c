import { Marker } from 'maplibre-gl'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import { labelPoints } from './label-points.ts'
import { labelSourceId, overlaySources, overlayStyleLayers } from './layers.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { layerColours } from './palette.ts'

/**
 * The small map on the report page: the municipality and its tätorter for orientation, and one
 * marker for the chosen spot. A tap or click puts the marker there; it can be dragged, or moved
 * with the arrow keys once it has focus. Components only call this API.
 */
export interface ReportPickerMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** Puts the marker on a spot chosen elsewhere (search, position) and brings it into view; null removes it. */
  setPoint(coordinates: [number, number] | null): void
  /** The spot in the middle of the map, for choosing with the keyboard. */
  centre(): [number, number]
  setText(text: ReportPickerText): void
  destroy(): void
}

export interface ReportPickerText extends MapText {
  marker: string
}

export interface ReportPickerOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: ReportPickerText
  /** The resident put or moved the marker on the map. */
  onPick(coordinates: [number, number]): void
}

// Close enough to see which side of a street the spot is on.
const PICK_ZOOM = 16
// How far one arrow key press moves a focused marker.
const MARKER_STEP_PX = 12

const arrowSteps: Partial<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

const backgroundLayerIds = new Set([
  'urban-areas-fill',
  'urban-areas-line',
  'municipalities-casing',
  'municipalities-line',
  'urban-areas-label',
])

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

export function createReportPicker(options: ReportPickerOptions): ReportPickerMap {
  // The open map's own layers for the boundary and the tätorter, without their legend metadata.
  const overlay = {
    sources: overlaySources(['municipalities', 'urban-areas']),
    layers: overlayStyleLayers.filter((layer) => backgroundLayerIds.has(layer.id)).map((layer) => ({ ...layer, metadata: undefined })),
  }
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay,
    text,
    padding: 8,
    extraLocale: { 'Marker.Title': text.marker },
  })
  const map = flat.map

  const marker = new Marker({ draggable: true, color: layerColours.reportStroke })
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
      municipalities: ['municipalities-line'],
      'urban-areas': ['urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
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
    applyBackground()
  })

  map.on('click', (event: MapMouseEvent) => {
    showMarker([event.lngLat.lng, event.lngLat.lat])
    options.onPick(lngLatOf(marker))
  })

  function showMarker(coordinates: [number, number]) {
    marker.setLngLat(coordinates)
    if (!markerShown) {
      marker.addTo(map)
      marker.getElement().setAttribute('aria-label', text.marker)
      markerShown = true
    }
  }

  function applyBackground() {
    if (!styleReady) return
    const empty: MapFeatureCollection = { type: 'FeatureCollection', features: [] }
    map.getSource<GeoJSONSource>('municipalities')?.setData(background.municipalities ?? empty)
    map.getSource<GeoJSONSource>('urban-areas')?.setData(background.urbanAreas ?? empty)
    map.getSource<GeoJSONSource>(labelSourceId('urban-areas'))?.setData(labelPoints(background.urbanAreas ?? empty, 'name'))
    hook.dataLoaded = Boolean(background.municipalities)
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setPoint(coordinates) {
      if (!coordinates) {
        marker.remove()
        markerShown = false
        return
      }
      const current = markerShown ? lngLatOf(marker) : null
      if (current && current[0] === coordinates[0] && current[1] === coordinates[1]) return
      showMarker(coordinates)
      map.easeTo({ center: coordinates, zoom: Math.max(map.getZoom(), PICK_ZOOM), duration: reducedMotion() ? 0 : 600 })
    },
    centre() {
      const { lng, lat } = map.getCenter()
      return [lng, lat]
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

function lngLatOf(marker: Marker): [number, number] {
  const { lng, lat } = marker.getLngLat()
  return [lng, lat]
}
