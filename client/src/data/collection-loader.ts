import type { CollectionId, MapFeatureCollection } from './collections.ts'
import { fetchCollection, PAGE_SIZE } from './ogc-client.ts'
import type { FetchOptions } from './ogc-client.ts'
import { fetchTileJson } from './tile-json.ts'
import type { TileJson } from './tile-json.ts'

/**
 * A layer with more features than one items page is drawn from vector tiles: every page is
 * seconds of download and drawing (100,000 reports take ten), tiles only what is in view.
 */
export const TILE_ABOVE_FEATURES = PAGE_SIZE

/** A layer drawn from vector tiles; its features are fetched by view and by id when needed. */
export interface TiledCollection {
  tileJson: TileJson
}

export type LoadedCollection = { kind: 'features'; features: MapFeatureCollection } | { kind: 'tiled'; tiled: TiledCollection }

/**
 * A collection as vector tiles when its TileJSON counts more features than one page (a small
 * answer, where the items' first page of a big layer is megabytes), otherwise whole as GeoJSON,
 * as it is also when the server has no tiles for it.
 */
export async function loadCollection(collection: CollectionId, options: FetchOptions): Promise<LoadedCollection> {
  let tileJson: TileJson | null = null
  try {
    tileJson = await fetchTileJson(collection, options)
  } catch (error) {
    if (options.signal?.aborted) throw error
    console.warn(`${collection}: no vector tiles, loading it whole`, error)
  }
  if (tileJson && tileJson.featureCount > TILE_ABOVE_FEATURES) return { kind: 'tiled', tiled: { tileJson } }
  return { kind: 'features', features: await fetchCollection(collection, options) }
}
