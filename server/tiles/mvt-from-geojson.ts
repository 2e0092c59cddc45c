import { geoJSONToTile } from '@maplibre/geojson-vt'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import type { TileAddress } from './tile-address.ts'
import { TILE_BUFFER, TILE_EXTENT } from './tile-query.ts'

/**
 * A Mapbox Vector Tile of one layer made in Node from the tile query's GeoJSON features (WGS84),
 * for a database whose PostGIS cannot make one (PGlite's is built without protobuf). The features
 * are already simplified and clustered by the query, so geojson-vt only projects, cuts to the tile
 * and its buffer, and rounds to tile units; vt-pbf encodes the result. An empty tile is empty.
 */
export function mvtFromGeoJson(layerName: string, featuresJson: string, { z, x, y }: TileAddress): Uint8Array {
  const features = JSON.parse(featuresJson) as GeoJSON.Feature[]
  if (features.length === 0) return new Uint8Array()
  const tile = geoJSONToTile({ type: 'FeatureCollection', features }, z, x, y, {
    extent: TILE_EXTENT,
    buffer: TILE_BUFFER,
    clip: true,
    // The query simplified the shapes already: no second simplification, and none left out.
    maxZoom: z,
    tolerance: 0,
  })
  if (tile.features.length === 0) return new Uint8Array()
  return fromGeojsonVt({ [layerName]: tile }, { version: 2, extent: TILE_EXTENT })
}
