/**
 * Issue 10's scale figures, measured in one run on the large data (`npm run seed:large`'s town,
 * dated back from the tests' day) on a PostGIS server, with the embedded database beside it for
 * the ratio. Each part below runs against the real server in a child process, on loopback:
 * - vector tiles: one view's tiles against its GeoJSON, 20-tile viewports (cold), cold tiles at
 *   z12/z14/z16, tile sizes per zoom z8–z16, cached tiles under 50 connections;
 * - the main read endpoints under autocannon (10 connections);
 * - the map's time to idle in headless Chromium at three zooms, the JavaScript it fetched, and
 *   the initial JavaScript of the built client;
 * - a minute of 50 connections with the server's memory sampled every second, and its peak;
 * - the same view on the embedded database; PostGIS against turf for hotspot clustering.
 * Without tile endpoints (the app answers 404) the tile rows say "not measured".
 */
import { clientDistDir } from '../../server/app.ts'
import { openEmbeddedDatabase } from '../../server/db/embedded-database.ts'
import { openServerDatabase } from '../../server/db/server-database.ts'
import { initialJavaScript } from '../client-size.ts'
import { startApp, stopApp } from './app-process.ts'
import { benchHotspotRatio } from './hotspot-ratio.ts'
import type { HotspotRatio } from './hotspot-ratio.ts'
import { EMBEDDED_LARGE_DIR, ensureLargeTown } from './large-data.ts'
import type { LargeData } from './large-data.ts'
import { load } from './load.ts'
import type { LoadResult } from './load.ts'
import { benchMapIdle } from './map-idle.ts'
import type { MapIdleBench } from './map-idle.ts'
import { BENCH_LOGIN_LIMITS, benchEndpoints, preparePoliceAccount, scaleEndpoints } from './scale-endpoints.ts'
import type { Endpoint } from './scale-endpoints.ts'
import { processMemory, soak } from './soak.ts'
import type { SoakResult } from './soak.ts'
import { coldTiles, geojsonOfView, sizesByZoom, sweep, TileClient, tilesOfView, viewportTimes } from './tile-bench.ts'
import type { ColdTiles, TileSizes, Transfer, Viewports } from './tile-bench.ts'
import { disjointViewports, MUNICIPALITY_BOX, spread, TILE_LAYERS, tilesOfBox, TOWN_BOX, TOWN_CENTRE, viewportAround } from './tile-sample.ts'

export const COLD_ZOOMS = [12, 14, 16]
export const SIZE_ZOOMS = [8, 9, 10, 11, 12, 13, 14, 15, 16]
export const MAP_ZOOMS = [12, 14, 16]
/** The view compared as tiles and as GeoJSON, and on both databases: the town centre at z15. */
const VIEW_ZOOM = 15
const VIEWPORTS = 30
/** Tile positions per zoom for the cold tiles (all eight layers at each) and for the size sweep. */
const COLD_POSITIONS = 40
const SIZE_POSITIONS = 48
export const CACHED_LOAD = { connections: 50, seconds: 10 }
/** Opening the map varies by ±300 ms from run to run in software WebGL: the p50 of five. */
const MAP_RUNS = 5

export interface ViewComparison {
  zoom: number
  tiles?: Transfer | undefined
  geojson: Transfer & { features: number }
}

export interface TileFigures {
  /** The tiles of the town-centre view, asked for first (all cold). */
  viewTiles: Transfer
  viewports: Viewports
  cold: ColdTiles[]
  sizes: TileSizes[]
  cached: LoadResult
}

export interface ScaleBench {
  seconds: number
  data: { server: LargeData; embedded: LargeData & { dir: string } }
  /** Absent when the app serves no tiles. */
  tiles?: TileFigures | undefined
  /** The town-centre view as tiles and as GeoJSON, on each database. */
  view: { server: ViewComparison; embedded: ViewComparison }
  endpoints: Record<string, LoadResult>
  mapIdle: MapIdleBench
  initialJavaScript: { files: number; gzipBytes: number }
  soak: SoakResult
  /** The server process's peak resident memory over the whole run (VmHWM). */
  peakServerMb: number
  hotspots: HotspotRatio
}

/**
 * A server that has just started compiles its code on the first requests; a server in use has
 * done so long ago. Tiles far from the town (the south-east corner at z13, every layer) and one
 * GeoJSON page warm it without putting any measured tile in its cache.
 */
async function warmUp(url: string, client: TileClient) {
  await sweep(client, tilesOfBox(MUNICIPALITY_BOX, 13).slice(-4))
  await fetch(`${url}/ogc/collections/reports/items?limit=100`).then((response) => response.arrayBuffer())
}

/** The tile figures on the server app, in an order that keeps every "cold" tile unasked until it is measured. */
async function benchTiles(url: string, client: TileClient): Promise<TileFigures> {
  await warmUp(url, client)
  const viewTiles = await tilesOfView(client, viewportAround(TOWN_CENTRE[0], TOWN_CENTRE[1], VIEW_ZOOM))
  const viewports = await viewportTimes(client, 'reports', disjointViewports(TOWN_BOX, [15, 16], VIEWPORTS))
  const cold: ColdTiles[] = []
  for (const zoom of COLD_ZOOMS) cold.push(await coldTiles(client, zoom, spread(tilesOfBox(TOWN_BOX, zoom), COLD_POSITIONS)))
  for (const zoom of SIZE_ZOOMS) {
    await sweep(client, spread(tilesOfBox(zoom < 12 ? MUNICIPALITY_BOX : TOWN_BOX, zoom), SIZE_POSITIONS))
  }
  const sizes = sizesByZoom(client, SIZE_ZOOMS)
  // Tiles with features that were fetched already: each is in the server's cache now.
  const cachedPaths = [...client.asked.values()].filter((tile) => tile.bytes > 0).map((tile) => client.path(tile.layer, tile.tile))
  const cached = await load(url, { ...CACHED_LOAD, paths: cachedPaths })
  return { viewTiles, viewports, cold, sizes, cached }
}

/**
 * What a busy minute asks for: tiles already cached, tiles nobody asked for yet (z13 of the
 * municipality, every layer) and, every twentieth request, one of the public reads above.
 */
function soakPaths(client: TileClient | undefined, endpoints: readonly Endpoint[]): string[] {
  const reads = endpoints.filter((endpoint) => !endpoint.police).map((endpoint) => endpoint.path)
  if (!client) return reads
  const cached = [...client.asked.values()].map((tile) => client.path(tile.layer, tile.tile))
  const fresh = tilesOfBox(MUNICIPALITY_BOX, 13).flatMap((tile) =>
    TILE_LAYERS.filter((layer) => !client.isAsked(layer, tile)).map((layer) => client.path(layer, tile)),
  )
  const tiles = Array.from({ length: Math.max(cached.length, fresh.length) }, (_, index) => [cached[index], fresh[index]])
    .flat()
    .filter((path) => path !== undefined)
  return tiles.flatMap((path, index) => (index % 19 === 18 ? [path, reads[Math.floor(index / 19) % reads.length]!] : [path]))
}

export async function benchScale(serverUrl: string, endpointSeconds: number): Promise<ScaleBench> {
  const started = performance.now()
  const serverDb = await openServerDatabase(serverUrl, 2)
  let server: LargeData
  let endpoints: Endpoint[]
  try {
    server = await ensureLargeTown(serverDb)
    await preparePoliceAccount(serverDb)
    endpoints = await scaleEndpoints(serverDb)
  } finally {
    await serverDb.close()
  }
  const embeddedDb = await openEmbeddedDatabase(EMBEDDED_LARGE_DIR)
  let embedded: LargeData
  try {
    embedded = await ensureLargeTown(embeddedDb)
  } finally {
    await embeddedDb.close()
  }
  const centreView = viewportAround(TOWN_CENTRE[0], TOWN_CENTRE[1], VIEW_ZOOM)

  const app = await startApp({ DATABASE_URL: serverUrl, ...BENCH_LOGIN_LIMITS })
  let tiles: TileFigures | undefined
  let endpointResults: Record<string, LoadResult>
  let mapIdle: MapIdleBench
  let soaked: SoakResult
  let peakServerMb: number
  let serverView: ViewComparison
  try {
    const pid = app.child.pid!
    const client = await TileClient.open(app.url)
    tiles = client ? await benchTiles(app.url, client) : undefined
    serverView = { zoom: VIEW_ZOOM, tiles: tiles?.viewTiles, geojson: await geojsonOfView(app.url, centreView) }
    endpointResults = await benchEndpoints(app.url, endpoints, endpointSeconds)
    mapIdle = await benchMapIdle(
      app.url,
      MAP_ZOOMS.map((zoom) => ({ zoom, center: TOWN_CENTRE })),
      MAP_RUNS,
    )
    soaked = await soak(app.url, pid, soakPaths(client, endpoints))
    peakServerMb = (await processMemory(pid)).peakMb
  } finally {
    await stopApp(app.child)
  }

  const embeddedApp = await startApp({ DATA_DIR: EMBEDDED_LARGE_DIR, DATABASE_URL: '' })
  let embeddedView: ViewComparison
  try {
    const client = await TileClient.open(embeddedApp.url)
    embeddedView = {
      zoom: VIEW_ZOOM,
      tiles: client ? await tilesOfView(client, centreView) : undefined,
      geojson: await geojsonOfView(embeddedApp.url, centreView),
    }
  } finally {
    await stopApp(embeddedApp.child)
  }

  const analysisDb = await openServerDatabase(serverUrl, 2)
  let hotspots: HotspotRatio
  try {
    hotspots = await benchHotspotRatio(analysisDb)
  } finally {
    await analysisDb.close()
  }
  const initial = await initialJavaScript(clientDistDir)
  return {
    seconds: (performance.now() - started) / 1000,
    data: { server, embedded: { ...embedded, dir: EMBEDDED_LARGE_DIR } },
    tiles,
    view: { server: serverView, embedded: embeddedView },
    endpoints: endpointResults,
    mapIdle,
    initialJavaScript: { files: initial.files.length, gzipBytes: initial.gzipBytes },
    soak: soaked,
    peakServerMb,
    hotspots,
  }
}
