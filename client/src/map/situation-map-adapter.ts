import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { SituationMapData } from '../situation/situation-map-data.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { situationOverlaySources, situationPlaceLayerId, situationSources, situationStyleLayers } from './situation-layers.ts'
import { initialBounds } from './view.ts'

/**
 * The one module that owns the lägesbild's map: the period's places by source and the numbered
 * places with most entries, framed to fit (the town when the period has none). Like the walk
 * protocol's map it keeps a picture of itself for the printed page, because a WebGL canvas prints
 * blank: after every settled view it draws one more frame and copies it while it is still there.
 */
export interface SituationMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** Draws a period's places and frames them; the view is framed again only when they move. */
  setData(data: SituationMapData): void
  setText(text: MapText): void
  destroy(): void
}

export interface SituationMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A PNG data URL of the map as it is now, for the printed page. */
  onSnapshot(url: string): void
}

// Room around the places so the numbers above the rings are not cut off, and on the right for the zoom buttons.
const FIT_PADDING = { top: 48, bottom: 48, left: 48, right: 72 }
// A single place is shown with its streets around it, not filling the map.
const FIT_MAX_ZOOM = 15.5

const emptyCollection: MapFeatureCollection = { type: 'FeatureCollection', features: [] }

export function createSituationMap(options: SituationMapOptions): SituationMap {
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let data: SituationMapData | null = null
  let framedFor = ''
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay: { sources: situationOverlaySources(), layers: situationStyleLayers },
    text,
    padding: 8,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['situation-municipality-line'],
      'urban-areas': ['situation-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
      reports: [situationPlaceLayerId],
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
    applyData()
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
    source(situationSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(situationSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyData() {
    if (!styleReady || !data) return
    source(situationSources.places)?.setData(data.places)
    source(situationSources.topPlaces)?.setData(data.topPlaces)
    const bounds = data.bounds ?? initialBounds
    const key = JSON.stringify(bounds)
    if (key !== framedFor) {
      framedFor = key
      map.fitBounds(bounds as LngLatBoundsLike, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: 0 })
    }
    hook.dataLoaded = true
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setData(next) {
      data = next
      applyData()
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
