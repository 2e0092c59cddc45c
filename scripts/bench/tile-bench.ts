/**
 * Vector tiles against a running app, as a browser asks for them: the addresses from each
 * layer's TileJSON (with its `?v=`), whole bodies read, at most six requests at a time like
 * Chromium per host. The client remembers every tile it asked for, so a "cold" measurement only
 * ever asks for tiles the server has not been asked for since it started (its tile cache is in
 * memory, keyed by layer, version and z/x/y: a distinct tile misses it without turning it off).
 */
import { latencyOf } from './load.ts'
import type { Latency } from './load.ts'
import { boxOfTiles, TILE_LAYERS, tileKey } from './tile-sample.ts'
import type { Tile, TileLayer } from './tile-sample.ts'

/** Chromium opens at most six connections to one host. */
export const BROWSER_CONNECTIONS = 6

export interface TileFetch {
  layer: TileLayer
  tile: Tile
  bytes: number
  ms: number
}

/** Runs the tasks with at most `connections` at a time, in order; resolves with their results in order. */
export async function inPool<T>(connections: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(connections, tasks.length) }, worker))
  return results
}

export class TileClient {
  /** Every tile asked for, by layer/z/x/y. */
  readonly asked = new Map<string, TileFetch>()

  private constructor(private readonly templates: Record<TileLayer, string>) {}

  /** Reads every layer's TileJSON; undefined when the app serves no tiles (404). */
  static async open(url: string): Promise<TileClient | undefined> {
    const templates: Partial<Record<TileLayer, string>> = {}
    for (const layer of TILE_LAYERS) {
      const response = await fetch(`${url}/tiles/${layer}.json`)
      if (response.status === 404) return undefined
      if (!response.ok) throw new Error(`/tiles/${layer}.json: ${response.status}`)
      const tileJson = (await response.json()) as { tiles: string[] }
      templates[layer] = tileJson.tiles[0]!
    }
    return new TileClient(templates as Record<TileLayer, string>)
  }

  url(layer: TileLayer, { z, x, y }: Tile): string {
    return this.templates[layer].replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))
  }

  /** The path and query, as autocannon asks for it. */
  path(layer: TileLayer, tile: Tile): string {
    const url = new URL(this.url(layer, tile))
    return `${url.pathname}${url.search}`
  }

  isAsked(layer: TileLayer, tile: Tile): boolean {
    return this.asked.has(tileKey(layer, tile))
  }

  /** Asks for one tile and reads it whole; anything but 200 stops the bench. */
  async get(layer: TileLayer, tile: Tile): Promise<TileFetch> {
    const started = performance.now()
    const response = await fetch(this.url(layer, tile))
    const body = await response.arrayBuffer()
    const ms = performance.now() - started
    if (response.status !== 200) throw new Error(`${tileKey(layer, tile)}: ${response.status} ${Buffer.from(body).toString().slice(0, 200)}`)
    const fetched = { layer, tile, bytes: body.byteLength, ms }
    this.asked.set(tileKey(layer, tile), fetched)
    return fetched
  }
}

export interface ColdTiles extends Latency {
  zoom: number
  tiles: number
  /** The reports layer alone: the densest one. */
  reportsP95: number
}

/** Every layer's tiles at the positions, not asked before, one after another (a tile's own time, no queue). */
export async function coldTiles(client: TileClient, zoom: number, positions: readonly Tile[]): Promise<ColdTiles> {
  const fetched: TileFetch[] = []
  for (const tile of positions) {
    for (const layer of TILE_LAYERS) {
      if (!client.isAsked(layer, tile)) fetched.push(await client.get(layer, tile))
    }
  }
  const reports = fetched.filter((tile) => tile.layer === 'reports').map((tile) => tile.ms)
  return { zoom, tiles: fetched.length, ...latencyOf(fetched.map((tile) => tile.ms)), reportsP95: latencyOf(reports).p95 }
}

export interface Viewports extends Latency {
  views: number
  zooms: number[]
}

/** Each view's 20 tiles of a layer at once over six connections, timed from the first request to the last body; views already touched are passed over. */
export async function viewportTimes(client: TileClient, layer: TileLayer, views: readonly Tile[][]): Promise<Viewports> {
  const times: number[] = []
  const zooms = new Set<number>()
  for (const view of views) {
    if (view.some((tile) => client.isAsked(layer, tile))) continue
    const started = performance.now()
    await inPool(
      BROWSER_CONNECTIONS,
      view.map((tile) => () => client.get(layer, tile)),
    )
    times.push(performance.now() - started)
    zooms.add(view[0]!.z)
  }
  return { views: times.length, zooms: [...zooms].sort(), ...latencyOf(times) }
}

/** Asks (six at a time) for every layer's tiles at the positions that nobody asked for yet: for their sizes. */
export async function sweep(client: TileClient, positions: readonly Tile[]): Promise<void> {
  const tasks = positions.flatMap((tile) => TILE_LAYERS.filter((layer) => !client.isAsked(layer, tile)).map((layer) => () => client.get(layer, tile)))
  await inPool(BROWSER_CONNECTIONS, tasks)
}

export interface TileSizes {
  zoom: number
  /** Tiles with features; empty tiles (an empty body) are left out of the figures. */
  tiles: number
  empty: number
  p50: number
  p95: number
  max: number
  /** The layer of the largest tile. */
  maxLayer: string
}

/** Sizes of every tile asked for so far, per zoom. */
export function sizesByZoom(client: TileClient, zooms: readonly number[]): TileSizes[] {
  return zooms.map((zoom) => {
    const atZoom = [...client.asked.values()].filter((fetched) => fetched.tile.z === zoom)
    const filled = atZoom.filter((fetched) => fetched.bytes > 0).sort((a, b) => a.bytes - b.bytes)
    const at = (share: number) => filled[Math.min(filled.length - 1, Math.floor(share * filled.length))]?.bytes ?? 0
    return { zoom, tiles: filled.length, empty: atZoom.length - filled.length, p50: at(0.5), p95: at(0.95), max: at(1), maxLayer: filled.at(-1)?.layer ?? '' }
  })
}

export interface Transfer {
  ms: number
  bytes: number
  requests: number
}

/** Every GeoJSON page of a collection's items in the box, one after another (following `next`). */
async function itemsInBox(url: string, collection: string, bbox: string): Promise<Transfer & { features: number }> {
  let next: string | undefined = `${url}/ogc/collections/${collection}/items?bbox=${bbox}&limit=5000`
  const total = { ms: 0, bytes: 0, requests: 0, features: 0 }
  while (next) {
    const response: Response = await fetch(next)
    const text = await response.text()
    if (!response.ok) throw new Error(`${next}: ${response.status}`)
    const page = JSON.parse(text) as { features: unknown[]; links?: { rel: string; href: string }[] }
    total.bytes += Buffer.byteLength(text)
    total.requests += 1
    total.features += page.features.length
    next = page.links?.find((link) => link.rel === 'next')?.href
  }
  return total
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** The view's box as an OGC `bbox`. */
export function bboxOfView(view: readonly Tile[]): string {
  return boxOfTiles(view)
    .map((value) => value.toFixed(5))
    .join(',')
}

/** The tiles of every layer in the view (cold), six at a time. */
export async function tilesOfView(client: TileClient, view: readonly Tile[]): Promise<Transfer> {
  const started = performance.now()
  const tiles = await inPool(
    BROWSER_CONNECTIONS,
    view.flatMap((tile) => TILE_LAYERS.map((layer) => () => client.get(layer, tile))),
  )
  return { ms: performance.now() - started, bytes: sum(tiles.map((tile) => tile.bytes)), requests: tiles.length }
}

/** Every collection's GeoJSON items in the view's box, six requests at a time: what the map fetched before tiles. */
export async function geojsonOfView(url: string, view: readonly Tile[]): Promise<Transfer & { features: number }> {
  const bbox = bboxOfView(view)
  const started = performance.now()
  const pages = await inPool(
    BROWSER_CONNECTIONS,
    TILE_LAYERS.map((collection) => () => itemsInBox(url, collection, bbox)),
  )
  return {
    ms: performance.now() - started,
    bytes: sum(pages.map((page) => page.bytes)),
    requests: sum(pages.map((page) => page.requests)),
    features: sum(pages.map((page) => page.features)),
  }
}
