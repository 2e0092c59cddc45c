import { bbox } from '@turf/turf'
import type { GeoJSONSource, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl'
import type { CollectionData, CollectionId, FeatureRef, MapFeature, MapFeatureCollection } from '../data/collections.ts'
import { collectionIds, featureKey, parseFeatureKey } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import { labelPoints } from './label-points.ts'
import {
  interactiveLayerIds,
  labelledCollections,
  labelSourceId,
  layerMetadata,
  overlaySources,
  overlayStyleLayers,
  selectionSourceId,
  selectionStyleLayers,
  styleLayerIds,
} from './layers.ts'
import { markerSpecs, renderMarker } from './marker-images.ts'

/**
 * The one module that owns the open MapLibre map: it creates it (on flat-map.ts), adds our sources
 * and layers, loads data, switches layers, reports clicks and moves the camera. Components only
 * call this API.
 */
export interface MapAdapter {
  setData(data: CollectionData): void
  setVisibleCollections(visible: ReadonlySet<CollectionId>): void
  /** Outlines a feature on the map (null clears it). */
  setSelection(feature: MapFeature | null): void
  /** Moves the camera so the feature is in view. */
  showFeature(feature: MapFeature): void
  setText(text: MapText): void
  destroy(): void
}

/** Texts the map itself shows or announces. */
export interface MapText {
  canvasLabel: string
  zoomIn: string
  zoomOut: string
  resetBearing: string
  toggleAttribution: string
  attribution: string
}

export interface MapAdapterOptions {
  container: HTMLElement
  /** An online basemap to put our layers on; null draws the offline basemap. */
  basemapStyleUrl: string | null
  text: MapText
  /** A click on the map: the feature under the pointer, or null for empty map. */
  onFeatureClick(ref: FeatureRef | null): void
  /** The box the map shows [minLon, minLat, maxLon, maxLat], after it loads and after every move. */
  onViewChange?(box: [number, number, number, number]): void
}

/** What tests and curious developers can reach from the browser console. */
export interface MapTestHook {
  map: MaplibreMap
  /** True once the collections given to `setData` are in their sources. */
  dataLoaded: boolean
  /** performance.now() at the first `idle` with the data drawn: what `npm run bench` reports. */
  firstIdleAt?: number
  layerIds: Record<CollectionId, string[]>
  whenIdle(): Promise<void>
}

declare global {
  interface Window {
    __trygghetskartan?: MapTestHook
  }
}

// A finger is less precise than a mouse: search this many pixels around a click.
const CLICK_TOLERANCE_PX = 8
// Zoom for showing a single point; close enough to see the street corner.
const POINT_ZOOM = 15
// Small areas are shown with some surroundings, not filling the whole map.
const AREA_MAX_ZOOM = 15.5

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

export function createMapAdapter(options: MapAdapterOptions): MapAdapter {
  const overlay = { sources: overlaySources(collectionIds), layers: [...overlayStyleLayers, ...selectionStyleLayers] }
  let text = options.text
  let data: CollectionData = {}
  let visible: ReadonlySet<CollectionId> = new Set(collectionIds)
  let selection: MapFeature | null = null
  let styleReady = false

  // Throws when the browser has no WebGL; the caller shows the list instead.
  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay,
    text,
    maxZoom: 18,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: Object.fromEntries(collectionIds.map((id) => [id, styleLayerIds(id)])) as Record<CollectionId, string[]>,
    whenIdle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  }
  window.__trygghetskartan = hook

  map.on('style.load', () => {
    for (const marker of markerSpecs) {
      if (map.hasImage(marker.id)) continue
      const image = renderMarker(marker, 2)
      map.addImage(marker.id, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio })
    }
    styleReady = true
    applyData()
    applyVisibility()
    applySelection()
  })

  map.on('click', (event: MapMouseEvent) => options.onFeatureClick(featureAt(event)))
  const reportView = () => {
    const bounds = map.getBounds()
    options.onViewChange?.([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()])
  }
  map.on('load', reportView)
  map.on('moveend', reportView)
  map.on('mousemove', (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = featureAt(event) ? 'pointer' : ''
  })

  function featureAt(event: MapMouseEvent): FeatureRef | null {
    if (!styleReady) return null
    const { x, y } = event.point
    const layers = interactiveLayerIds(visible).filter((id) => map.getLayer(id))
    const features = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers },
    )
    for (const feature of features) {
      const ref = parseFeatureKey(feature.properties.fkey)
      if (ref) return ref
    }
    return null
  }

  function source(id: string): GeoJSONSource | undefined {
    return map.getSource<GeoJSONSource>(id)
  }

  function applyData() {
    if (!styleReady) return
    for (const collection of collectionIds) {
      const features = data[collection]
      if (!features) continue
      source(collection)?.setData(withKeys(collection, features))
      const labelField = labelledCollections[collection]
      if (labelField) source(labelSourceId(collection))?.setData(labelPoints(features, labelField))
    }
    // Before the collections arrive the page passes an empty set; that is not "loaded".
    hook.dataLoaded = Object.keys(data).length > 0
    if (hook.dataLoaded && hook.firstIdleAt === undefined) {
      map.once('idle', () => (hook.firstIdleAt ??= performance.now()))
    }
  }

  function applyVisibility() {
    if (!styleReady) return
    for (const layer of overlayStyleLayers) {
      const collection = layerMetadata(layer)?.collection
      if (!collection || !map.getLayer(layer.id)) continue
      map.setLayoutProperty(layer.id, 'visibility', visible.has(collection) ? 'visible' : 'none')
    }
  }

  function applySelection() {
    if (!styleReady) return
    source(selectionSourceId)?.setData({ type: 'FeatureCollection', features: selection ? [selection] : [] })
  }

  return {
    setData(next) {
      data = next
      applyData()
    },
    setVisibleCollections(next) {
      visible = next
      applyVisibility()
    },
    setSelection(feature) {
      selection = feature
      applySelection()
    },
    showFeature(feature) {
      const [minLon, minLat, maxLon, maxLat] = bbox(feature)
      const duration = reducedMotion() ? 0 : 800
      if (minLon === maxLon && minLat === maxLat) {
        map.easeTo({ center: [minLon, minLat], zoom: Math.max(map.getZoom(), POINT_ZOOM), duration })
      } else {
        map.fitBounds(
          [
            [minLon, minLat],
            [maxLon, maxLat],
          ],
          { padding: 64, maxZoom: AREA_MAX_ZOOM, duration },
        )
      }
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

/** Each feature carries "collection/id" so a click finds it again (maplibre drops string ids). */
function withKeys(collection: CollectionId, features: MapFeatureCollection): MapFeatureCollection {
  return {
    ...features,
    features: features.features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, fkey: featureKey({ collection, id: String(feature.id) }) },
    })),
  }
}
