import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import type { FlatMapOptions } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'

/**
 * A read-only map that frames what it shows and keeps a picture of itself for the printed page,
 * because a WebGL canvas prints blank: after every settled view it draws one more frame and
 * copies it while the drawing is still there (no `preserveDrawingBuffer` needed). The walk
 * protocol, the lägesbild and the survey's marks each give it their layers and how to draw.
 */
export interface PrintableMap<Data> {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** Draws the data and frames it; the view is framed again only when the bounds move. */
  setData(data: Data): void
  setText(text: MapText): void
  destroy(): void
}

export interface PrintableMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A PNG data URL of the map as it is now, for the printed page. */
  onSnapshot(url: string): void
}

/** What one printable map shows. */
export interface PrintableMapSpec<Data> {
  overlay: FlatMapOptions['overlay']
  /** The overlay's sources for the municipal boundary and the tätorter. */
  backgroundSources: { municipalities: string; urbanAreas: string }
  /** The layers browser tests look for, per public collection. */
  layerIds: Partial<MapTestHook['layerIds']>
  fit: { padding: number | { top: number; bottom: number; left: number; right: number }; maxZoom: number }
  /** Puts the data into the overlay's sources and answers the bounds to frame (null: leave the view). */
  draw(data: Data, source: (id: string) => GeoJSONSource | undefined): LngLatBoundsLike | null
}

const emptyCollection: MapFeatureCollection = { type: 'FeatureCollection', features: [] }

const noLayers: MapTestHook['layerIds'] = {
  municipalities: [],
  'urban-areas': [],
  'focus-zones': [],
  'watch-areas': [],
  'safety-walks': [],
  'walk-observations': [],
  reports: [],
  measures: [],
}

export function createPrintableMap<Data>(options: PrintableMapOptions, spec: PrintableMapSpec<Data>): PrintableMap<Data> {
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let data: Data | null = null
  let framedFor = ''
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay: spec.overlay,
    text,
    padding: 8,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: { ...noLayers, ...spec.layerIds },
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
    source(spec.backgroundSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(spec.backgroundSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyData() {
    if (!styleReady || data === null) return
    const bounds = spec.draw(data, source)
    const key = JSON.stringify(bounds)
    if (bounds && key !== framedFor) {
      framedFor = key
      map.fitBounds(bounds, { padding: spec.fit.padding, maxZoom: spec.fit.maxZoom, duration: 0 })
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
