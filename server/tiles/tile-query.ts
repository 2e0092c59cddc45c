import type { PublicSettings } from '../ogc/collections.ts'
import { defaultCrs } from '../ogc/crs.ts'
import type { DatetimeFilter } from '../ogc/datetime-param.ts'
import { fromWhere } from '../ogc/feature-queries.ts'
import { SqlParams } from '../ogc/sql-params.ts'
import { clipToSweref } from '../ogc/sweref-bbox.ts'
import { tileLonLatBounds, tileWidth } from './tile-address.ts'
import type { TileAddress } from './tile-address.ts'
import type { TileLayer } from './tile-layers.ts'

/** A tile's coordinates run from 0 to this along each axis. */
export const TILE_EXTENT = 4096
/** How far (in tile units) features reach past the tile's edges, so lines and symbols join up. */
export const TILE_BUFFER = 64
/** Points are clustered below this zoom: the TileJSON's maxzoom, so overzoomed tiles show every point. */
export const CLUSTER_BELOW_ZOOM = 16
/** Clusters gather the points of one cell of a grid this many cells wide per tile (32 px cells on a 512 px tile). */
export const CLUSTER_CELLS_PER_TILE = 16
/**
 * A tile with more points than this is clustered at any zoom, so that a tile stays well under
 * 500 KB however many reports share a few streets: then it holds at most 256 cells, each a
 * cluster or a single point. (The large town's densest zoom-16 tile has a few hundred points and
 * 35 KB; a thousand points with a few hundred bytes of text each is still under 500 KB.)
 */
export const MAX_POINTS_PER_TILE = 1000
/**
 * Lines and polygons are simplified to within this many tile units: one pixel of a 512 px tile, which
 * no eye sees, and which took the large town's zoom 8 watch-areas tile from 303 to 57 KB.
 */
export const SIMPLIFY_TILE_UNITS = 8

/** How a query's rows come back: a finished tile (ST_AsMVT), or the features as GeoJSON to cut in Node. */
export type TileOutput = 'mvt' | 'geojson'

export interface TileQuery {
  sql: string
  values: unknown[]
}

/**
 * The query that makes one tile of `layer`: the same features, in the same way, for both outputs;
 * only the last step differs. Undefined for a tile that lies outside SWEREF 99 TM's area, where no
 * feature can be: that tile is empty without a query.
 *
 * 1. The rows the public sees, found as the OGC items find a bbox (the collection's own FROM, WHERE
 *    and public geometry; the box is transformed to EPSG:3006 so the GiST index is used), the box
 *    being the tile and its buffer. Only ids and geometry: properties cost, and most rows of a
 *    zoomed-out tile end up inside a cluster.
 * 2. Points at the same place are counted (zoomed out without a period, a collection's places may
 *    be read counted already: `countedPlaces`), then into a grid of cells aligned with the tiles.
 *    Below CLUSTER_BELOW_ZOOM, or with more than MAX_POINTS_PER_TILE points, a cell of several
 *    points becomes one cluster at their centre; a cell with one point keeps it. Every point,
 *    single or in a cluster, is in the tile of its cell only, never in a neighbour's buffer: a
 *    dense tile's clusters and its sparse neighbour's single points then never show the same point
 *    twice at their seam. (A point needs no buffer: MapLibre draws a circle or an icon from the
 *    tile its anchor is in.)
 * 3. Lines and polygons are cut to the tile and its buffer, and simplified to a pixel (SIMPLIFY_TILE_UNITS).
 * 4. Single points and shapes get the collection's properties (zoomed out, maybe only some: see
 *    `ZoomedOut`), joined back by id; nulls are left out and objects or arrays written as JSON text
 *    (what a tile can hold).
 */
export function tileQuery(
  layer: TileLayer,
  settings: PublicSettings,
  address: TileAddress,
  output: TileOutput,
  datetime?: DatetimeFilter,
): TileQuery | undefined {
  const bufferShare = TILE_BUFFER / TILE_EXTENT
  const box = tileLonLatBounds(address, bufferShare)
  if (!clipToSweref(box)) return undefined

  const { collection } = layer
  const params = new SqlParams()
  const [z, x, y] = [params.add(address.z), params.add(address.x), params.add(address.y)]
  const margin = params.add(bufferShare)
  const geometry = collection.geometry(params, settings)
  // A period filters the rows before clustering, so a cluster counts only that period's points.
  const shownRows = fromWhere(collection, settings, params, { bbox: box, bboxCrs: defaultCrs, datetime }, geometry)
  // A layer of points only has no shapes to cut, and one of shapes only no points to cluster.
  const hasPoints = collection.itemType === 'Point' || collection.itemType === 'Geometry'
  const hasShapes = collection.itemType !== 'Point'
  const only = (kind: 'points' | 'shapes') =>
    collection.itemType !== 'Geometry' ? '' : `WHERE ST_GeometryType(shown.geom) ${kind === 'points' ? '=' : '<>'} 'ST_Point'`
  // Municipalities are addressed by their four-digit code: a number too, as a tile's feature id.
  const tileId = collection.idType === 'code' ? `(${collection.idColumn})::integer` : collection.idColumn

  const steps = [
    `tile AS (SELECT ST_TileEnvelope(${z}, ${x}, ${y}) AS envelope, ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${margin}) AS buffered)`,
    `shown AS MATERIALIZED (SELECT ${collection.idColumn} AS id, ${geometry} AS geom ${shownRows})`,
  ]
  const singles: string[] = []
  const clusters: string[] = []
  if (hasPoints) {
    const cell = params.add(tileWidth(address.z) / CLUSTER_CELLS_PER_TILE)
    const cells = params.add(CLUSTER_CELLS_PER_TILE)
    // Points at the same place (reports share their grid cell's centre) are transformed once.
    const placesOfRows = `SELECT ST_Transform(ST_SetSRID(ST_MakePoint(same.x, same.y), 3006), 3857) AS geom, same.n, same.id
          FROM (SELECT ST_X(shown.geom) AS x, ST_Y(shown.geom) AS y, count(*) AS n, min(shown.id) AS id
                  FROM shown CROSS JOIN mode ${only('points')}
                 GROUP BY 1, 2, CASE WHEN mode.clustered THEN NULL ELSE shown.id END) AS same`
    // Zoomed out, without a period, the places may be counted already: then the rows are not read,
    // unless the count is missing or for another grid (a one-time filter picks one branch).
    const counted = !datetime && address.z < CLUSTER_BELOW_ZOOM ? collection.countedPlaces?.(params, settings, '(SELECT tile.envelope FROM tile)') : undefined
    steps.push(
      counted
        ? 'mode AS (SELECT true AS clustered)'
        : `mode AS MATERIALIZED (SELECT ${params.add(address.z < CLUSTER_BELOW_ZOOM)}::boolean OR count(*) > ${params.add(MAX_POINTS_PER_TILE)} AS clustered
                                  FROM shown ${only('points')})`,
      counted
        ? `places AS (${counted.places} AND ${counted.counted} UNION ALL ${placesOfRows} WHERE (${counted.counted}) IS NOT TRUE)`
        : `places AS (${placesOfRows})`,
      `groups AS (
        SELECT sum(cells.n) AS n, min(cells.id) AS id,
               ST_SetSRID(ST_MakePoint(sum(ST_X(cells.geom) * cells.n) / sum(cells.n), sum(ST_Y(cells.geom) * cells.n) / sum(cells.n)), 3857) AS geom
          FROM (SELECT places.*, floor((ST_X(places.geom) - ST_XMin(tile.envelope)) / ${cell}) AS cx,
                       floor((ST_YMax(tile.envelope) - ST_Y(places.geom)) / ${cell}) AS cy
                  FROM places CROSS JOIN tile) AS cells CROSS JOIN mode
         WHERE cells.cx BETWEEN 0 AND ${cells} - 1 AND cells.cy BETWEEN 0 AND ${cells} - 1
         GROUP BY cells.cx, cells.cy, CASE WHEN mode.clustered THEN NULL ELSE cells.id END)`,
    )
    singles.push('SELECT groups.id, groups.geom FROM groups WHERE groups.n = 1')
    clusters.push(`SELECT NULL::integer AS id, jsonb_build_object('cluster', true, 'point_count', groups.n) AS properties, groups.geom
                     FROM groups WHERE groups.n > 1`)
  }
  if (hasShapes) {
    const tolerance = params.add((tileWidth(address.z) / TILE_EXTENT) * SIMPLIFY_TILE_UNITS)
    // A shape that collapses below a tile unit is left out, as ST_AsMVTGeom and geojson-vt would.
    singles.push(`SELECT shown.id, ST_Simplify(ST_ClipByBox2D(ST_Transform(shown.geom, 3857), tile.buffered), ${tolerance}, false) AS geom
                    FROM shown CROSS JOIN tile ${only('shapes')}`)
  }
  steps.push(
    `singles AS (${singles.join(' UNION ALL ')})`,
    // Joined back one by one (LATERAL): a tile has a few thousand singles at most, of a table of any size.
    `features AS (
      ${clusters.map((cluster) => `${cluster} UNION ALL`).join(' ')}
      SELECT item.id, item.properties, singles.geom
        FROM singles CROSS JOIN LATERAL (
          SELECT ${tileId} AS id, ${scalarProperties(propertiesAt(layer, address.z))} AS properties
            FROM ${collection.from} WHERE ${collection.idColumn} = singles.id) AS item
       WHERE singles.geom IS NOT NULL)`,
  )
  const features = `WITH ${steps.join(',\n')}`

  if (output === 'mvt') {
    const name = params.add(layer.id)
    return {
      sql: `${features}
        SELECT ST_AsMVT(mvt, ${name}, ${TILE_EXTENT}, 'geom', 'id') AS tile
          FROM (SELECT features.id, features.properties, ST_AsMVTGeom(features.geom, tile.envelope, ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
                  FROM features, tile) AS mvt
         WHERE mvt.geom IS NOT NULL`,
      values: params.values,
    }
  }
  return {
    // One row of text: PGlite hands over one string faster than thousands of parsed rows.
    sql: `${features}
      SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'id', features.id, 'properties', features.properties,
                                                 'geometry', ST_AsGeoJSON(ST_Transform(features.geom, 4326), 8)::json)), '[]')::text AS features
        FROM features WHERE NOT ST_IsEmpty(features.geom)`,
    values: params.values,
  }
}

/** The properties a tile at zoom `z` carries: all of the collection's, or those of `zoomedOut`. */
function propertiesAt(layer: TileLayer, z: number): string {
  const { zoomedOut } = layer
  if (!zoomedOut || z >= zoomedOut.belowZoom) return layer.collection.properties
  return `json_build_object(${zoomedOut.fields.map((field) => `'${field}', f.${field}`).join(', ')})`
}

/** The collection's properties as a tile holds them: no nulls, objects and arrays as JSON text. */
const scalarProperties = (properties: string) =>
  `(SELECT coalesce(jsonb_object_agg(p.key, CASE WHEN jsonb_typeof(p.value) IN ('object', 'array') THEN to_jsonb(p.value::text) ELSE p.value END),
                    '{}'::jsonb)
      FROM jsonb_each((${properties})::jsonb) AS p WHERE jsonb_typeof(p.value) <> 'null')`
