import type { ExpressionSpecification, FilterSpecification, HeatmapLayerSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl'
import type { CollectionId } from '../data/collections.ts'
import { tileUrl } from '../data/tile-json.ts'
import type { TileJson } from '../data/tile-json.ts'
import { fontMedium, layerMetadata, overlayStyleLayers, REPORT_POINTS_ZOOM, tagged } from './layers.ts'
import { layerColours, reportStatusStyles } from './palette.ts'

/**
 * A big layer drawn from the server's vector tiles (`/tiles/{layer}/…`) instead of GeoJSON, as
 * data: each of its style layers is its GeoJSON twin (same id, paint and layout) reading the tile
 * layer of the same name, so the legend, clicks and tests find it as before. Point layers also get
 * the server's clusters (`cluster: true`, `point_count`), which the GeoJSON layers never have.
 */

/** One collection drawn from tiles: where the tiles are and the period it shows. */
export interface TiledLayer {
  collection: CollectionId
  tileJson: TileJson
  /** The period on single features (period-expression.ts); null shows every one. */
  filter: ExpressionSpecification | null
  /** The period for the server's clusters, which no expression can look into (`periodDatetime`). */
  datetime: string | null
}

export const tiledSourceId = (collection: CollectionId) => `${collection}-tiles`

export function tiledSource(layer: TiledLayer): VectorSourceSpecification {
  const { tileJson } = layer
  return {
    type: 'vector',
    tiles: [tileUrl(tileJson, layer.datetime)],
    minzoom: tileJson.minzoom,
    // Above it MapLibre draws the last level's tiles larger.
    maxzoom: tileJson.maxzoom,
    ...(tileJson.bounds ? { bounds: tileJson.bounds } : {}),
  }
}

/** The collections with point features, which the server clusters when zoomed out. */
export const clusteredCollections: readonly CollectionId[] = ['walk-observations', 'reports', 'measures']

const isCluster: ExpressionSpecification = ['has', 'point_count']

/** A cluster's look: a dark disc with a white edge and its count, in the family of its layer's colours. */
const clusterColours: Partial<Record<CollectionId, string>> = {
  reports: reportStatusStyles.published.stroke,
  'walk-observations': layerColours.markerStroke,
  measures: layerColours.measureLine,
}

export const clusterLayerId = (collection: CollectionId) => `${collection}-clusters`
export const clusterCountLayerId = (collection: CollectionId) => `${collection}-cluster-count`

/** The collection's style layers from tiles, bottom first, with the period filter on single features. */
export function tiledStyleLayers(collection: CollectionId, periodFilter: ExpressionSpecification | null): LayerSpecification[] {
  const twins = overlayStyleLayers.filter((layer) => layerMetadata(layer)?.collection === collection).map((layer) => tiledTwin(collection, layer, periodFilter))
  return clusteredCollections.includes(collection) ? [...twins, ...clusterLayers(collection)] : twins
}

export const tiledLayerIds = (collection: CollectionId) => tiledStyleLayers(collection, null).map((layer) => layer.id)

/**
 * Every overlay layer in drawing order when the `tiled` collections come from tiles: the twins
 * keep their places, and clusters are drawn just above their collection's layers.
 */
export function overlayOrder(tiled: ReadonlySet<CollectionId>): LayerSpecification[] {
  const order: LayerSpecification[] = []
  overlayStyleLayers.forEach((layer, index) => {
    order.push(layer)
    const collection = layerMetadata(layer)?.collection
    const last = collection && !overlayStyleLayers.slice(index + 1).some((later) => layerMetadata(later)?.collection === collection)
    if (collection && last && tiled.has(collection) && clusteredCollections.includes(collection)) order.push(...clusterLayers(collection))
  })
  return order
}

/** The layers a click may select from when `tiled` come from tiles, topmost first. */
export function clickableLayerIds(visible: ReadonlySet<CollectionId>, tiled: ReadonlySet<CollectionId>): string[] {
  return overlayOrder(tiled)
    .filter((layer) => {
      const metadata = layerMetadata(layer)
      return metadata?.interactive === true && visible.has(metadata.collection)
    })
    .map((layer) => layer.id)
    .reverse()
}

/** A feature that stands for several (the server's cluster), rather than one report or observation. */
export const isClusterFeature = (properties: Record<string, unknown> | null | undefined) =>
  properties?.cluster === true || typeof properties?.point_count === 'number'

function tiledTwin(collection: CollectionId, layer: LayerSpecification, periodFilter: ExpressionSpecification | null): LayerSpecification {
  const own = 'filter' in layer ? layer.filter : undefined
  const heatmap = layer.type === 'heatmap'
  // The density counts a cluster as all its points; every other layer draws single features only.
  const parts = [own, heatmap ? undefined : (['!', isCluster] as ExpressionSpecification), periodFilter].filter(
    (part): part is FilterSpecification => part !== undefined && part !== null,
  )
  const twin = { ...layer, source: tiledSourceId(collection), 'source-layer': collection } as LayerSpecification & { filter?: FilterSpecification }
  if (parts.length === 0) delete twin.filter
  else twin.filter = parts.length === 1 ? parts[0] : (['all', ...parts] as FilterSpecification)
  if (twin.type === 'heatmap') twin.paint = clusteredHeatmapPaint(twin.paint ?? {})
  return twin
}

/**
 * The server puts a cluster at the middle of its points, one per grid cell of this many pixels
 * (on a tile drawn 512 px wide; up to twice that before the next zoom's tiles replace it).
 */
export const CLUSTER_CELL_PX = 32

// A density kernel narrower than the cells would show the grid as dots; this wide it blends them.
const MIN_CLUSTER_RADIUS_PX = 1.25 * CLUSTER_CELL_PX

type HeatmapPaint = NonNullable<HeatmapLayerSpecification['paint']>

/**
 * The density surface from clusters: each counts as its points, and the kernel is at least as
 * wide as the cells, with the intensity lowered by the square of how much wider it got (a kernel's
 * volume grows with its area), so the surface has the same mass as drawn from every point.
 */
export function clusteredHeatmapPaint(paint: HeatmapPaint): HeatmapPaint {
  const result: HeatmapPaint = { ...paint }
  if (paint['heatmap-weight'] !== undefined) {
    result['heatmap-weight'] = ['*', ['coalesce', ['get', 'point_count'], 1], paint['heatmap-weight']] as ExpressionSpecification
  }
  const radius = zoomStops(paint['heatmap-radius'])
  const intensity = typeof paint['heatmap-intensity'] === 'number' ? [[0, paint['heatmap-intensity']] as const] : zoomStops(paint['heatmap-intensity'] ?? 1)
  if (!radius || !intensity) return result
  const widened = radius.map(([zoom, px]) => [zoom, Math.max(px, MIN_CLUSTER_RADIUS_PX), (px / Math.max(px, MIN_CLUSTER_RADIUS_PX)) ** 2 * valueAt(intensity, zoom)] as const)
  result['heatmap-radius'] = ['interpolate', ['linear'], ['zoom'], ...widened.flatMap(([zoom, px]) => [zoom, px])]
  result['heatmap-intensity'] = ['interpolate', ['linear'], ['zoom'], ...widened.flatMap(([zoom, , value]) => [zoom, round(value)])]
  return result
}

/** The [zoom, value] stops of a number or of a linear interpolation over the zoom; null for anything else. */
export function zoomStops(value: unknown): (readonly [number, number])[] | null {
  if (typeof value === 'number') return [[0, value]]
  if (!Array.isArray(value) || value[0] !== 'interpolate' || JSON.stringify(value[1]) !== '["linear"]' || JSON.stringify(value[2]) !== '["zoom"]') return null
  const rest = value.slice(3)
  if (rest.length < 2 || rest.length % 2 !== 0 || !rest.every((item) => typeof item === 'number')) return null
  const stops: [number, number][] = []
  for (let index = 0; index < rest.length; index += 2) stops.push([rest[index] as number, rest[index + 1] as number])
  return stops
}

/** A linear interpolation's value at a zoom, held at the first and last stops as MapLibre does. */
export function valueAt(stops: readonly (readonly [number, number])[], zoom: number): number {
  const first = stops[0]
  const last = stops[stops.length - 1]
  if (!first || !last) return 0
  if (zoom <= first[0]) return first[1]
  if (zoom >= last[0]) return last[1]
  const upper = stops.findIndex(([stop]) => stop >= zoom)
  const [z0, v0] = stops[upper - 1] ?? first
  const [z1, v1] = stops[upper] ?? last
  return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0)
}

const round = (value: number) => Math.round(value * 1000) / 1000

function clusterLayers(collection: CollectionId): LayerSpecification[] {
  const colour = clusterColours[collection] ?? layerColours.markerStroke
  // Reports are a density surface when zoomed out; their clusters appear with their points.
  const zoom = collection === 'reports' ? { minzoom: REPORT_POINTS_ZOOM - 1 } : {}
  const opacity: ExpressionSpecification | number =
    collection === 'reports' ? ['interpolate', ['linear'], ['zoom'], REPORT_POINTS_ZOOM - 1, 0.5, REPORT_POINTS_ZOOM, 1] : 1
  return [
    tagged(collection, true, {
      id: clusterLayerId(collection),
      type: 'circle',
      source: tiledSourceId(collection),
      'source-layer': collection,
      filter: isCluster,
      ...zoom,
      paint: {
        'circle-color': colour,
        'circle-radius': ['step', ['get', 'point_count'], 9, 10, 11, 100, 13, 1000, 16],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    }),
    tagged(collection, false, {
      id: clusterCountLayerId(collection),
      type: 'symbol',
      source: tiledSourceId(collection),
      'source-layer': collection,
      filter: isCluster,
      ...zoom,
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': fontMedium,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-opacity': opacity },
    }),
  ]
}
