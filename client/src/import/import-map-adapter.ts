import type { LngLatBoundsLike } from 'maplibre-gl'
import { createPrintableMap } from '../map/printable-map.ts'
import type { PrintableMap, PrintableMapOptions } from '../map/printable-map.ts'
import { importBounds } from './import-features.ts'
import type { ImportMapData } from './import-features.ts'
import { importFillLayerId, importLineLayerId, importMapSources, importOverlaySources, importPointLayerId, importStyleLayers } from './import-map-layers.ts'

/** The read-only map of an import's preview, framed to fit the file's features. */
export function createImportMap(options: PrintableMapOptions): PrintableMap<ImportMapData> {
  return createPrintableMap(options, {
    overlay: { sources: importOverlaySources(), layers: importStyleLayers },
    backgroundSources: { municipalities: importMapSources.municipalities, urbanAreas: importMapSources.urbanAreas },
    layerIds: {
      municipalities: ['import-municipality-line'],
      'urban-areas': ['import-urban-areas-fill'],
      'watch-areas': [importFillLayerId],
      'safety-walks': [importLineLayerId],
      measures: [importPointLayerId],
    },
    fit: { padding: 40, maxZoom: 17 },
    draw(data, source) {
      source(importMapSources.features)?.setData(data)
      return importBounds(data) as LngLatBoundsLike | null
    },
  })
}
