import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import type { MeasureState } from '../../../server/shared/api/planning-schemas.ts'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours, okabeIto } from './palette.ts'

/**
 * The measures map as data: the municipality and tätorter for orientation, then every measure as
 * a point, a line or an area, styled by status. Status differs by fill, outline width and line
 * pattern as well as colour (a proposal is dashed, a rejected measure dotted and grey, a done one
 * filled with a dark edge), and the list and legend say it in words. The shape being drawn is
 * terra-draw's, on top. The legend (components/measure-legend.tsx) draws from `measureStyles`, so
 * map and legend cannot drift apart.
 */
export const measureSources = {
  municipalities: 'municipalities',
  urbanAreas: 'ms-urban-areas',
  measures: 'ms-measures',
} as const

/** What the map needs of a measure; `selected` outlines the one that is open. */
export interface MeasureFeatureProperties {
  measure_id: number
  status: MeasureState
  title: string
  selected: boolean
}

export interface MeasureStatusStyle {
  /** Lines and area outlines. */
  line: string
  lineWidth: number
  /** null: a solid line. */
  dash: [number, number] | null
  /** Areas. */
  fill: string
  fillOpacity: number
  /** Points: a circle. */
  pointFill: string
  pointStroke: string
  pointStrokeWidth: number
  pointRadius: number
}

const dark = '#1a1a1a'

const statusStyles = {
  proposed: {
    line: layerColours.measureLine,
    lineWidth: 3,
    dash: [2, 1.5],
    fill: okabeIto.orange,
    fillOpacity: 0.12,
    pointFill: '#ffffff',
    pointStroke: layerColours.measureLine,
    pointStrokeWidth: 2,
    pointRadius: 6,
  },
  decided: {
    line: layerColours.measureLine,
    lineWidth: 4,
    dash: null,
    fill: okabeIto.orange,
    fillOpacity: 0.25,
    pointFill: '#ffffff',
    pointStroke: layerColours.measureLine,
    pointStrokeWidth: 4,
    pointRadius: 7,
  },
  done: {
    line: dark,
    lineWidth: 3,
    dash: null,
    fill: okabeIto.orange,
    fillOpacity: 0.6,
    pointFill: okabeIto.orange,
    pointStroke: dark,
    pointStrokeWidth: 2.5,
    pointRadius: 8,
  },
  rejected: {
    line: '#5c5c5c',
    lineWidth: 2.5,
    dash: [0.5, 2],
    fill: layerColours.measureRejected,
    fillOpacity: 0.15,
    pointFill: '#d9d9d9',
    pointStroke: '#5c5c5c',
    pointStrokeWidth: 2,
    pointRadius: 5,
  },
} satisfies Record<MeasureState, MeasureStatusStyle>

export const measureStyles = {
  status: statusStyles as Record<MeasureState, MeasureStatusStyle>,
  /** The shape being drawn (terra-draw): blue, which no status uses. */
  drawing: { line: okabeIto.blue, fill: okabeIto.blue, vertex: '#ffffff' },
  /** The open measure: a black line with a white halo around its shape. */
  selection: { line: layerColours.selection, halo: layerColours.selectionHalo },
} as const

/** Bottom first, so a done measure is drawn above a proposal on the same spot. */
export const measureStatusOrder: readonly MeasureState[] = ['rejected', 'proposed', 'decided', 'done']

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const measureOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [measureSources.municipalities]: empty(),
  [measureSources.urbanAreas]: empty(),
  [measureSources.measures]: empty(),
})

function byStatus(pick: (style: MeasureStatusStyle) => string | number): ExpressionSpecification {
  const cases = measureStatusOrder.flatMap((status) => [status, pick(measureStyles.status[status])])
  return ['match', ['get', 'status'], ...cases, pick(measureStyles.status.proposed)] as unknown as ExpressionSpecification
}

const isType = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => ['==', ['geometry-type'], type]
const statusSortKey: ExpressionSpecification = ['match', ['get', 'status'], ...measureStatusOrder.flatMap((status, index) => [status, index]), 0] as unknown as ExpressionSpecification

export const measurePointLayerId = 'ms-points'
export const measureFillLayerId = 'ms-areas-fill'
export const measureLineLayerId = (status: MeasureState) => `ms-lines-${status}`

/** The layers a click on a measure hits. */
export const measureClickLayerIds: readonly string[] = [measurePointLayerId, ...measureStatusOrder.map(measureLineLayerId), measureFillLayerId]

// Line patterns cannot follow data, so each status has its own line layer (lines and area outlines).
const lineLayers: LayerSpecification[] = measureStatusOrder.map((status) => {
  const style = measureStyles.status[status]
  return {
    id: measureLineLayerId(status),
    type: 'line',
    source: measureSources.measures,
    filter: ['all', ['!=', ['geometry-type'], 'Point'], ['==', ['get', 'status'], status]],
    layout: { 'line-join': 'round', 'line-cap': style.dash ? 'butt' : 'round' },
    paint: { 'line-color': style.line, 'line-width': style.lineWidth, ...(style.dash && { 'line-dasharray': style.dash }) },
  }
})

export const measureStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'ms-urban-areas-fill',
    type: 'fill',
    source: measureSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'ms-urban-areas-line',
    type: 'line',
    source: measureSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'ms-municipality-line',
    type: 'line',
    source: measureSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: measureFillLayerId,
    type: 'fill',
    source: measureSources.measures,
    filter: isType('Polygon'),
    layout: { 'fill-sort-key': statusSortKey },
    paint: { 'fill-color': byStatus((style) => style.fill), 'fill-opacity': byStatus((style) => style.fillOpacity) },
  },
  // The open measure: a white halo under its line, so it stands out from its neighbours.
  {
    id: 'ms-selection-halo',
    type: 'line',
    source: measureSources.measures,
    filter: ['all', ['!=', ['geometry-type'], 'Point'], ['==', ['get', 'selected'], true]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': measureStyles.selection.halo, 'line-width': 10 },
  },
  // A done line gets a dark casing: orange alone is too light against the basemap.
  {
    id: 'ms-lines-done-casing',
    type: 'line',
    source: measureSources.measures,
    filter: ['all', isType('LineString'), ['==', ['get', 'status'], 'done']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': dark, 'line-width': 7 },
  },
  ...lineLayers,
  {
    id: 'ms-lines-done-centre',
    type: 'line',
    source: measureSources.measures,
    filter: ['all', isType('LineString'), ['==', ['get', 'status'], 'done']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': okabeIto.orange, 'line-width': 4 },
  },
  {
    id: 'ms-selection-line',
    type: 'line',
    source: measureSources.measures,
    filter: ['all', ['!=', ['geometry-type'], 'Point'], ['==', ['get', 'selected'], true]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': measureStyles.selection.line, 'line-width': 2, 'line-gap-width': 6 },
  },
  {
    id: 'ms-selection-point',
    type: 'circle',
    source: measureSources.measures,
    filter: ['all', isType('Point'), ['==', ['get', 'selected'], true]],
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': measureStyles.selection.line,
      'circle-stroke-width': 3,
    },
  },
  {
    id: measurePointLayerId,
    type: 'circle',
    source: measureSources.measures,
    filter: isType('Point'),
    layout: { 'circle-sort-key': statusSortKey },
    paint: {
      'circle-radius': byStatus((style) => style.pointRadius),
      'circle-color': byStatus((style) => style.pointFill),
      'circle-stroke-color': byStatus((style) => style.pointStroke),
      'circle-stroke-width': byStatus((style) => style.pointStrokeWidth),
    },
  },
  // Only the open measure, if a point, is named on the map: the list names them all.
  {
    id: 'ms-selection-label',
    type: 'symbol',
    source: measureSources.measures,
    filter: ['all', isType('Point'), ['==', ['get', 'selected'], true]],
    layout: {
      'text-field': ['get', 'title'],
      'text-font': fontMedium,
      'text-size': 13,
      'text-offset': [0, 1.6],
      'text-anchor': 'top',
      'text-max-width': 14,
    },
    paint: { 'text-color': '#000000', 'text-halo-color': basemapColours.halo, 'text-halo-width': 2.2 },
  },
]

/** terra-draw's styles for the shape being drawn and edited, in the drawing colour. */
export const drawStyles = {
  point: {
    pointColor: measureStyles.drawing.fill,
    pointWidth: 10,
    pointOutlineColor: measureStyles.drawing.vertex,
    pointOutlineWidth: 3,
    editedPointColor: measureStyles.drawing.fill,
    editedPointWidth: 12,
    editedPointOutlineColor: measureStyles.drawing.vertex,
    editedPointOutlineWidth: 2,
  },
  linestring: {
    lineStringColor: measureStyles.drawing.line,
    lineStringWidth: 4,
    closingPointColor: measureStyles.drawing.vertex,
    closingPointOutlineColor: measureStyles.drawing.line,
    closingPointWidth: 7,
    closingPointOutlineWidth: 2,
  },
  polygon: {
    fillColor: measureStyles.drawing.fill,
    fillOpacity: 0.2,
    outlineColor: measureStyles.drawing.line,
    outlineWidth: 3,
    closingPointColor: measureStyles.drawing.vertex,
    closingPointOutlineColor: measureStyles.drawing.line,
    closingPointWidth: 7,
    closingPointOutlineWidth: 2,
  },
  select: {
    selectedLineStringColor: measureStyles.drawing.line,
    selectedLineStringWidth: 4,
    selectedPolygonColor: measureStyles.drawing.fill,
    selectedPolygonFillOpacity: 0.2,
    selectedPolygonOutlineColor: measureStyles.drawing.line,
    selectedPolygonOutlineWidth: 3,
    selectionPointWidth: 7,
    selectionPointColor: measureStyles.drawing.vertex,
    selectionPointOutlineColor: measureStyles.drawing.line,
    selectionPointOutlineWidth: 2,
    midPointWidth: 5,
    midPointColor: '#ffffff',
    midPointOutlineColor: '#555555',
    midPointOutlineWidth: 1,
  },
} as const
