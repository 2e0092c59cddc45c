import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { CollectionId } from '../data/collections.ts'
import { markerIds } from './marker-images.ts'
import { basemapColours, layerColours, reportDensityRamp, reportStatusStyles, watchStatusColours } from './palette.ts'

/**
 * The map's own layers as data: sources, style layers in drawing order, and the legend entries
 * that switch them. The adapter adds them to any basemap; the legend draws its swatches from the
 * same constants, so map and legend cannot drift apart.
 */

/** Which legend entry a style layer belongs to, and whether a click on it selects a feature. */
export interface LayerMetadata {
  collection: CollectionId
  interactive: boolean
}

const metadataKey = 'trygghetskartan'

/**
 * For a fill with a line layer of its own on its edge: the fill's antialiased outline would be a
 * second draw, and in software WebGL (headless Chromium) one more shader to compile while the map
 * loads, under a line that covers it anyway.
 */
export const NO_FILL_OUTLINE = { 'fill-antialias': false } as const

export const fontRegular = ['Noto Sans Regular']
export const fontMedium = ['Noto Sans Medium']

// Sources besides one per collection: label points (see label-points.ts) and the selection outline.
export const labelSourceId = (collection: CollectionId) => `${collection}-labels`
export const selectionSourceId = 'selection'

/** Collections whose polygons get one name label each, and the property holding the name. */
export const labelledCollections: Partial<Record<CollectionId, string>> = {
  'urban-areas': 'name',
  'watch-areas': 'name',
}

const emptyGeojson = (): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
})

export function overlaySources(collections: readonly CollectionId[]): Record<string, GeoJSONSourceSpecification> {
  const sources: Record<string, GeoJSONSourceSpecification> = {}
  for (const collection of collections) {
    sources[collection] = emptyGeojson()
    if (labelledCollections[collection]) sources[labelSourceId(collection)] = emptyGeojson()
  }
  sources[selectionSourceId] = emptyGeojson()
  return sources
}

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false]
const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false]
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]
const statusIs = (...statuses: string[]): ExpressionSpecification => ['match', ['get', 'status'], statuses, true, false]

const byZoom = (low: number, high: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 10, low, 15, high]

// Markers stay small at town scale, where many share a few streets, and grow when zoomed in.
const markerSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 11, 0.45, 13, 0.6, 15, 0.85, 17, 1]

/** Below this zoom reports are a density surface; from one step before it, also points. */
export const REPORT_POINTS_ZOOM = 14

type ReportStyleKey = keyof (typeof reportStatusStyles)['published']
// The same look for an unknown status as for a published report.
const reportStatusValue = (key: ReportStyleKey): ExpressionSpecification => [
  'match',
  ['get', 'status'],
  'under_review',
  reportStatusStyles.under_review[key],
  'measure_planned',
  reportStatusStyles.measure_planned[key],
  'fixed',
  reportStatusStyles.fixed[key],
  'not_actionable',
  reportStatusStyles.not_actionable[key],
  reportStatusStyles.published[key],
]

const watchStatus = <T extends string | number[]>(values: Record<'active' | 'planned' | 'inactive', T>) =>
  [
    'match',
    ['get', 'status'],
    'active',
    Array.isArray(values.active) ? ['literal', values.active] : values.active,
    'planned',
    Array.isArray(values.planned) ? ['literal', values.planned] : values.planned,
    Array.isArray(values.inactive) ? ['literal', values.inactive] : values.inactive,
  ] as DataDrivenPropertyValueSpecification<T>

export const tagged = (collection: CollectionId, interactive: boolean, layer: LayerSpecification): LayerSpecification => ({
  ...layer,
  metadata: { [metadataKey]: { collection, interactive } satisfies LayerMetadata },
})

const labelLayout = {
  'text-font': fontRegular,
  'text-max-width': 8,
  'text-padding': 4,
} as const

const labelPaint = {
  'text-color': basemapColours.label,
  'text-halo-color': basemapColours.halo,
  'text-halo-width': 1.6,
} as const

/** Every style layer of the overlay, bottom first. */
export const overlayStyleLayers: readonly LayerSpecification[] = [
  tagged('urban-areas', true, {
    id: 'urban-areas-fill',
    type: 'fill',
    source: 'urban-areas',
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9, ...NO_FILL_OUTLINE },
  }),
  tagged('urban-areas', false, {
    id: 'urban-areas-line',
    type: 'line',
    source: 'urban-areas',
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  }),
  tagged('watch-areas', true, {
    id: 'watch-areas-fill',
    type: 'fill',
    source: 'watch-areas',
    paint: {
      'fill-color': watchStatus({
        active: watchStatusColours.active.fill,
        planned: watchStatusColours.planned.fill,
        inactive: watchStatusColours.inactive.fill,
      }),
      'fill-opacity': 0.32,
      ...NO_FILL_OUTLINE,
    },
  }),
  tagged('watch-areas', false, {
    id: 'watch-areas-line',
    type: 'line',
    source: 'watch-areas',
    // Round caps draw the inactive state's dots. Mitred joins: round ones are a fan of triangles at
    // every corner, which on thousands of areas made a frame at zoom 12 a fifth slower.
    layout: { 'line-cap': 'round', 'line-join': 'miter' },
    paint: {
      'line-color': watchStatus({
        active: watchStatusColours.active.line,
        planned: watchStatusColours.planned.line,
        inactive: watchStatusColours.inactive.line,
      }),
      'line-width': 2.2,
      // Solid, dashed or dotted: status reads without colour.
      'line-dasharray': watchStatus<number[]>({ active: [1, 0], planned: [3, 2], inactive: [0.1, 2] }),
    },
  }),
  tagged('focus-zones', true, {
    id: 'focus-zones-fill',
    type: 'fill',
    source: 'focus-zones',
    paint: { 'fill-color': layerColours.centreFill, 'fill-opacity': 0.2, ...NO_FILL_OUTLINE },
  }),
  tagged('focus-zones', false, {
    id: 'focus-zones-line',
    type: 'line',
    source: 'focus-zones',
    paint: { 'line-color': layerColours.centreLine, 'line-width': 2.5, 'line-dasharray': [4, 2] },
  }),
  tagged('measures', true, {
    id: 'measures-fill',
    type: 'fill',
    source: 'measures',
    filter: isPolygon,
    paint: {
      'fill-color': ['match', ['get', 'status'], 'rejected', layerColours.measureRejected, layerColours.measure],
      'fill-opacity': ['match', ['get', 'status'], 'done', 0.5, 0.15],
      ...NO_FILL_OUTLINE,
    },
  }),
  tagged('measures', false, {
    id: 'measures-outline',
    type: 'line',
    source: 'measures',
    filter: isPolygon,
    paint: {
      'line-color': ['match', ['get', 'status'], 'rejected', layerColours.measureRejected, layerColours.measureLine],
      'line-width': 2,
      'line-dasharray': ['match', ['get', 'status'], 'done', ['literal', [1, 0]], ['literal', [2, 1.5]]],
    },
  }),
  tagged('municipalities', false, {
    id: 'municipalities-casing',
    type: 'line',
    source: 'municipalities',
    paint: { 'line-color': basemapColours.boundary, 'line-opacity': 0.18, 'line-width': byZoom(5, 9) },
  }),
  tagged('municipalities', true, {
    id: 'municipalities-line',
    type: 'line',
    source: 'municipalities',
    paint: { 'line-color': basemapColours.boundary, 'line-width': byZoom(1.5, 2.5), 'line-dasharray': [5, 2, 1, 2] },
  }),
  tagged('safety-walks', true, {
    id: 'safety-walks-casing',
    type: 'line',
    source: 'safety-walks',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': layerColours.walkCasing, 'line-width': byZoom(5, 9) },
  }),
  tagged('safety-walks', false, {
    id: 'safety-walks-line',
    type: 'line',
    source: 'safety-walks',
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': layerColours.walk,
      'line-width': byZoom(3, 5),
      'line-dasharray': ['match', ['get', 'status'], 'planned', ['literal', [2, 1.2]], ['literal', [1, 0]]],
    },
  }),
  tagged('measures', true, {
    id: 'measures-line-casing',
    type: 'line',
    source: 'measures',
    filter: ['all', isLine, statusIs('done')],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': layerColours.measureLine, 'line-width': byZoom(5, 8) },
  }),
  tagged('measures', true, {
    id: 'measures-line',
    type: 'line',
    source: 'measures',
    filter: isLine,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['match', ['get', 'status'], 'done', layerColours.measure, 'rejected', layerColours.measureRejected, layerColours.measureLine],
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, ['match', ['get', 'status'], 'done', 3, 2], 15, ['match', ['get', 'status'], 'done', 5, 3.5]],
      'line-dasharray': ['match', ['get', 'status'], 'done', ['literal', [1, 0]], ['literal', [2, 1.5]]],
    },
  }),
  tagged('urban-areas', false, {
    id: 'urban-areas-label',
    type: 'symbol',
    source: labelSourceId('urban-areas'),
    layout: {
      ...labelLayout,
      'text-field': ['get', 'name'],
      'text-font': fontMedium,
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'kind'], 'tatort', 13, 11], 14, ['match', ['get', 'kind'], 'tatort', 17, 13]],
    },
    paint: { ...labelPaint, 'text-opacity': ['interpolate', ['linear'], ['zoom'], 13.5, 1, 15, 0.45] },
  }),
  tagged('watch-areas', false, {
    id: 'watch-areas-label',
    type: 'symbol',
    source: labelSourceId('watch-areas'),
    minzoom: 13.5,
    layout: { ...labelLayout, 'text-field': ['get', 'name'], 'text-size': 13 },
    paint: labelPaint,
  }),
  // Zoomed out, many points on a few streets say less than where they gather. Weighted by "me too".
  tagged('reports', false, {
    id: 'reports-heatmap',
    type: 'heatmap',
    source: 'reports',
    maxzoom: REPORT_POINTS_ZOOM,
    paint: {
      'heatmap-weight': ['interpolate', ['linear'], ['coalesce', ['get', 'me_too_count'], 0], 0, 0.6, 10, 1.5],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 0.6, REPORT_POINTS_ZOOM, 1.4],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 8, 12, 18, REPORT_POINTS_ZOOM, 28],
      'heatmap-color': [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        reportDensityRamp[0],
        0.15,
        reportDensityRamp[1],
        0.35,
        reportDensityRamp[2],
        0.55,
        reportDensityRamp[3],
        0.8,
        reportDensityRamp[4],
        1,
        reportDensityRamp[5],
      ],
      // Fades out as the points fade in.
      'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], REPORT_POINTS_ZOOM - 1, 0.85, REPORT_POINTS_ZOOM, 0.15],
    },
  }),
  tagged('reports', true, {
    id: 'reports-circle',
    type: 'circle',
    source: 'reports',
    minzoom: REPORT_POINTS_ZOOM - 1,
    paint: {
      'circle-color': reportStatusValue('fill'),
      'circle-stroke-color': reportStatusValue('stroke'),
      'circle-stroke-width': reportStatusValue('strokeWidth'),
      'circle-opacity': ['interpolate', ['linear'], ['zoom'], REPORT_POINTS_ZOOM - 1, 0.5, REPORT_POINTS_ZOOM, 1],
      'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], REPORT_POINTS_ZOOM - 1, 0.5, REPORT_POINTS_ZOOM, 1],
      // A little larger when more people say they feel the same.
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        11,
        3,
        13,
        4,
        15,
        ['+', 6, ['*', 0.4, ['min', ['coalesce', ['get', 'me_too_count'], 0], 12]]],
      ],
    },
  }),
  tagged('walk-observations', true, {
    id: 'walk-observations-symbol',
    type: 'symbol',
    source: 'walk-observations',
    layout: {
      'icon-image': ['match', ['get', 'assessment'], 'unsafe', markerIds.observationUnsafe, markerIds.observationSafe],
      'icon-size': markerSize,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  }),
  tagged('measures', true, {
    id: 'measures-symbol',
    type: 'symbol',
    source: 'measures',
    filter: isPoint,
    layout: {
      'icon-image': [
        'match',
        ['get', 'status'],
        'done',
        markerIds.measureDone,
        'rejected',
        markerIds.measureRejected,
        markerIds.measurePlanned,
      ],
      'icon-size': markerSize,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  }),
]

/** Drawn above everything: the outline of the chosen feature, whatever its geometry. */
export const selectionStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'selection-fill',
    type: 'fill',
    source: selectionSourceId,
    filter: isPolygon,
    paint: { 'fill-color': layerColours.selection, 'fill-opacity': 0.1, ...NO_FILL_OUTLINE },
  },
  // Lines drawn on both sides of the feature (a gap as wide as the feature), so it stays visible.
  {
    id: 'selection-halo',
    type: 'line',
    source: selectionSourceId,
    filter: ['!', isPoint],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': layerColours.selectionHalo, 'line-width': 7, 'line-gap-width': 5 },
  },
  {
    id: 'selection-line',
    type: 'line',
    source: selectionSourceId,
    filter: ['!', isPoint],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': layerColours.selection, 'line-width': 3, 'line-gap-width': 7 },
  },
  {
    id: 'selection-point',
    type: 'circle',
    source: selectionSourceId,
    filter: isPoint,
    paint: {
      'circle-radius': 17,
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': layerColours.selection,
      'circle-stroke-width': 3.5,
    },
  },
]

export function layerMetadata(layer: { metadata?: unknown }): LayerMetadata | undefined {
  const metadata = layer.metadata as Record<string, LayerMetadata> | undefined
  return metadata?.[metadataKey]
}

export function styleLayerIds(collection: CollectionId): string[] {
  return overlayStyleLayers.filter((layer) => layerMetadata(layer)?.collection === collection).map((layer) => layer.id)
}

/** The layers a click may select from, topmost first (the order maplibre reports features in). */
export function interactiveLayerIds(visible: ReadonlySet<CollectionId>): string[] {
  return overlayStyleLayers
    .filter((layer) => {
      const metadata = layerMetadata(layer)
      return metadata?.interactive === true && visible.has(metadata.collection)
    })
    .map((layer) => layer.id)
    .reverse()
}
