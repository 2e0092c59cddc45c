import { bbox } from '@turf/turf'
import type { GeoJSONSource, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl'
import type { CollectionData, CollectionId, FeatureRef, MapFeature, MapFeatureCollection } from '../data/collections.ts'
import { collectionIds, featureKey, isCollectionId, parseFeatureKey } from '../data/collections.ts'
import { createFlatMap } from './flat-map.ts'
import { labelPoints } from './label-points.ts'
import type { Box } from './municipality-view.ts'
import {
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
import { clickableLayerIds, isClusterFeature, overlayOrder, tiledLayerIds, tiledSourceId } from './tiled-layers.ts'
import type { TiledLayer } from './tiled-layers.ts'
import { createTiledOverlay } from './tiled-overlay.ts'

/**
 * The one module that owns the open MapLibre map: it creates it (on flat-map.ts), adds our sources
 * and layers, loads data, switches layers, reports clicks and moves the camera. Components only
 * call this API.
 */
export interface MapAdapter {
  setData(data: CollectionData): void
  /** Draws these collections from vector tiles instead of `setData`'s GeoJSON, with their period. */
  setTiled(layers: readonly TiledLayer[]): void
  setVisibleCollections(visible: ReadonlySet<CollectionId>): void
  /** Outlines a feature on the map (null clears it). */
  setSelection(feature: MapFeature | null): void
  /** Moves the camera so the feature (of the collection) is in view. */
  showFeature(feature: MapFeature, collection: CollectionId): void
  /** Keeps panning inside the box (the police area with a margin, see municipality-view.ts). */
  setLimits(box: Box): void
  /** Moves the camera so the box (a municipality) fills the map; `instant` when the page opens on it. */
  fitBox(box: Box, instant: boolean): void
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
  /** The public map's collections drawn from vector tiles (other screens' maps have none). */
  tiled?: CollectionId[]
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

// Space around a municipality fitted into the map, in pixels.
const BOX_PADDING_PX = 24

// A click on a cluster zooms in this far, towards the single features.
const CLUSTER_ZOOM_STEP = 2

type Hit = { kind: 'feature'; ref: FeatureRef } | { kind: 'cluster'; center: [number, number] }

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
    tiled: [],
    whenIdle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  }
  window.__trygghetskartan = hook
  const tiled = createTiledOverlay(map, () => styleReady)

  map.on('style.load', () => {
    for (const marker of markerSpecs) {
      if (map.hasImage(marker.id)) continue
      const image = renderMarker(marker, 2)
      map.addImage(marker.id, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio })
    }
    styleReady = true
    tiled.restyled()
    applyData()
    applyVisibility()
    applySelection()
  })

  map.on('click', (event: MapMouseEvent) => {
    const hit = hitAt(event)
    if (hit?.kind === 'cluster') zoomInto(hit.center)
    else options.onFeatureClick(hit?.ref ?? null)
  })
  const reportView = () => {
    const bounds = map.getBounds()
    options.onViewChange?.([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()])
  }
  map.on('load', reportView)
  map.on('moveend', reportView)
  map.on('mousemove', (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = hitAt(event) ? 'pointer' : ''
  })

  function hitAt(event: MapMouseEvent): Hit | null {
    if (!styleReady) return null
    const { x, y } = event.point
    const layers = clickableLayerIds(visible, tiled.collections()).filter((id) => map.getLayer(id))
    const features = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers },
    )
    for (const feature of features) {
      if (isClusterFeature(feature.properties) && feature.geometry.type === 'Point') {
        const [lon = 0, lat = 0] = feature.geometry.coordinates
        return { kind: 'cluster', center: [lon, lat] }
      }
      // GeoJSON features carry their key; a tile's feature has its collection as its tile layer.
      const collection = feature.sourceLayer
      const ref =
        parseFeatureKey(feature.properties.fkey) ??
        (isCollectionId(collection) && feature.source === tiledSourceId(collection) && feature.id !== undefined
          ? { collection, id: String(feature.id) }
          : null)
      if (ref) return { kind: 'feature', ref }
    }
    return null
  }

  function zoomInto(center: [number, number]) {
    map.easeTo({ center, zoom: Math.min(map.getZoom() + CLUSTER_ZOOM_STEP, map.getMaxZoom()), duration: reducedMotion() ? 0 : 600 })
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
    for (const layer of overlayOrder(tiled.collections())) {
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
    setTiled(layers) {
      tiled.set(layers)
      hook.tiled = [...tiled.collections()]
      for (const collection of hook.tiled) hook.layerIds[collection] = tiledLayerIds(collection)
      applyVisibility()
    },
    setVisibleCollections(next) {
      visible = next
      applyVisibility()
    },
    setSelection(feature) {
      selection = feature
      applySelection()
    },
    showFeature(feature, collection) {
      const [minLon, minLat, maxLon, maxLat] = bbox(feature)
      const duration = reducedMotion() ? 0 : 800
      if (minLon === maxLon && minLat === maxLat) {
        // From tiles, a point is drawn alone (not in a cluster) only past the tiles' last zoom.
        const zoom = Math.max(map.getZoom(), POINT_ZOOM, tiled.singlesZoom(collection) ?? 0)
        map.easeTo({ center: [minLon, minLat], zoom, duration })
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
    setLimits(box) {
      map.setMaxBounds([
        [box[0], box[1]],
        [box[2], box[3]],
      ])
    },
    fitBox(box, instant) {
      map.fitBounds(
        [
          [box[0], box[1]],
          [box[2], box[3]],
        ],
        { padding: BOX_PADDING_PX, duration: instant || reducedMotion() ? 0 : 800 },
      )
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
