import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { hexBreaks } from '../planning/hex-classes.ts'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours, okabeIto } from './palette.ts'

/**
 * The planning map as data: the municipality and tätorter for orientation, the centrum zone (it
 * adds to a site's score), the weighted density grid, and the clusters with their rank from the
 * list, the chosen one outlined in black. The legend (components/planning-legend.tsx) draws from
 * `planningStyles`, so map and legend cannot drift apart.
 */
export const planningSources = {
  municipalities: 'municipalities',
  urbanAreas: 'pl-urban-areas',
  centrum: 'pl-centrum',
  hex: 'pl-hex',
  outlines: 'pl-site-outlines',
  centres: 'pl-site-centres',
} as const

export const planningStyles = {
  /**
   * The density ramp, one colour per class of hexClassRanges (below 1 … 16 or more): light to dark
   * blue, a single hue that reads in order for every common colour blindness and stays apart from
   * the clusters' vermillion. The legend names each class's weights in numbers.
   */
  hexRamp: ['#eff6fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const,
  hexOpacity: 0.75,
  hexLine: '#ffffff',
  /** A cluster: a light vermillion patch with a dark edge on a white casing; the chosen one has a thick black edge. */
  cluster: { fill: okabeIto.vermillion, fillOpacity: 0.15, line: '#8f3e00', width: 2.5 },
  selected: { fill: okabeIto.vermillion, fillOpacity: 0.3, line: layerColours.selection, halo: layerColours.selectionHalo, width: 4 },
  /** The rank: a white disc with a dark number; the chosen one dark with a white number. */
  rank: { fill: '#ffffff', stroke: '#3d1400', text: '#3d1400', radius: 12 },
  rankSelected: { fill: '#111111', stroke: '#ffffff', text: '#ffffff' },
  /** The centrum zone, as on the open map: a dashed dark line over a light yellow. */
  centrum: { fill: layerColours.centreFill, fillOpacity: 0.15, line: layerColours.centreLine, dash: [4, 2] as [number, number] },
} as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const planningOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [planningSources.municipalities]: empty(),
  [planningSources.urbanAreas]: empty(),
  [planningSources.centrum]: empty(),
  [planningSources.hex]: empty(),
  [planningSources.outlines]: empty(),
  [planningSources.centres]: empty(),
})

export const planningClusterLayerId = 'pl-sites-fill'
export const planningRankLayerId = 'pl-sites-rank'
/** The layers the grid's on/off switch shows or hides. */
export const planningHexLayerIds = ['pl-hex-fill', 'pl-hex-line'] as const

/** A cell's colour by its weight, stepping at the legend's breaks (planning/hex-classes.ts). */
export const hexColour = [
  'step',
  ['get', 'weight'],
  planningStyles.hexRamp[0],
  ...hexBreaks.flatMap((limit, index) => [limit, planningStyles.hexRamp[index + 1]!]),
] as unknown as ExpressionSpecification

const selected: ExpressionSpecification = ['==', ['get', 'selected'], true]

/** Bottom first: the grid under the clusters, the chosen cluster and the ranks on top. */
export const planningStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'pl-urban-areas-fill',
    type: 'fill',
    source: planningSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'pl-urban-areas-line',
    type: 'line',
    source: planningSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'pl-municipality-line',
    type: 'line',
    source: planningSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'pl-centrum-fill',
    type: 'fill',
    source: planningSources.centrum,
    filter: ['==', ['get', 'kind'], 'centrum'],
    paint: { 'fill-color': planningStyles.centrum.fill, 'fill-opacity': planningStyles.centrum.fillOpacity },
  },
  {
    id: planningHexLayerIds[0],
    type: 'fill',
    source: planningSources.hex,
    paint: { 'fill-color': hexColour, 'fill-opacity': planningStyles.hexOpacity },
  },
  {
    id: planningHexLayerIds[1],
    type: 'line',
    source: planningSources.hex,
    paint: { 'line-color': planningStyles.hexLine, 'line-width': 0.5, 'line-opacity': 0.8 },
  },
  {
    id: 'pl-centrum-line',
    type: 'line',
    source: planningSources.centrum,
    filter: ['==', ['get', 'kind'], 'centrum'],
    paint: { 'line-color': planningStyles.centrum.line, 'line-width': 2, 'line-dasharray': planningStyles.centrum.dash },
  },
  {
    id: planningClusterLayerId,
    type: 'fill',
    source: planningSources.outlines,
    paint: {
      'fill-color': planningStyles.cluster.fill,
      'fill-opacity': ['case', selected, planningStyles.selected.fillOpacity, planningStyles.cluster.fillOpacity],
    },
  },
  {
    // A white casing keeps the edge readable over the darkest cells of the grid.
    id: 'pl-sites-casing',
    type: 'line',
    source: planningSources.outlines,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': planningStyles.selected.halo,
      'line-width': ['case', selected, planningStyles.selected.width + 4, planningStyles.cluster.width + 3],
    },
  },
  {
    id: 'pl-sites-line',
    type: 'line',
    source: planningSources.outlines,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['case', selected, planningStyles.selected.line, planningStyles.cluster.line],
      'line-width': ['case', selected, planningStyles.selected.width, planningStyles.cluster.width],
    },
  },
  {
    id: planningRankLayerId,
    type: 'circle',
    source: planningSources.centres,
    layout: { 'circle-sort-key': ['case', selected, 2, 1] },
    paint: {
      'circle-radius': planningStyles.rank.radius,
      'circle-color': ['case', selected, planningStyles.rankSelected.fill, planningStyles.rank.fill],
      'circle-stroke-color': ['case', selected, planningStyles.rankSelected.stroke, planningStyles.rank.stroke],
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'pl-sites-rank-number',
    type: 'symbol',
    source: planningSources.centres,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 13,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': ['case', selected, planningStyles.rankSelected.text, planningStyles.rank.text] },
  },
]
