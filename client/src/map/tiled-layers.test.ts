import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { collectionIds } from '../data/collections.ts'
import type { TileJson } from '../data/tile-json.ts'
import { interactiveLayerIds, overlaySources, overlayStyleLayers, styleLayerIds } from './layers.ts'
import {
  clickableLayerIds,
  CLUSTER_CELL_PX,
  clusteredHeatmapPaint,
  clusterLayerId,
  isClusterFeature,
  overlayOrder,
  tiledLayerIds,
  tiledSource,
  tiledSourceId,
  tiledStyleLayers,
  valueAt,
  zoomStops,
} from './tiled-layers.ts'

const tileJson: TileJson = {
  tiles: 'http://127.0.0.1:8080/tiles/reports/{z}/{x}/{y}.mvt?v=7',
  minzoom: 0,
  maxzoom: 16,
  bounds: [13.5, 59, 14.4, 59.5],
  featureCount: 80_000,
}
const yearFilter: FilterSpecification = ['>=', ['get', 'reported_month'], '2025-11']

const single = { type: 1 as const, id: 1, properties: { status: 'published', reported_month: '2026-01', me_too_count: 0 }, geometry: [] }
const old = { ...single, id: 2, properties: { ...single.properties, reported_month: '2020-01' } }
const cluster = { type: 1 as const, properties: { cluster: true, point_count: 10 }, geometry: [] }

/** Whether a layer (by its filter) draws the feature. */
function draws(layer: LayerSpecification | undefined, feature: typeof single | typeof cluster): boolean {
  if (!layer) throw new Error('no such layer')
  const filter = 'filter' in layer ? layer.filter : undefined
  return filter === undefined || featureFilter(filter, 'filter').filter({ zoom: 14 }, feature)
}

const byId = (layers: LayerSpecification[], id: string) => layers.find((layer) => layer.id === id)

describe('tiled layers', () => {
  it('look like their GeoJSON twins: the same ids, types, paint and layout, from the tile layer of the collection', () => {
    for (const collection of collectionIds) {
      const tiled = tiledStyleLayers(collection, null)
      for (const twin of overlayStyleLayers.filter((layer) => styleLayerIds(collection).includes(layer.id))) {
        const layer = byId(tiled, twin.id)
        expect(layer, twin.id).toMatchObject({ type: twin.type, source: tiledSourceId(collection), 'source-layer': collection })
        expect(JSON.stringify('layout' in layer! ? layer.layout : null)).toBe(JSON.stringify('layout' in twin ? twin.layout : null))
        if (twin.type !== 'heatmap') expect('paint' in layer! ? layer.paint : null, twin.id).toEqual('paint' in twin ? twin.paint : null)
        expect(layer?.metadata).toEqual(twin.metadata)
      }
    }
  })

  it('make a valid style with every collection tiled', () => {
    const sources = {
      ...overlaySources(collectionIds),
      ...Object.fromEntries(collectionIds.map((collection) => [tiledSourceId(collection), tiledSource({ collection, tileJson, filter: null, datetime: null })])),
    }
    const tiled = new Set(collectionIds)
    const layers = overlayOrder(tiled).flatMap((layer) => {
      const collection = collectionIds.find((id) => tiledLayerIds(id).includes(layer.id))
      return collection ? [byId(tiledStyleLayers(collection, yearFilter as never), layer.id)!] : [layer]
    })
    const errors = validateStyleMin({ version: 8, glyphs: 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf', sources, layers } as never)
    expect(errors.map((error) => error.message)).toEqual([])
  })

  it('draw single features with the period filter and leave clusters to their own layers', () => {
    const layers = tiledStyleLayers('reports', yearFilter as never)
    const circle = byId(layers, 'reports-circle')
    expect(draws(circle, single)).toBe(true)
    expect(draws(circle, old)).toBe(false)
    expect(draws(circle, cluster)).toBe(false)
    expect(draws(byId(layers, clusterLayerId('reports')), cluster)).toBe(true)
    expect(draws(byId(layers, clusterLayerId('reports')), single)).toBe(false)
  })

  it('count a cluster as all its points in the density surface', () => {
    const heatmap = byId(tiledStyleLayers('reports', null), 'reports-heatmap')
    expect(draws(heatmap, cluster)).toBe(true)
    const weight = heatmap?.type === 'heatmap' ? heatmap.paint?.['heatmap-weight'] : undefined
    const expression = createExpression(weight, 'weight')
    if (expression.result !== 'success') throw new Error(JSON.stringify(expression.value))
    expect(expression.value.evaluate({ zoom: 12 }, cluster)).toBeCloseTo(6)
    expect(expression.value.evaluate({ zoom: 12 }, single)).toBeCloseTo(0.6)
  })

  it('give clusters only to point layers', () => {
    expect(tiledLayerIds('reports')).toEqual(['reports-heatmap', 'reports-circle', 'reports-clusters', 'reports-cluster-count'])
    expect(tiledLayerIds('watch-areas')).toEqual(styleLayerIds('watch-areas'))
  })

  it('keep the drawing order, with clusters just above their collection', () => {
    const ids = overlayOrder(new Set(['reports'])).map((layer) => layer.id)
    expect(ids.slice(ids.indexOf('reports-heatmap'), ids.indexOf('reports-heatmap') + 4)).toEqual(tiledLayerIds('reports'))
    expect(overlayOrder(new Set()).map((layer) => layer.id)).toEqual(overlayStyleLayers.map((layer) => layer.id))
  })

  it('let clicks find clusters above the points, for visible collections only', () => {
    expect(clickableLayerIds(new Set(['reports', 'urban-areas']), new Set(['reports']))).toEqual(['reports-clusters', 'reports-circle', 'urban-areas-fill'])
    expect(clickableLayerIds(new Set(['urban-areas']), new Set(['reports']))).toEqual(['urban-areas-fill'])
    expect(clickableLayerIds(new Set(collectionIds), new Set())).toEqual(interactiveLayerIds(new Set(collectionIds)))
  })

  it('ask the server for the period of its clusters', () => {
    expect(tiledSource({ collection: 'reports', tileJson, filter: null, datetime: null }).tiles).toEqual([tileJson.tiles])
    expect(tiledSource({ collection: 'reports', tileJson, filter: null, datetime: '2025-11-23T12:00:00.000Z/..' })).toEqual({
      type: 'vector',
      tiles: ['http://127.0.0.1:8080/tiles/reports/{z}/{x}/{y}.mvt?v=7&datetime=2025-11-23T12%3A00%3A00.000Z%2F..'],
      minzoom: 0,
      maxzoom: 16,
      bounds: [13.5, 59, 14.4, 59.5],
    })
  })

  it('tell a cluster from a single feature', () => {
    expect(isClusterFeature(cluster.properties)).toBe(true)
    expect(isClusterFeature({ point_count: 3 })).toBe(true)
    expect(isClusterFeature(single.properties)).toBe(false)
  })
})

describe('the density surface from clusters', () => {
  const paint = {
    'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 14, 1.4],
    'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 8, 12, 18, 14, 28, 18, 80],
  } as never
  const widened = clusteredHeatmapPaint(paint)
  const radius = zoomStops(widened['heatmap-radius'])!
  const intensity = zoomStops(widened['heatmap-intensity'])!

  it('spreads every cluster at least over its cell, so the grid does not show', () => {
    expect(radius.map(([zoom]) => zoom)).toEqual([8, 12, 14, 18])
    for (const [, px] of radius) expect(px).toBeGreaterThanOrEqual(CLUSTER_CELL_PX)
    // A kernel wider than that already is left as it was.
    expect(valueAt(radius, 18)).toBe(80)
  })

  it('keeps the mass of the surface: intensity times the kernel area as before', () => {
    const before = { radius: zoomStops((paint as Record<string, unknown>)['heatmap-radius'])!, intensity: zoomStops((paint as Record<string, unknown>)['heatmap-intensity'])! }
    for (const zoom of [8, 12, 14, 18]) {
      const mass = valueAt(before.intensity, zoom) * valueAt(before.radius, zoom) ** 2
      expect((valueAt(intensity, zoom) * valueAt(radius, zoom) ** 2) / mass).toBeCloseTo(1, 2)
    }
  })

  it('reads stops only from a linear interpolation over the zoom', () => {
    expect(zoomStops(3)).toEqual([[0, 3]])
    expect(zoomStops(['interpolate', ['exponential', 2], ['zoom'], 8, 1, 10, 2])).toBeNull()
    expect(zoomStops(['get', 'radius'])).toBeNull()
    expect(clusteredHeatmapPaint({ 'heatmap-radius': ['get', 'r'] } as never)).toEqual({ 'heatmap-radius': ['get', 'r'] })
  })

  it('interpolates between stops and holds beyond them', () => {
    const stops = [[8, 1], [12, 3]] as const
    expect([valueAt(stops, 4), valueAt(stops, 10), valueAt(stops, 20)]).toEqual([1, 2, 3])
  })
})
