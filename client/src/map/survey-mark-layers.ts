import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { markSteps } from '../survey/mark-cells.ts'
import { fontMedium } from './layers.ts'
import { basemapColours } from './palette.ts'

/**
 * The follow-up's density map as data: the municipality and tätorter for orientation, and each
 * 100 m square with marks as a circle that grows and darkens with its count in the steps of
 * `markSteps`, its count written beside it. Size and number say the count, not colour alone; the
 * legend (components/follow-up-marks.tsx) draws from `markStepStyles`.
 */
export const surveyMarkSources = {
  municipalities: 'municipalities',
  urbanAreas: 'survey-urban-areas',
  cells: 'survey-mark-cells',
} as const

/** One look per step, smallest count first: light orange to dark brown, small to large. */
export const markStepStyles: readonly { radius: number; fill: string }[] = [
  { radius: 7, fill: '#f6b58f' },
  { radius: 10, fill: '#e8793a' },
  { radius: 14, fill: '#c04a00' },
  { radius: 19, fill: '#7a2800' },
]
export const markStroke = '#3d1400'

/** A paint value by the square's count, in the steps of `markSteps`. */
export function byCount(part: 'radius' | 'fill'): ExpressionSpecification {
  const [first, ...rest] = markStepStyles.map((style) => style[part])
  const stops = markSteps.slice(1).flatMap((from, index) => [from, rest[index] as number | string])
  return ['step', ['get', 'count'], first as number | string, ...stops] as ExpressionSpecification
}

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const surveyMarkOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [surveyMarkSources.municipalities]: empty(),
  [surveyMarkSources.urbanAreas]: empty(),
  [surveyMarkSources.cells]: empty(),
})

export const surveyMarkCircleLayerId = 'survey-mark-circle'

/** Bottom first; the largest squares drawn last, so a small one is never hidden under a big one's edge. */
export const surveyMarkStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'survey-urban-areas-fill',
    type: 'fill',
    source: surveyMarkSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'survey-urban-areas-line',
    type: 'line',
    source: surveyMarkSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'survey-municipality-line',
    type: 'line',
    source: surveyMarkSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: surveyMarkCircleLayerId,
    type: 'circle',
    source: surveyMarkSources.cells,
    layout: { 'circle-sort-key': ['get', 'count'] },
    paint: {
      'circle-radius': byCount('radius'),
      'circle-color': byCount('fill'),
      'circle-opacity': 0.85,
      'circle-stroke-color': markStroke,
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'survey-mark-count',
    type: 'symbol',
    source: surveyMarkSources.cells,
    // The count to the right of its circle, so even the smallest circle keeps its number readable.
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': fontMedium,
      'text-size': 13,
      'text-anchor': 'left',
      'text-offset': ['step', ['get', 'count'], ['literal', [0.7, 0]], markSteps[1], ['literal', [0.9, 0]], markSteps[2], ['literal', [1.2, 0]], markSteps[3], ['literal', [1.6, 0]]],
      'symbol-sort-key': ['-', 0, ['get', 'count']],
    },
    paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
]
