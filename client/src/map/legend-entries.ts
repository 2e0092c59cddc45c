import type { CollectionId } from '../data/collections.ts'
import { markerIds } from './marker-images.ts'
import { basemapColours, layerColours, reportDensityRamp, reportStatusStyles, watchStatusColours } from './palette.ts'

/** How a legend key is drawn: the same colours, patterns and markers as on the map. */
export type Swatch =
  | { kind: 'area'; fill: string; fillOpacity: number; line: string; pattern: 'solid' | 'dashed' | 'dotted' }
  | { kind: 'line'; colour: string; pattern: 'solid' | 'dashed' | 'dash-dot'; casing?: string }
  | { kind: 'circle'; fill: string; stroke: string; strokeWidth?: number }
  | { kind: 'density'; colours: readonly string[] }
  | { kind: 'marker'; markerId: string }

export interface LegendKey {
  /** An i18n key under `legendKeys`. */
  label: string
  swatch: Swatch
}

export interface LegendEntry {
  collection: CollectionId
  defaultVisible: boolean
  keys: readonly LegendKey[]
}

/** The legend, in the order a person reads it: what is being done first, the base map last. */
export const legendEntries: readonly LegendEntry[] = [
  {
    collection: 'watch-areas',
    defaultVisible: true,
    keys: [
      { label: 'watchActive', swatch: { kind: 'area', fill: watchStatusColours.active.fill, fillOpacity: 0.32, line: watchStatusColours.active.line, pattern: 'solid' } },
      { label: 'watchPlanned', swatch: { kind: 'area', fill: watchStatusColours.planned.fill, fillOpacity: 0.32, line: watchStatusColours.planned.line, pattern: 'dashed' } },
      { label: 'watchInactive', swatch: { kind: 'area', fill: watchStatusColours.inactive.fill, fillOpacity: 0.32, line: watchStatusColours.inactive.line, pattern: 'dotted' } },
    ],
  },
  {
    collection: 'safety-walks',
    defaultVisible: true,
    keys: [
      { label: 'walkDone', swatch: { kind: 'line', colour: layerColours.walk, pattern: 'solid', casing: layerColours.walkCasing } },
      { label: 'walkPlanned', swatch: { kind: 'line', colour: layerColours.walk, pattern: 'dashed', casing: layerColours.walkCasing } },
    ],
  },
  {
    collection: 'walk-observations',
    defaultVisible: true,
    keys: [
      { label: 'observationSafe', swatch: { kind: 'marker', markerId: markerIds.observationSafe } },
      { label: 'observationUnsafe', swatch: { kind: 'marker', markerId: markerIds.observationUnsafe } },
    ],
  },
  {
    collection: 'reports',
    defaultVisible: true,
    keys: [
      { label: 'reportPublished', swatch: { kind: 'circle', ...reportStatusStyles.published } },
      { label: 'reportUnderReview', swatch: { kind: 'circle', ...reportStatusStyles.under_review } },
      { label: 'reportPlanned', swatch: { kind: 'circle', ...reportStatusStyles.measure_planned } },
      { label: 'reportFixed', swatch: { kind: 'circle', ...reportStatusStyles.fixed } },
      { label: 'reportNotActionable', swatch: { kind: 'circle', ...reportStatusStyles.not_actionable } },
      { label: 'reportDensity', swatch: { kind: 'density', colours: reportDensityRamp.slice(1) } },
    ],
  },
  {
    collection: 'measures',
    defaultVisible: true,
    keys: [
      { label: 'measureDone', swatch: { kind: 'marker', markerId: markerIds.measureDone } },
      { label: 'measurePlanned', swatch: { kind: 'marker', markerId: markerIds.measurePlanned } },
      { label: 'measureRejected', swatch: { kind: 'marker', markerId: markerIds.measureRejected } },
    ],
  },
  {
    collection: 'focus-zones',
    defaultVisible: true,
    keys: [{ label: 'centre', swatch: { kind: 'area', fill: layerColours.centreFill, fillOpacity: 0.3, line: layerColours.centreLine, pattern: 'dashed' } }],
  },
  {
    collection: 'urban-areas',
    defaultVisible: true,
    keys: [{ label: 'urbanArea', swatch: { kind: 'area', fill: basemapColours.urbanFill, fillOpacity: 1, line: basemapColours.urbanOutline, pattern: 'solid' } }],
  },
  {
    collection: 'municipalities',
    defaultVisible: true,
    keys: [{ label: 'boundary', swatch: { kind: 'line', colour: basemapColours.boundary, pattern: 'dash-dot' } }],
  },
]

export const defaultVisibleCollections = (): Set<CollectionId> =>
  new Set(legendEntries.filter((entry) => entry.defaultVisible).map((entry) => entry.collection))
