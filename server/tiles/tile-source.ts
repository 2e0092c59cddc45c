import { createHash } from 'node:crypto'
import { appVersion } from '../app-version.ts'
import type { Queryable } from '../db/database.ts'
import type { PublicSettings } from '../ogc/collections.ts'
import { findCollection } from '../ogc/collections.ts'
import { fromWhere, queryExtent } from '../ogc/feature-queries.ts'
import { SqlParams } from '../ogc/sql-params.ts'
import type { DatetimeFilter } from '../ogc/datetime-param.ts'
import { LayerVersions } from './layer-version.ts'
import { mvtFromGeoJson } from './mvt-from-geojson.ts'
import type { TileAddress } from './tile-address.ts'
import { BuildQueue } from './build-queue.ts'
import { TileCache } from './tile-cache.ts'
import type { TileLayer } from './tile-layers.ts'
import { tileQuery } from './tile-query.ts'

/** Raised when how tiles are made changes, so browsers drop the tiles they hold of every layer. */
const TILE_FORMAT_REVISION = 2

export interface TileSourceOptions {
  db: Queryable
  settings: PublicSettings
  /** Whether PostGIS makes the tile (ST_AsMVT); otherwise Node cuts it from the same query's GeoJSON. */
  databaseMakesTiles: boolean
  /** The most the built tiles kept in memory may take. */
  cacheBytes: number
  /** How many tiles are built at once; more wait (see BuildQueue). */
  buildsAtOnce: number
}

/** What TileJSON says of a layer beside its tiles. */
export interface LayerSummary {
  /** WGS84 [west, south, east, north]. */
  bounds: [number, number, number, number]
  featureCount: number
}

/** The whole world as Web Mercator shows it: the bounds of a layer when not even the municipalities have any. */
const WORLD_BOUNDS: LayerSummary['bounds'] = [-180, -85.051129, 180, 85.051129]

/**
 * The vector tiles of the public layers: built by the database or in Node, kept in memory by the
 * layer's version, and built once however many requests ask for the same tile at the same time.
 */
export class TileSource {
  readonly versions: LayerVersions
  private readonly cache: TileCache
  private readonly queue: BuildQueue
  private readonly building = new Map<string, Promise<Uint8Array>>()
  private readonly summaries = new Map<string, { version: string; summary: Promise<LayerSummary> }>()

  constructor(private readonly options: TileSourceOptions) {
    const fingerprint = createHash('sha1')
      .update(JSON.stringify([appVersion, TILE_FORMAT_REVISION, options.settings.reportGridMetres]))
      .digest('hex')
      .slice(0, 6)
    this.versions = new LayerVersions(options.db, fingerprint)
    this.cache = new TileCache(options.cacheBytes)
    this.queue = new BuildQueue(options.buildsAtOnce)
  }

  /**
   * The tile of `layer` at `version` (read by the caller just before, for its ETag), of the period
   * `datetime` when one is given (`period` is its text, part of the cache key).
   */
  tile(layer: TileLayer, address: TileAddress, version: string, period?: { text: string; datetime: DatetimeFilter }): Promise<Uint8Array> {
    const key = `${layer.id}/${version}/${address.z}/${address.x}/${address.y}/${period?.text ?? ''}`
    const cached = this.cache.get(key)
    if (cached) return Promise.resolve(cached)
    let build = this.building.get(key)
    if (!build) {
      build = this.queue
        .run(() => this.build(layer, address, period?.datetime))
        .then((tile) => {
          this.cache.set(key, tile)
          return tile
        })
        .finally(() => this.building.delete(key))
      this.building.set(key, build)
    }
    return build
  }

  /** The layer's bounds and feature count at `version`, computed once per version. */
  summary(layer: TileLayer, version: string): Promise<LayerSummary> {
    const known = this.summaries.get(layer.id)
    if (known?.version === version) return known.summary
    const summary = this.summarise(layer)
    this.summaries.set(layer.id, { version, summary })
    summary.catch(() => {
      if (this.summaries.get(layer.id)?.summary === summary) this.summaries.delete(layer.id)
    })
    return summary
  }

  /** How much the cache holds, for tests and monitoring. */
  cacheUse(): { tiles: number; bytes: number } {
    return { tiles: this.cache.size, bytes: this.cache.bytes }
  }

  private async build(layer: TileLayer, address: TileAddress, datetime: DatetimeFilter | undefined): Promise<Uint8Array> {
    const { db, settings, databaseMakesTiles } = this.options
    const query = tileQuery(layer, settings, address, databaseMakesTiles ? 'mvt' : 'geojson', datetime)
    if (!query) return new Uint8Array()
    if (databaseMakesTiles) {
      const [row] = await db.query<{ tile: Uint8Array | null }>(query.sql, query.values)
      return row?.tile ?? new Uint8Array()
    }
    const [row] = await db.query<{ features: string }>(query.sql, query.values)
    return mvtFromGeoJson(layer.id, row?.features ?? '[]', address)
  }

  private async summarise(layer: TileLayer): Promise<LayerSummary> {
    const { db, settings } = this.options
    const params = new SqlParams()
    const counting = db.query<{ count: number }>(`SELECT count(*)::int AS count ${fromWhere(layer.collection, settings, params, {})}`, params.values)
    const [extent, [count]] = await Promise.all([queryExtent(db, layer.collection, settings), counting])
    let bounds = extent.bbox
    // An empty layer is shown over the municipalities.
    const municipalities = findCollection('municipalities')
    if (!bounds && municipalities && municipalities !== layer.collection) bounds = (await queryExtent(db, municipalities, settings)).bbox
    return { bounds: bounds ?? WORLD_BOUNDS, featureCount: count?.count ?? 0 }
  }
}
