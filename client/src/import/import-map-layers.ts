import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { fontMedium } from '../map/layers.ts'
import { basemapColours, okabeIto } from '../map/palette.ts'

/**
 * The preview map of an import as data: the municipality and tätorter for orientation, then every
 * feature of the file – areas, lines and points alike – numbered as in the list. A feature with a
 * problem is vermillion with a dashed edge, an ok one bluish green with a solid edge: they differ
 * in pattern as well as hue, and the list says the same in words.
 */
export const importMapSources = {
  municipalities: 'municipalities',
  urbanAreas: 'import-urban-areas',
  features: 'import-features',
} as const

export const importStyles = {
  ok: { fill: okabeIto.bluishGreen, line: '#00664c' },
  problem: { fill: okabeIto.vermillion, line: '#8f3a00' },
} as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

export const importOverlaySources = (): Record<string, GeoJSONSourceSpecification> => ({
  [importMapSources.municipalities]: empty(),
  [importMapSources.urbanAreas]: empty(),
  [importMapSources.features]: empty(),
})

const byOk = (ok: string, problem: string): ExpressionSpecification => ['case', ['get', 'ok'], ok, problem]
const isType = (...types: string[]): FilterSpecification => ['in', ['geometry-type'], ['literal', types]]

export const importFillLayerId = 'import-feature-fill'
export const importLineLayerId = 'import-feature-line'
export const importPointLayerId = 'import-feature-point'

/** Bottom first. */
export const importStyleLayers: readonly LayerSpecification[] = [
  {
    id: 'import-urban-areas-fill',
    type: 'fill',
    source: importMapSources.urbanAreas,
    paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 },
  },
  {
    id: 'import-municipality-line',
    type: 'line',
    source: importMapSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: importFillLayerId,
    type: 'fill',
    source: importMapSources.features,
    filter: isType('Polygon', 'MultiPolygon'),
    paint: { 'fill-color': byOk(importStyles.ok.fill, importStyles.problem.fill), 'fill-opacity': 0.35 },
  },
  {
    id: importLineLayerId,
    type: 'line',
    source: importMapSources.features,
    filter: isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': byOk(importStyles.ok.line, importStyles.problem.line),
      'line-width': 3,
      'line-dasharray': ['case', ['get', 'ok'], ['literal', [1, 0]], ['literal', [2, 1.2]]],
    },
  },
  {
    id: importPointLayerId,
    type: 'circle',
    source: importMapSources.features,
    filter: isType('Point', 'MultiPoint'),
    paint: {
      'circle-radius': 9,
      'circle-color': byOk(importStyles.ok.fill, '#ffffff'),
      'circle-stroke-color': byOk(importStyles.ok.line, importStyles.problem.line),
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'import-feature-number',
    type: 'symbol',
    source: importMapSources.features,
    layout: {
      'text-field': ['to-string', ['get', 'number']],
      'text-font': fontMedium,
      'text-size': 13,
      'text-allow-overlap': true,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
]
