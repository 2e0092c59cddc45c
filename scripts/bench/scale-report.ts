/**
 * The scale part's one table: each measure with its value, issue 10's target where it has one and
 * whether the target was met. Where a target is missed, the table says "NOT met".
 */
import { FLAT_MEMORY_GROWTH, SOAK } from './soak.ts'
import type { LoadResult } from './load.ts'
import { CACHED_LOAD } from './scale-bench.ts'
import type { ScaleBench, ViewComparison } from './scale-bench.ts'
import { ENDPOINT_CONNECTIONS } from './scale-endpoints.ts'

/** Issue 10's targets (2 cores, PostGIS server, large data). */
export const SCALE_TARGETS = {
  coldTileP95Ms: 50,
  cachedTileRps: 3000,
  tileP95Bytes: 100 * 1024,
  viewportP95Ms: 300,
  initialJavaScriptBytes: 350 * 1024,
  mapIdleMs: 2000,
}

export type Verdict = 'met' | 'NOT met' | 'not measured' | ''

export interface ScaleRow {
  measure: string
  value: string
  target: string
  verdict: Verdict
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const verdict = (met: boolean): Verdict => (met ? 'met' : 'NOT met')
const latency = (result: { p50: number; p95: number; p99: number }) => `p50 ${ms(result.p50)} / p95 ${ms(result.p95)} / p99 ${ms(result.p99)}`
const throughput = (result: LoadResult) => `${latency(result)}, ${result.rps.toFixed(0)} req/s`
const times = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)}×`

function tileRows(result: ScaleBench): ScaleRow[] {
  const { tiles } = result
  const { coldTileP95Ms, cachedTileRps, tileP95Bytes, viewportP95Ms } = SCALE_TARGETS
  if (!tiles) {
    return [
      { measure: 'cold tiles z12–z16', value: 'no tile endpoints (404)', target: `p95 ≤ ${coldTileP95Ms} ms`, verdict: 'not measured' },
      { measure: 'cached tiles', value: '', target: `≥ ${cachedTileRps} req/s`, verdict: 'not measured' },
      { measure: 'viewport of 20 tiles', value: '', target: `p95 ≤ ${viewportP95Ms} ms`, verdict: 'not measured' },
      { measure: 'tile size', value: '', target: `p95 ≤ ${tileP95Bytes / 1024} KB`, verdict: 'not measured' },
    ]
  }
  return [
    ...tiles.cold.map((cold) => ({
      measure: `cold tile z${cold.zoom} (${cold.tiles} tiles, 8 layers)`,
      value: `${latency(cold)}; reports p95 ${ms(cold.reportsP95)}`,
      target: `p95 ≤ ${coldTileP95Ms} ms`,
      verdict: verdict(Math.max(cold.p95, cold.reportsP95) <= coldTileP95Ms),
    })),
    {
      measure: `cached tiles, ${CACHED_LOAD.connections} conn. ${CACHED_LOAD.seconds} s`,
      value: `${tiles.cached.rps.toFixed(0)} req/s, p95 ${ms(tiles.cached.p95)}, ${tiles.cached.non2xx + tiles.cached.errors} errors`,
      target: `≥ ${cachedTileRps} req/s`,
      verdict: verdict(tiles.cached.rps >= cachedTileRps && tiles.cached.errors + tiles.cached.non2xx === 0),
    },
    {
      measure: `viewport of 20 reports tiles z${tiles.viewports.zooms.join('/')}, 6 conn. (${tiles.viewports.views} cold views)`,
      value: latency(tiles.viewports),
      target: `p95 ≤ ${viewportP95Ms} ms`,
      verdict: verdict(tiles.viewports.p95 <= viewportP95Ms),
    },
    ...tiles.sizes.map((size) => ({
      measure: `tile size z${size.zoom} (${size.tiles} with features, ${size.empty} empty)`,
      value: `p50 ${kb(size.p50)} / p95 ${kb(size.p95)} / max ${kb(size.max)}${size.maxLayer ? ` (${size.maxLayer})` : ''}`,
      target: `p95 ≤ ${tileP95Bytes / 1024} KB`,
      verdict: size.tiles === 0 ? ('' as const) : verdict(size.p95 <= tileP95Bytes),
    })),
  ]
}

function viewRow(name: string, view: ViewComparison): ScaleRow[] {
  const { tiles, geojson } = view
  const geojsonText = `GeoJSON ${geojson.requests} req ${mb(geojson.bytes)} ${ms(geojson.ms)} (${geojson.features} features)`
  if (!tiles) return [{ measure: `one view z${view.zoom}, ${name}`, value: `${geojsonText}; no tiles`, target: '', verdict: '' }]
  return [
    {
      measure: `tiles vs GeoJSON, one view z${view.zoom} (${name})`,
      value: `tiles ${tiles.requests} req ${mb(tiles.bytes)} ${ms(tiles.ms)} | ${geojsonText} | GeoJSON/tiles: bytes ${times(geojson.bytes / tiles.bytes)}, time ${times(geojson.ms / tiles.ms)}`,
      target: '',
      verdict: '',
    },
  ]
}

export function scaleRows(result: ScaleBench): ScaleRow[] {
  const { mapIdle, soak, view, hotspots } = result
  const { initialJavaScriptBytes, mapIdleMs } = SCALE_TARGETS
  const endpointRows = Object.entries(result.endpoints).map(([name, load]) => ({
    measure: `${name}, ${ENDPOINT_CONNECTIONS} conn. ${load.seconds} s`,
    value: throughput(load),
    target: '',
    verdict: '' as const,
  }))
  const soakErrors = soak.load.errors + soak.load.non2xx
  const embeddedTiles = view.embedded.tiles && view.server.tiles ? view.embedded.tiles.ms / view.server.tiles.ms : undefined
  return [
    ...tileRows(result),
    ...endpointRows,
    {
      measure: `${SOAK.connections} conn. for ${SOAK.seconds} s (tiles and reads)`,
      value: `${soak.load.requests} requests, ${soak.load.rps.toFixed(0)} req/s, p95 ${ms(soak.load.p95)}, ${soak.load.errors} errors, ${soak.load.non2xx} non-2xx`,
      target: 'no errors',
      verdict: verdict(soakErrors === 0),
    },
    {
      measure: 'server memory under that load (lowest RSS)',
      value: `${soak.firstWindowMb.toFixed(0)} MB (s 10–30) → ${soak.lastWindowMb.toFixed(0)} MB (s 40–60), ${soak.growth >= 0 ? '+' : ''}${(soak.growth * 100).toFixed(1)} %`,
      target: `flat (≤ +${FLAT_MEMORY_GROWTH * 100} %)`,
      verdict: verdict(soak.flat),
    },
    { measure: 'peak server memory (VmHWM, whole run)', value: `${result.peakServerMb.toFixed(0)} MB`, target: '', verdict: '' },
    ...mapIdle.views.map((idle) => ({
      measure: `map idle z${idle.zoom}, Chromium 1280×800 (p50 of ${idle.runs.length})`,
      value: `${ms(idle.p50)} (runs ${idle.runs.map((run) => run.toFixed(0)).join(', ')})`,
      target: `≤ ${mapIdleMs} ms`,
      verdict: verdict(idle.p50 <= mapIdleMs),
    })),
    {
      measure: `initial JavaScript, gzip (${result.initialJavaScript.files} files)`,
      value: kb(result.initialJavaScript.gzipBytes),
      target: `≤ ${initialJavaScriptBytes / 1024} KB`,
      verdict: verdict(result.initialJavaScript.gzipBytes <= initialJavaScriptBytes),
    },
    { measure: `map page's JavaScript as fetched, gzip (${mapIdle.pageJavaScript.files} files)`, value: kb(mapIdle.pageJavaScript.gzipBytes), target: '', verdict: '' },
    ...viewRow('server', view.server),
    {
      measure: `embedded / server, the same view z${view.server.zoom}`,
      value: `tiles ${embeddedTiles === undefined ? 'not measured' : times(embeddedTiles)} (embedded ${view.embedded.tiles ? ms(view.embedded.tiles.ms) : '–'}), GeoJSON ${times(view.embedded.geojson.ms / view.server.geojson.ms)} (embedded ${ms(view.embedded.geojson.ms)})`,
      target: '',
      verdict: '',
    },
    {
      measure: `hotspot clustering, a year (${hotspots.places} places, ${hotspots.distanceM} m)`,
      value: `PostGIS ST_ClusterDBSCAN p50 ${ms(hotspots.postgis.p50)} | turf clustersDbscan p50 ${ms(hotspots.turf.p50)} | turf/PostGIS ${times(hotspots.turf.p50 / hotspots.postgis.p50)}; ranked sites ${ms(hotspots.candidateSites.p50)}`,
      target: '',
      verdict: '',
    },
  ]
}

/** Prints the rows as one table, columns padded to their widest cell. */
export function printScale(result: ScaleBench, rows: readonly ScaleRow[]) {
  const { server, embedded } = result.data
  const seeded = (seconds: number) => (seconds > 0 ? `seeded in this run in ${seconds.toFixed(0)} s` : 'already seeded')
  console.log(`\nscale: the large town (${server.rows.reports} reports, ${server.rows.areas} areas, ${server.rows.observations} observations, ${server.rows.measures} measures) on the PostGIS server (${seeded(server.seededSeconds)}); embedded copy in ${embedded.dir} (${seeded(embedded.seededSeconds)}); ${result.seconds.toFixed(0)} s in all`)
  const header = { measure: 'measure', value: 'value', target: 'target', verdict: 'verdict' }
  const widths = {
    measure: Math.max(...[header, ...rows].map((row) => row.measure.length)),
    value: Math.max(...[header, ...rows].map((row) => row.value.length)),
    target: Math.max(...[header, ...rows].map((row) => row.target.length)),
  }
  for (const row of [header, ...rows]) {
    console.log(`  ${row.measure.padEnd(widths.measure)}  ${row.value.padEnd(widths.value)}  ${row.target.padEnd(widths.target)}  ${row.verdict}`.trimEnd())
  }
}
