import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours, okabeIto } from './palette.ts'

/**
 * The staff map of reports and incidents as data: the municipality and tätorter for orientation,
 * the points at their exact places, the chosen point ringed, and (on the incident form) the
 * place being picked. The legend (components/moderation-legend.tsx) draws from `pointStageStyles`,
 * so map and legend cannot drift apart.
 */
export const modSources = {
  municipalities: 'municipalities',
  urbanAreas: 'mod-urban-areas',
  points: 'mod-points',
  selection: 'mod-selection',
  pick: 'mod-pick',
} as const

/**
 * What a point is: a report waiting for moderation, an open report, a closed one, or a staff
 * incident. Each differs by size and outline as well as colour, and carries its number as a label.
 */
export const pointStages = ['waiting', 'open', 'closed', 'incident'] as const
export type PointStage = (typeof pointStages)[number]

export interface StaffPointProperties {
  point_id: number
  stage: PointStage
  /** Drawn beside the point, e.g. "#12", so list and map match without colour. */
  label: string
}

export interface PointStageStyle {
  fill: string
  stroke: string
  /** Radius in CSS pixels at street zoom. */
  radius: number
  strokeWidth: number
}

export const pointStageStyles: Record<PointStage, PointStageStyle> = {
  // Waiting: the largest, a bright fill with a thick dark ring, so what needs a decision stands out.
  waiting: { fill: okabeIto.vermillion, stroke: '#3d1400', radius: 9, strokeWidth: 3 },
  open: { fill: layerColours.report, stroke: layerColours.reportStroke, radius: 7, strokeWidth: 2 },
  // Closed: small and hollow.
  closed: { fill: '#ffffff', stroke: '#5c5c5c', radius: 5, strokeWidth: 2.5 },
  incident: { fill: okabeIto.blue, stroke: '#002a42', radius: 7, strokeWidth: 2 },
}

/** The place being picked on the incident form: a ring with a cross, unlike any point. */
export const pickStyle = { stroke: '#111111', halo: '#ffffff' } as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const modOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [modSources.municipalities]: empty(),
  [modSources.urbanAreas]: empty(),
  [modSources.points]: empty(),
  [modSources.selection]: empty(),
  [modSources.pick]: empty(),
})

const byStage = (pick: (style: PointStageStyle) => string | number): ExpressionSpecification => [
  'match',
  ['get', 'stage'],
  'waiting',
  pick(pointStageStyles.waiting),
  'open',
  pick(pointStageStyles.open),
  'closed',
  pick(pointStageStyles.closed),
  pick(pointStageStyles.incident),
]

export const modPointLayerId = 'mod-points-circle'

/** Bottom first. Closed points are drawn under the open ones, which are under those waiting. */
export const modStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'mod-urban-areas-fill',
    type: 'fill',
    source: modSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'mod-urban-areas-line',
    type: 'line',
    source: modSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'mod-municipality-line',
    type: 'line',
    source: modSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'mod-selection-halo',
    type: 'circle',
    source: modSources.selection,
    paint: {
      'circle-radius': 16,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': layerColours.selection,
      'circle-stroke-width': 4,
    },
  },
  {
    id: modPointLayerId,
    type: 'circle',
    source: modSources.points,
    layout: { 'circle-sort-key': ['match', ['get', 'stage'], 'waiting', 3, 'open', 2, 'incident', 2, 1] },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, ['*', 0.6, byStage((style) => style.radius)], 15, byStage((style) => style.radius)],
      'circle-color': byStage((style) => style.fill),
      'circle-stroke-color': byStage((style) => style.stroke),
      'circle-stroke-width': byStage((style) => style.strokeWidth),
    },
  },
  {
    id: 'mod-points-label',
    type: 'symbol',
    source: modSources.points,
    minzoom: 14,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 12,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
      'text-padding': 1,
    },
    paint: { 'text-color': basemapColours.label, 'text-halo-color': basemapColours.halo, 'text-halo-width': 1.8 },
  },
  {
    id: 'mod-selection-label',
    type: 'symbol',
    source: modSources.selection,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 14,
      'text-offset': [0, 1.4],
      'text-anchor': 'top',
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#000000', 'text-halo-color': basemapColours.halo, 'text-halo-width': 2.2 },
  },
  {
    id: 'mod-pick-halo',
    type: 'circle',
    source: modSources.pick,
    paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': pickStyle.halo, 'circle-stroke-width': 6 },
  },
  {
    id: 'mod-pick-ring',
    type: 'circle',
    source: modSources.pick,
    paint: { 'circle-radius': 12, 'circle-color': 'rgba(255,255,255,0.35)', 'circle-stroke-color': pickStyle.stroke, 'circle-stroke-width': 3 },
  },
  {
    id: 'mod-pick-centre',
    type: 'circle',
    source: modSources.pick,
    paint: { 'circle-radius': 3, 'circle-color': pickStyle.stroke },
  },
]
