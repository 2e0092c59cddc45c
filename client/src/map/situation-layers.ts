import type { EvidenceSource } from '../../../server/shared/api/planning-schemas.ts'
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { fontMedium } from './layers.ts'
import { basemapColours, layerColours, okabeIto } from './palette.ts'

/**
 * The lägesbild's map as data: the municipality and tätorter for orientation, the period's places
 * coloured by where they come from, and the places with most entries as numbered rings, numbered
 * as in the list beside the map. The sources also differ in fill (a walk observation is a ring),
 * and the legend (components/situation-map.tsx) draws from `sourceStyles` and says them in words.
 */
export const situationSources = {
  municipalities: 'municipalities',
  urbanAreas: 'situation-urban-areas',
  places: 'situation-places',
  topPlaces: 'situation-top-places',
} as const

/** Blue for the EST partners' incidents, the reports' purple, walk observations as vermillion rings. */
export const sourceStyles: Record<EvidenceSource, { fill: string; stroke: string; strokeWidth: number }> = {
  staff: { fill: okabeIto.blue, stroke: '#ffffff', strokeWidth: 1.5 },
  public: { fill: layerColours.report, stroke: layerColours.reportStroke, strokeWidth: 1.5 },
  walk: { fill: '#ffffff', stroke: '#b34700', strokeWidth: 3 },
}

/** A place with most entries: a dark ring around its entries, its number above it. */
export const topPlaceStyle = { ring: '#111111', halo: '#ffffff', radius: 18, text: '#111111' } as const

export const PLACE_RADIUS = 6

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const situationOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [situationSources.municipalities]: empty(),
  [situationSources.urbanAreas]: empty(),
  [situationSources.places]: empty(),
  [situationSources.topPlaces]: empty(),
})

/** A paint value per source, from `sourceStyles`. */
export function bySource(part: 'fill' | 'stroke' | 'strokeWidth'): ExpressionSpecification {
  const value = (source: EvidenceSource) => sourceStyles[source][part]
  return ['match', ['get', 'source'], 'staff', value('staff'), 'public', value('public'), 'walk', value('walk'), value('staff')]
}

export const situationPlaceLayerId = 'situation-places-circle'
export const situationTopLayerId = 'situation-top-ring'

/** Bottom first: the rings of the top places above the places they gather. */
export const situationStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'situation-urban-areas-fill',
    type: 'fill',
    source: situationSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'situation-urban-areas-line',
    type: 'line',
    source: situationSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'situation-municipality-line',
    type: 'line',
    source: situationSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: situationPlaceLayerId,
    type: 'circle',
    source: situationSources.places,
    // Walk observations (rings) on top, so a filled circle never hides one.
    layout: { 'circle-sort-key': ['match', ['get', 'source'], 'walk', 3, 'public', 2, 1] },
    paint: {
      'circle-radius': PLACE_RADIUS,
      'circle-color': bySource('fill'),
      'circle-stroke-color': bySource('stroke'),
      'circle-stroke-width': bySource('strokeWidth'),
    },
  },
  {
    id: 'situation-top-halo',
    type: 'circle',
    source: situationSources.topPlaces,
    paint: {
      'circle-radius': topPlaceStyle.radius,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': topPlaceStyle.halo,
      'circle-stroke-width': 6,
    },
  },
  {
    id: situationTopLayerId,
    type: 'circle',
    source: situationSources.topPlaces,
    paint: {
      'circle-radius': topPlaceStyle.radius,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': topPlaceStyle.ring,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'situation-top-number',
    type: 'symbol',
    source: situationSources.topPlaces,
    layout: {
      'text-field': ['to-string', ['get', 'number']],
      'text-font': fontMedium,
      'text-size': 15,
      'text-offset': [0, -2.1],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': topPlaceStyle.text, 'text-halo-color': topPlaceStyle.halo, 'text-halo-width': 2.5 },
  },
]
