import type { LngLatBoundsLike } from 'maplibre-gl'
import type { SituationMapData } from '../situation/situation-map-data.ts'
import { createPrintableMap } from './printable-map.ts'
import type { PrintableMap, PrintableMapOptions } from './printable-map.ts'
import { situationOverlaySources, situationPlaceLayerId, situationSources, situationStyleLayers } from './situation-layers.ts'
import { initialBounds } from './view.ts'

/**
 * The lägesbild's map: the period's places by source and the numbered places with most entries,
 * framed to fit (the town when the period has none); printable.
 */
export type SituationMap = PrintableMap<SituationMapData>

export function createSituationMap(options: PrintableMapOptions): SituationMap {
  return createPrintableMap(options, {
    overlay: { sources: situationOverlaySources(), layers: situationStyleLayers },
    backgroundSources: { municipalities: situationSources.municipalities, urbanAreas: situationSources.urbanAreas },
    layerIds: {
      municipalities: ['situation-municipality-line'],
      'urban-areas': ['situation-urban-areas-fill'],
      reports: [situationPlaceLayerId],
    },
    // Room so the numbers above the rings are not cut off, and on the right for the zoom buttons;
    // a single place is shown with its streets around it, not filling the map.
    fit: { padding: { top: 48, bottom: 48, left: 48, right: 72 }, maxZoom: 15.5 },
    draw(data, source) {
      source(situationSources.places)?.setData(data.places)
      source(situationSources.topPlaces)?.setData(data.topPlaces)
      return (data.bounds ?? initialBounds) as LngLatBoundsLike
    },
  })
}
