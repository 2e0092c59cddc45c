import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import type { AreaState } from '../grannsamverkan/area-state.ts'
import { fontMedium } from './layers.ts'
import { areaStateColours, basemapColours, coverageColours, layerColours, okabeIto } from './palette.ts'

/**
 * The police's grannsamverkan map as data: the municipality, tätorter, the areas by state, the
 * chosen area, an import's preview and, when switched on, coverage (uncovered parts and hints). The legend (components/area-state-legend.tsx) draws from `areaStateStyles`, so map
 * and legend cannot drift apart.
 */
export const gsSources = {
  municipalities: 'municipalities',
  urbanAreas: 'gs-urban-areas',
  areas: 'gs-areas',
  areaLabels: 'gs-area-labels',
  selection: 'gs-selection',
  uncovered: 'gs-uncovered',
  hints: 'gs-coverage-hints',
  importPreview: 'gs-import-preview',
} as const

/** The hatch image added to the map for areas that need an update (see hatch-pattern.ts). */
export const hatchImageId = 'gs-hatch'

/** The cross-hatch over the uncovered parts of the tätorter (see hatch-pattern.ts). */
export const crossHatchImageId = 'gs-cross-hatch'

/** The hatch over imported outlines that have a problem (see hatch-pattern.ts). */
export const importHatchImageId = 'gs-import-hatch'

/**
 * The import's preview, for the map and its legend: outlines that can be imported are solid and
 * thick; those with a problem are dashed and cross-hatched, so the two differ without colour.
 */
export const importPreviewStyle = {
  ok: { fill: okabeIto.blue, line: '#003a5c' },
  problem: { fill: areaStateColours.needs_update.fill, line: '#8f3e00', dash: [1.5, 1] as [number, number] },
} as const

/**
 * Coverage, for the map and its legend: the uncovered parts are cross-hatched with a dotted
 * outline (no fill of their own, so the tätort shows through); hints are rings, not filled dots.
 */
export const coverageStyle = {
  uncoveredHatch: coverageColours.uncovered,
  uncoveredLine: coverageColours.uncoveredLine,
  /** In line widths, as the area outlines. */
  uncoveredDash: [0.2, 1.6] as [number, number],
  hintFill: coverageColours.hint,
  hintStroke: coverageColours.hintStroke,
} as const

export interface AreaStateStyle {
  fill: string
  line: string
  /** Outline dashes in line widths; solid when absent. */
  dash?: [number, number]
  hatched: boolean
}

export const areaStateStyles: Record<AreaState, AreaStateStyle> = {
  needs_update: { ...areaStateColours.needs_update, hatched: true },
  in_order: { ...areaStateColours.in_order, hatched: false },
  planned: { ...areaStateColours.planned, dash: [2, 1.5], hatched: false },
  inactive: { ...areaStateColours.inactive, dash: [0.5, 2], hatched: false },
}

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

/** The offline basemap brings its own `municipalities` source; an online one does not. */
export const gsOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [gsSources.municipalities]: empty(),
  [gsSources.urbanAreas]: empty(),
  [gsSources.areas]: empty(),
  [gsSources.areaLabels]: empty(),
  [gsSources.selection]: empty(),
  [gsSources.uncovered]: empty(),
  [gsSources.hints]: empty(),
  [gsSources.importPreview]: empty(),
})

const byState = (pick: (style: AreaStateStyle) => string): ExpressionSpecification => [
  'match',
  ['get', 'state'],
  'needs_update',
  pick(areaStateStyles.needs_update),
  'planned',
  pick(areaStateStyles.planned),
  'inactive',
  pick(areaStateStyles.inactive),
  pick(areaStateStyles.in_order),
]

const stateIs = (state: AreaState): ExpressionSpecification => ['==', ['get', 'state'], state]

/** Dashes per state need one layer each: line-dasharray cannot be data-driven everywhere. */
const outlineLayer = (state: AreaState): LayerSpecification => {
  const style = areaStateStyles[state]
  return {
    id: `gs-areas-line-${state}`,
    type: 'line',
    source: gsSources.areas,
    filter: stateIs(state),
    // Mitred, as on the public map: round joins on thousands of areas cost every frame.
    layout: { 'line-join': 'miter' },
    paint: { 'line-color': style.line, 'line-width': 2.5, ...(style.dash && { 'line-dasharray': style.dash }) },
  }
}

export const gsFillLayerId = 'gs-areas-fill'

/** Hidden until the officer switches coverage on. */
export const coverageLayerIds = ['gs-uncovered-hatch', 'gs-uncovered-line', 'gs-coverage-hints'] as const
const hidden = { visibility: 'none' } as const

/** Bottom first. */
export const gsStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'gs-urban-areas-fill',
    type: 'fill',
    source: gsSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'gs-urban-areas-line',
    type: 'line',
    source: gsSources.urbanAreas,
    paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 },
  },
  {
    id: 'gs-municipality-line',
    type: 'line',
    source: gsSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'gs-uncovered-hatch',
    type: 'fill',
    source: gsSources.uncovered,
    layout: hidden,
    paint: { 'fill-pattern': crossHatchImageId },
  },
  {
    id: 'gs-uncovered-line',
    type: 'line',
    source: gsSources.uncovered,
    layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': coverageStyle.uncoveredLine, 'line-width': 2.5, 'line-dasharray': coverageStyle.uncoveredDash },
  },
  {
    id: gsFillLayerId,
    type: 'fill',
    source: gsSources.areas,
    paint: { 'fill-color': byState((style) => style.fill), 'fill-opacity': 0.3 },
  },
  {
    id: 'gs-areas-hatch',
    type: 'fill',
    source: gsSources.areas,
    filter: stateIs('needs_update'),
    paint: { 'fill-pattern': hatchImageId },
  },
  outlineLayer('in_order'),
  outlineLayer('planned'),
  outlineLayer('inactive'),
  outlineLayer('needs_update'),
  {
    id: 'gs-selection-line',
    type: 'line',
    source: gsSources.selection,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': layerColours.selection, 'line-width': 3, 'line-gap-width': 3 },
  },
  {
    id: 'gs-import-fill',
    type: 'fill',
    source: gsSources.importPreview,
    paint: {
      'fill-color': ['case', ['get', 'ok'], importPreviewStyle.ok.fill, importPreviewStyle.problem.fill],
      'fill-opacity': 0.25,
    },
  },
  {
    id: 'gs-import-hatch',
    type: 'fill',
    source: gsSources.importPreview,
    filter: ['!', ['get', 'ok']],
    paint: { 'fill-pattern': importHatchImageId },
  },
  {
    id: 'gs-import-line-ok',
    type: 'line',
    source: gsSources.importPreview,
    filter: ['get', 'ok'],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': importPreviewStyle.ok.line, 'line-width': 3.5 },
  },
  {
    id: 'gs-import-line-problem',
    type: 'line',
    source: gsSources.importPreview,
    filter: ['!', ['get', 'ok']],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': importPreviewStyle.problem.line, 'line-width': 3.5, 'line-dasharray': importPreviewStyle.problem.dash },
  },
  {
    id: 'gs-coverage-hints',
    type: 'circle',
    source: gsSources.hints,
    layout: hidden,
    paint: {
      'circle-radius': 6,
      'circle-color': coverageStyle.hintFill,
      'circle-stroke-color': coverageStyle.hintStroke,
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'gs-area-labels',
    type: 'symbol',
    source: gsSources.areaLabels,
    minzoom: 12.5,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': fontMedium,
      'text-size': 12,
      'text-max-width': 10,
      'text-padding': 2,
    },
    paint: { 'text-color': basemapColours.label, 'text-halo-color': basemapColours.halo, 'text-halo-width': 1.8 },
  },
]
