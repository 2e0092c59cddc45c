import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl'
import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { markBounds } from '../survey/mark-cells.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { surveyMarkCircleLayerId, surveyMarkOverlaySources, surveyMarkSources, surveyMarkStyleLayers } from './survey-mark-layers.ts'
import { initialBounds } from './view.ts'

/**
 * The one module that owns the follow-up's density map: the squares with marks, framed to fit
 * (the town when there are none). Like the lägesbild's map it keeps a picture of itself for the
 * printed yearly report, because a WebGL canvas prints blank.
 */
export interface SurveyMarksMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** Draws the squares and frames them; the view is framed again only when they move. */
  setCells(cells: MarkCells): void
  setText(text: MapText): void
  destroy(): void
}

export interface SurveyMarksMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A PNG data URL of the map as it is now, for the printed page. */
  onSnapshot(url: string): void
}

// Room for the counts written to the right of the circles and for the zoom buttons.
const FIT_PADDING = { top: 40, bottom: 40, left: 40, right: 72 }
// A single square is shown with its streets around it.
const FIT_MAX_ZOOM = 15

const emptyCollection: MapFeatureCollection = { type: 'FeatureCollection', features: [] }

export function createSurveyMarksMap(options: SurveyMarksMapOptions): SurveyMarksMap {
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let cells: MarkCells | null = null
  let framedFor = ''
  let styleReady = false

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay: { sources: surveyMarkOverlaySources(), layers: surveyMarkStyleLayers },
    text,
    padding: 8,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['survey-municipality-line'],
      'urban-areas': ['survey-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
      reports: [surveyMarkCircleLayerId],
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
    applyCells()
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
    source(surveyMarkSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(surveyMarkSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyCells() {
    if (!styleReady || !cells) return
    source(surveyMarkSources.cells)?.setData(cells)
    const bounds = markBounds(cells) ?? initialBounds
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
    setCells(next) {
      cells = next
      applyCells()
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
