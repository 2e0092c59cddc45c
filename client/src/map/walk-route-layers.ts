import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours } from './palette.ts'

/**
 * The read-only map of one safety walk as data: the municipality and tätorter for orientation,
 * the route (dashed while planned, as on the open map), the meeting point, and the observations
 * with their protocol numbers. An unsafe place is a filled circle, a safe place a white one with a
 * coloured edge: they differ in fill as well as hue, and the list says which is which in words.
 */
export const walkRouteSources = {
  municipalities: 'municipalities',
  urbanAreas: 'walk-urban-areas',
  route: 'walk-route',
  meetingPoint: 'walk-meeting-point',
  observations: 'walk-route-observations',
} as const

export const observationStyles = {
  unsafe: { fill: layerColours.observationUnsafe, stroke: '#1a1a1a', text: '#000000' },
  safe: { fill: '#ffffff', stroke: '#00664c', text: '#000000' },
} as const

export const meetingPointStyle = { fill: '#1a1a1a', stroke: '#ffffff' } as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const walkRouteOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [walkRouteSources.municipalities]: empty(),
  [walkRouteSources.urbanAreas]: empty(),
  [walkRouteSources.route]: empty(),
  [walkRouteSources.meetingPoint]: empty(),
  [walkRouteSources.observations]: empty(),
})

export const walkRouteLineLayerId = 'walk-route-line'
export const walkObservationLayerId = 'walk-route-observation-circle'

/** Bottom first. */
export const walkRouteStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'walk-urban-areas-fill',
    type: 'fill',
    source: walkRouteSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'walk-urban-areas-line',
    type: 'line',
    source: walkRouteSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'walk-municipality-line',
    type: 'line',
    source: walkRouteSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'walk-route-casing',
    type: 'line',
    source: walkRouteSources.route,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': layerColours.walkCasing, 'line-width': 9 },
  },
  {
    id: walkRouteLineLayerId,
    type: 'line',
    source: walkRouteSources.route,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': layerColours.walk,
      'line-width': 5,
      'line-dasharray': ['match', ['get', 'status'], 'planned', ['literal', [2, 1.2]], ['literal', [1, 0]]],
    },
  },
  {
    id: 'walk-meeting-point-circle',
    type: 'circle',
    source: walkRouteSources.meetingPoint,
    paint: {
      'circle-radius': 8,
      'circle-color': meetingPointStyle.fill,
      'circle-stroke-color': meetingPointStyle.stroke,
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'walk-meeting-point-label',
    type: 'symbol',
    source: walkRouteSources.meetingPoint,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 13,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-allow-overlap': true,
    },
    paint: { 'text-color': basemapColours.label, 'text-halo-color': basemapColours.halo, 'text-halo-width': 2 },
  },
  {
    id: walkObservationLayerId,
    type: 'circle',
    source: walkRouteSources.observations,
    // The first rows (the most urgent unsafe places) are drawn on top.
    layout: { 'circle-sort-key': ['-', 0, ['get', 'number']] },
    paint: {
      'circle-radius': 11,
      'circle-color': ['match', ['get', 'assessment'], 'unsafe', observationStyles.unsafe.fill, observationStyles.safe.fill],
      'circle-stroke-color': ['match', ['get', 'assessment'], 'unsafe', observationStyles.unsafe.stroke, observationStyles.safe.stroke],
      'circle-stroke-width': ['match', ['get', 'assessment'], 'unsafe', 2, 3.5],
    },
  },
  {
    id: 'walk-route-observation-number',
    type: 'symbol',
    source: walkRouteSources.observations,
    layout: {
      'text-field': ['to-string', ['get', 'number']],
      'text-font': fontMedium,
      'text-size': 13,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      'symbol-sort-key': ['-', 0, ['get', 'number']],
    },
    paint: { 'text-color': '#000000' },
  },
]
