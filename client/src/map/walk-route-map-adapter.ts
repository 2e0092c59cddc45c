import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { WalkRouteData } from '../walk-protocol/route-features.ts'
import { routeBounds } from '../walk-protocol/route-features.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { walkObservationLayerId, walkRouteLineLayerId, walkRouteOverlaySources, walkRouteSources, walkRouteStyleLayers } from './walk-route-layers.ts'

/**
 * The one module that owns the read-only map of a safety walk: the route, the meeting point and
 * the numbered observations, framed to fit. It also keeps a picture of the map for printing,
 * because a WebGL canvas prints blank: after every settled view it draws one more frame and copies
 * it while the drawing is still there (no `preserveDrawingBuffer` needed).
 */
export interface WalkRouteMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** Draws the walk and frames it; the view is framed again only when the walk changes shape. */
  setWalk(data: WalkRouteData): void
  setText(text: MapText): void
  destroy(): void
}

export interface WalkRouteMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A PNG data URL of the map as it is now, for the printed page. */
  onSnapshot(url: string): void
}

// Room around the route so the numbers at its ends are not cut off.
const FIT_PADDING_PX = 40
const FIT_MAX_ZOOM = 17

const emptyCollection: MapFeatureCollection = { type: 'FeatureCollection', features: [] }

export function createWalkRouteMap(options: WalkRouteMapOptions): WalkRouteMap {
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let walk: WalkRouteData | null = null
  let framedFor = ''
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay: { sources: walkRouteOverlaySources(), layers: walkRouteStyleLayers },
    text,
    padding: 8,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['walk-municipality-line'],
      'urban-areas': ['walk-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [walkRouteLineLayerId],
      'walk-observations': [walkObservationLayerId],
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
    applyWalk()
  })

  // The extra frame drawn for the picture ends in another `idle`, which must not ask for yet another.
  let ownFrame = false
  map.on('idle', () => {
    if (ownFrame) {
      ownFrame = false
      return
    }
    // While printing, the hidden map is resized and redrawn; the picture taken before is the one to keep.
    if (!hook.dataLoaded || window.matchMedia('print').matches) return
    ownFrame = true
    map.once('render', () => {
      try {
        options.onSnapshot(map.getCanvas().toDataURL('image/png'))
      } catch (error) {
        // A canvas tainted by a foreign basemap cannot be copied: the print then has no map picture.
        console.warn('The map could not be copied for printing', error)
      }
    })
    map.triggerRepaint()
  })

  const source = (id: string) => map.getSource<GeoJSONSource>(id)

  function applyBackground() {
    if (!styleReady) return
    source(walkRouteSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(walkRouteSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyWalk() {
    if (!styleReady || !walk) return
    source(walkRouteSources.route)?.setData(walk.route)
    source(walkRouteSources.meetingPoint)?.setData(walk.meetingPoint)
    source(walkRouteSources.observations)?.setData(walk.observations)
    const bounds = routeBounds(walk)
    const key = JSON.stringify(bounds)
    if (bounds && key !== framedFor) {
      framedFor = key
      map.fitBounds(bounds as LngLatBoundsLike, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, duration: 0 })
    }
    hook.dataLoaded = true
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setWalk(data) {
      walk = data
      applyWalk()
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
