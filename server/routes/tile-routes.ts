import { createHash } from 'node:crypto'
import { Router } from 'express'
import type { Request, Response } from 'express'
import type { Queryable } from '../db/database.ts'
import { badRequest, notFound } from '../errors.ts'
import { parseDatetime } from '../ogc/datetime-param.ts'
import type { PublicSettings } from '../ogc/collections.ts'
import { parseTileAddress } from '../tiles/tile-address.ts'
import { findTileLayer, tileLayers } from '../tiles/tile-layers.ts'
import type { TileLayer } from '../tiles/tile-layers.ts'
import { CLUSTER_BELOW_ZOOM } from '../tiles/tile-query.ts'
import { TileSource } from '../tiles/tile-source.ts'
import { linkBase } from './request-origin.ts'

export interface TileRouteDeps {
  db: Queryable
  settings: PublicSettings
  /** Whether PostGIS has ST_AsMVT (DatabaseInfo.hasAsMvt). */
  databaseMakesTiles: boolean
  publicUrl: string | undefined
  /** The most the built tiles kept in memory may take (TILE_CACHE_MB). */
  cacheBytes: number
  /** How many tiles are built at once (TILE_BUILDS_AT_ONCE). */
  buildsAtOnce: number
}

const MVT_TYPE = 'application/vnd.mapbox-vector-tile'
const VERSION_PATTERN = /^[0-9a-z-]{1,64}$/

/**
 * Vector tiles of the public map layers (issue 10) and a TileJSON document per layer. Public: no
 * session is read. Every request reads the layer's version (one shared query, see layer-version.ts),
 * so a tile answers 304 or comes from memory without a tile query while the layer is unchanged.
 * A wrong address or an unknown layer is refused before anything touches the database.
 */
export function tileRoutes(deps: TileRouteDeps): Router {
  const router = Router()
  const source = new TileSource({
    db: deps.db,
    settings: deps.settings,
    databaseMakesTiles: deps.databaseMakesTiles,
    cacheBytes: deps.cacheBytes,
    buildsAtOnce: deps.buildsAtOnce,
  })

  router.get('/:layer/:z/:x/:y', async (req, res) => {
    const layer = requireLayer(req.params.layer)
    const address = parseTileAddress(req.params.z, req.params.x, req.params.y)
    const asked = askedVersion(req, layer)
    const period = askedPeriod(req)
    const version = await source.versions.of(layer.id)
    const periodTag = period ? `-${createHash('sha1').update(period.text).digest('base64url').slice(0, 12)}` : ''
    const etag = `"${layer.id}-${version}-${address.z}-${address.x}-${address.y}${periodTag}"`
    // Set only once the answer is known: an error must not be kept for a day.
    const setCaching = () => {
      res.set('ETag', etag)
      // A tile addressed with its current version never changes: the next version has another address.
      res.set('Cache-Control', asked === version ? 'public, max-age=86400, immutable' : 'public, no-cache')
    }
    if (matches(req.get('If-None-Match'), etag)) {
      setCaching()
      res.status(304).end()
      return
    }
    const tile = await source.tile(layer, address, version, period)
    setCaching()
    res.type(MVT_TYPE).send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength))
  })

  router.get('/:tilejson', async (req, res) => {
    const name = req.params.tilejson
    if (!name.endsWith('.json')) throw unknownLayer(name)
    const layer = requireLayer(name.slice(0, -'.json'.length))
    rejectUnknownParams(req.query, [])
    const version = await source.versions.of(layer.id)
    const summary = await source.summary(layer, version)
    const body = JSON.stringify({
      tilejson: '3.0.0',
      name: layer.id,
      description: layer.collection.title.sv,
      tiles: [`${linkBase(req, deps.publicUrl)}/tiles/${layer.id}/{z}/{x}/{y}.mvt?v=${version}`],
      minzoom: 0,
      // Clients overzoom beyond it; the last zoom with clusters is the one below.
      maxzoom: CLUSTER_BELOW_ZOOM,
      bounds: summary.bounds,
      vector_layers: [{ id: layer.id, fields: layer.fields, minzoom: 0, maxzoom: CLUSTER_BELOW_ZOOM }],
      feature_count: summary.featureCount,
      version,
    })
    sendJsonRevalidated(req, res, body)
  })

  return router
}

function requireLayer(name: string): TileLayer {
  const layer = findTileLayer(name)
  if (!layer) throw unknownLayer(name)
  return layer
}

function unknownLayer(name: string) {
  const known = tileLayers.map((layer) => layer.id).join(', ')
  return notFound('tile_layer_not_found', `Kartlagret "${name}" finns inte. Det finns: ${known}.`, `There is no map layer "${name}". These exist: ${known}.`)
}

/**
 * `v`, the version the client took from TileJSON, and for a layer with time `datetime`; any other
 * parameter is a mistake.
 */
function askedVersion(req: Request, layer: TileLayer): string | undefined {
  // Express parses the query string anew at every read of req.query.
  const query = req.query
  rejectUnknownParams(query, layer.collection.time ? ['v', 'datetime'] : ['v'])
  const { v } = query
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !VERSION_PATTERN.test(v)) {
    throw badRequest('invalid_version', 'v ska vara en version från lagrets TileJSON.', 'v must be a version from the layer’s TileJSON.')
  }
  return v
}

/**
 * `datetime` as the OGC items read it (an instant or an interval; a date is the Swedish day). The
 * map sends its period so that clusters count only that period's points.
 */
function askedPeriod(req: Request): { text: string; datetime: ReturnType<typeof parseDatetime> } | undefined {
  const { datetime } = req.query
  if (datetime === undefined) return undefined
  return { text: String(datetime), datetime: parseDatetime(datetime) }
}

function rejectUnknownParams(query: Request['query'], allowed: readonly string[]) {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name))
  if (unknown.length > 0) {
    const list = unknown.join(', ')
    throw badRequest('unknown_parameter', `Okänd parameter: ${list}.`, `Unknown parameter: ${list}.`)
  }
}

/** Whether an If-None-Match header names the ETag (weakly compared, as RFC 9110 has it for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === etag
  })
}

/** TileJSON names the current version, so it is checked each time; its ETag is of its text. */
function sendJsonRevalidated(req: Request, res: Response, body: string) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  res.set('ETag', etag)
  res.set('Cache-Control', 'no-cache')
  if (matches(req.get('If-None-Match'), etag)) {
    res.status(304).end()
    return
  }
  res.type('application/json').send(body)
}
