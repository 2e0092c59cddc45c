import type { FilterSpecification, Map as MaplibreMap, VectorTileSource } from 'maplibre-gl'
import type { CollectionId } from '../data/collections.ts'
import { tileUrl } from '../data/tile-json.ts'
import { labelSourceId } from './layers.ts'
import { clusteredCollections, tiledSource, tiledSourceId, tiledStyleLayers } from './tiled-layers.ts'
import type { TiledLayer } from './tiled-layers.ts'

/**
 * Switches collections of the open map from their GeoJSON source to vector tiles (the layers are
 * data in tiled-layers.ts), and keeps their period up to date. The map adapter owns it.
 */
export interface TiledOverlay {
  /** Draws these collections from tiles, with their periods; a collection once tiled stays so. */
  set(layers: readonly TiledLayer[]): void
  /** After the style was loaded again (see flat-map.ts) every layer is GeoJSON again: switch them back. */
  restyled(): void
  collections(): ReadonlySet<CollectionId>
  /** From which zoom a tiled collection's points are all single (the server clusters below it). */
  singlesZoom(collection: CollectionId): number | undefined
}

interface Applied {
  url: string
  filterKey: string
}

export function createTiledOverlay(map: MaplibreMap, styleReady: () => boolean): TiledOverlay {
  let wanted: readonly TiledLayer[] = []
  const applied = new Map<CollectionId, Applied>()
  const tiled = new Set<CollectionId>()

  function apply() {
    if (!styleReady()) return
    for (const layer of wanted) {
      const url = tileUrl(layer.tileJson, layer.datetime)
      const filterKey = JSON.stringify(layer.filter)
      const previous = applied.get(layer.collection)
      if (!previous) switchToTiles(map, layer)
      else {
        // Filters first: a new filter re-reads the tiles already loaded, and set after new tiles
        // it would keep those old tiles (no request goes out). New tiles only for a new period.
        if (previous.filterKey !== filterKey) setFilters(map, layer)
        if (previous.url !== url) map.getSource<VectorTileSource>(tiledSourceId(layer.collection))?.setTiles([url])
      }
      applied.set(layer.collection, { url, filterKey })
    }
  }

  return {
    set(layers) {
      wanted = layers
      for (const layer of layers) tiled.add(layer.collection)
      apply()
    },
    restyled() {
      applied.clear()
      apply()
    },
    collections: () => tiled,
    singlesZoom(collection) {
      const layer = wanted.find((candidate) => candidate.collection === collection)
      return layer && clusteredCollections.includes(collection) ? layer.tileJson.maxzoom : undefined
    },
  }
}

/** Adds the tiles and puts each tiled layer where its twin was (same id), clusters just above. */
function switchToTiles(map: MaplibreMap, layer: TiledLayer) {
  const sourceId = tiledSourceId(layer.collection)
  if (!map.getSource(sourceId)) map.addSource(sourceId, tiledSource(layer))
  let previousId: string | undefined
  for (const spec of tiledStyleLayers(layer.collection, layer.filter)) {
    const order = map.getLayersOrder()
    const anchor = map.getLayer(spec.id) ? spec.id : previousId
    const beforeId = anchor === undefined ? undefined : order[order.indexOf(anchor) + 1]
    if (map.getLayer(spec.id)) map.removeLayer(spec.id)
    map.addLayer(spec, beforeId)
    previousId = spec.id
  }
  // The GeoJSON sources now without layers would still be cut into empty tiles, each a message
  // from the map's worker and, while the map loads, often one more frame.
  const used = new Set(map.getLayersOrder().map((id) => map.getLayer(id)?.source))
  for (const unused of [layer.collection, labelSourceId(layer.collection)]) {
    if (map.getSource(unused) && !used.has(unused)) map.removeSource(unused)
  }
}

function setFilters(map: MaplibreMap, layer: TiledLayer) {
  for (const spec of tiledStyleLayers(layer.collection, layer.filter)) {
    if (!map.getLayer(spec.id)) continue
    map.setFilter(spec.id, 'filter' in spec ? (spec.filter as FilterSpecification | undefined) ?? null : null)
  }
}
