import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours, okabeIto } from './palette.ts'

/**
 * The walk planning map as data: the municipality and tätorter for orientation, the routes of the
 * other walks, the places no walk has passed (numbered as in the list, ticked ones filled), and the
 * meeting point. The route being planned is drawn by terra-draw on top. The legend
 * (components/walk-plan-legend.tsx) draws from `planStyles`, so map and legend cannot drift apart.
 */
export const planSources = {
  municipalities: 'municipalities',
  urbanAreas: 'plan-urban-areas',
  walks: 'plan-walks',
  hotspots: 'plan-hotspots',
  meetingPoint: 'plan-meeting-point',
} as const

export const planStyles = {
  /** Routes of other walks: grey, planned ones dashed. */
  walk: { line: '#5c5c5c', width: 2.5, plannedDash: [3, 2] as [number, number] },
  /** A place chosen for the route: filled dark, white number. */
  picked: { fill: '#3d1400', stroke: okabeIto.vermillion, text: '#ffffff' },
  /** A place not chosen: white with a dark ring and a dark number. */
  unpicked: { fill: '#ffffff', stroke: '#3d1400', text: '#3d1400' },
  hotspotRadius: 12,
  /** The route being planned (terra-draw). */
  route: { line: okabeIto.blue, width: 4, vertex: '#ffffff' },
  /** The meeting point: a black ring with a white centre and its name beside it. */
  meetingPoint: { stroke: '#111111', fill: '#ffffff', halo: '#ffffff' },
} as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const planOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [planSources.municipalities]: empty(),
  [planSources.urbanAreas]: empty(),
  [planSources.walks]: empty(),
  [planSources.hotspots]: empty(),
  [planSources.meetingPoint]: empty(),
})

export const planHotspotLayerId = 'plan-hotspots-circle'

/** Bottom first: the places above the other walks, the meeting point above all. */
export const planStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'plan-urban-areas-fill',
    type: 'fill',
    source: planSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'plan-urban-areas-line',
    type: 'line',
    source: planSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'plan-municipality-line',
    type: 'line',
    source: planSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'plan-walks-done',
    type: 'line',
    source: planSources.walks,
    filter: ['!', ['get', 'planned']],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': planStyles.walk.line, 'line-width': planStyles.walk.width, 'line-opacity': 0.8 },
  },
  {
    id: 'plan-walks-planned',
    type: 'line',
    source: planSources.walks,
    filter: ['get', 'planned'],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': planStyles.walk.line, 'line-width': planStyles.walk.width, 'line-dasharray': planStyles.walk.plannedDash },
  },
  {
    id: planHotspotLayerId,
    type: 'circle',
    source: planSources.hotspots,
    layout: { 'circle-sort-key': ['case', ['get', 'picked'], 2, 1] },
    paint: {
      'circle-radius': planStyles.hotspotRadius,
      'circle-color': ['case', ['get', 'picked'], planStyles.picked.fill, planStyles.unpicked.fill],
      'circle-stroke-color': ['case', ['get', 'picked'], planStyles.picked.stroke, planStyles.unpicked.stroke],
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'plan-hotspots-number',
    type: 'symbol',
    source: planSources.hotspots,
    layout: {
      'text-field': ['get', 'number'],
      'text-font': fontMedium,
      'text-size': 13,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': ['case', ['get', 'picked'], planStyles.picked.text, planStyles.unpicked.text] },
  },
  {
    id: 'plan-meeting-point-halo',
    type: 'circle',
    source: planSources.meetingPoint,
    paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': planStyles.meetingPoint.halo, 'circle-stroke-width': 7 },
  },
  {
    id: 'plan-meeting-point-ring',
    type: 'circle',
    source: planSources.meetingPoint,
    paint: { 'circle-radius': 10, 'circle-color': planStyles.meetingPoint.fill, 'circle-stroke-color': planStyles.meetingPoint.stroke, 'circle-stroke-width': 4 },
  },
  {
    id: 'plan-meeting-point-centre',
    type: 'circle',
    source: planSources.meetingPoint,
    paint: { 'circle-radius': 3.5, 'circle-color': planStyles.meetingPoint.stroke },
  },
  {
    id: 'plan-meeting-point-label',
    type: 'symbol',
    source: planSources.meetingPoint,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 13,
      'text-offset': [0, 1.5],
      'text-anchor': 'top',
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#000000', 'text-halo-color': basemapColours.halo, 'text-halo-width': 2.2 },
  },
]

/** terra-draw's own layers for the route being planned, in the route's colour. */
export const routeDrawStyle = {
  lineStringColor: planStyles.route.line,
  lineStringWidth: planStyles.route.width,
  closingPointColor: planStyles.route.vertex,
  closingPointOutlineColor: planStyles.route.line,
  closingPointWidth: 7,
  closingPointOutlineWidth: 2,
} as const

export const routeSelectStyle = {
  selectedLineStringColor: planStyles.route.line,
  selectedLineStringWidth: planStyles.route.width,
  selectionPointWidth: 7,
  selectionPointColor: planStyles.route.vertex,
  selectionPointOutlineColor: planStyles.route.line,
  selectionPointOutlineWidth: 2,
  midPointWidth: 5,
  midPointColor: '#ffffff',
  midPointOutlineColor: '#555555',
  midPointOutlineWidth: 1,
} as const

/** The route while nothing on it can be changed (the police read the screen). */
export const routeStaticColour = layerColours.walk
