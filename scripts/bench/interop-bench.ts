/**
 * Interoperability at scale (issue 9's speed figures), on a PostGIS server with 100,000 generated
 * reports (four in five of them public):
 * - a page of 1,000 published reports from `/ogc/collections/reports/items?limit=1000&offset=…`,
 *   the offsets spread over the whole collection, one request after another and with autocannon
 *   at a small concurrency (target p95 < 150 ms);
 * - a full read of the collection by GDAL (`ogr2ogr`, OAPIF driver, the largest page the API gives)
 *   into a GeoJSON file, against a plain SQL read of the same rows and columns as pg_dump reads
 *   (`COPY (SELECT …) TO STDOUT` through psql into a file): what the API and a GIS client add.
 * The generated rows are removed afterwards.
 */
import { execFile, spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { promisify } from 'node:util'
import autocannon from 'autocannon'
import type { Database } from '../../server/db/database.ts'
import { readConfig } from '../../server/config.ts'
import { findCollection } from '../../server/ogc/collections.ts'
import type { PublicSettings } from '../../server/ogc/collections.ts'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import { SqlParams } from '../../server/ogc/sql-params.ts'
import { findGdal } from '../../tests/support/gdal.ts'
import { startApp, stopApp } from './app-process.ts'
import { GENERATED_REPORTS, generateReports, removeGeneratedReports } from './reports-bench.ts'

const run = promisify(execFile)

const PAGE = 1000
const SEQUENTIAL_REQUESTS = 200
const WARM_UP_REQUESTS = 5
const CONNECTIONS = 4
const CONCURRENT_SECONDS = 10
export const TARGET_P95_MS = 150

export interface PageLatency {
  requests: number
  p50: number
  p95: number
  p99: number
  /** Requests per second (autocannon's average; one after another: 1000 / mean). */
  rps: number
}

export interface InteropBench {
  reports: number
  publicReports: number
  sequential: PageLatency
  concurrent: PageLatency & { connections: number }
  /** Absent when GDAL (Debian's gdal-bin) is not installed. */
  gdal?: { pageSize: number; pages: number; features: number; ms: number; megabytes: number } | undefined
  gdalMissing?: string | undefined
  sql: { rows: number; ms: number; megabytes: number }
}

export async function benchInterop(open: () => Promise<Database>, databaseUrl: string): Promise<InteropBench> {
  const db = await open()
  let reports: number
  try {
    await generateReports(db)
    ;[{ reports }] = (await db.query<{ reports: number }>('SELECT count(*)::int AS reports FROM report')) as [{ reports: number }]
  } finally {
    await db.close()
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'trygg-bench-interop-'))
  try {
    const app = await startApp({ DATABASE_URL: databaseUrl })
    try {
      const items = `${app.url}/ogc/collections/reports/items`
      const first = (await (await fetch(`${items}?limit=1`)).json()) as { numberMatched: number }
      const publicReports = first.numberMatched
      const paths = spreadOffsets(publicReports).map((offset) => `/ogc/collections/reports/items?limit=${PAGE}&offset=${offset}`)
      const sequential = await readOneAfterAnother(app.url, paths)
      const concurrent = await readConcurrently(app.url, paths)

      const sql = await readWithSql(databaseUrl, path.join(scratch, 'reports.copy'))
      const gdalFound = findGdal()
      const gdal = 'version' in gdalFound ? await readWithGdal(app.url, path.join(scratch, 'reports.geojson'), publicReports) : undefined
      if (gdal && gdal.features !== sql.rows) throw new Error(`GDAL read ${gdal.features} reports, SQL ${sql.rows}`)
      return { reports, publicReports, sequential, concurrent, gdal, gdalMissing: 'missing' in gdalFound ? gdalFound.missing : undefined, sql }
    } finally {
      await stopApp(app.child)
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
    const cleanup = await open()
    await removeGeneratedReports(cleanup).finally(() => cleanup.close())
  }
}

/**
 * Offsets from the first page to the last, visited in a scattered order (a stride coprime to the
 * count), so that neither the database's cache nor the order favours any part of the collection.
 */
function spreadOffsets(matched: number): number[] {
  const last = Math.max(0, matched - PAGE)
  const offsets = Array.from({ length: SEQUENTIAL_REQUESTS }, (_, index) => Math.round((index * last) / (SEQUENTIAL_REQUESTS - 1)))
  const stride = 73
  return offsets.map((_, index) => offsets[(index * stride) % offsets.length]!)
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN

function summarise(times: number[], rps: number): PageLatency {
  const sorted = [...times].sort((a, b) => a - b)
  return { requests: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), rps }
}

/** Each page read whole (the body too) before the next is asked for. */
async function readOneAfterAnother(url: string, paths: string[]): Promise<PageLatency> {
  const read = async (page: string) => {
    const response = await fetch(`${url}${page}`)
    const body = (await response.json()) as { numberReturned: number }
    if (!response.ok || body.numberReturned !== PAGE) throw new Error(`${page}: ${response.status}, ${body.numberReturned} features`)
  }
  for (const page of paths.slice(0, WARM_UP_REQUESTS)) await read(page)
  const times: number[] = []
  for (const page of paths) {
    const started = performance.now()
    await read(page)
    times.push(performance.now() - started)
  }
  return summarise(times, 1000 / (times.reduce((sum, time) => sum + time, 0) / times.length))
}

/** autocannon: each connection walks through the same scattered pages, round after round. */
async function readConcurrently(url: string, paths: string[]): Promise<PageLatency & { connections: number }> {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: CONCURRENT_SECONDS, requests: paths.map((page) => ({ method: 'GET' as const, path: page })) },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    // autocannon's summary has no p95, so every response time is kept and sorted here.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime))
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`reports pages: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { ...summarise(times, result.requests.average), connections: CONNECTIONS }
}

/** What the collection serves, read with SQL only: the same rows, properties and public geometry (WGS84, 6 decimals). */
async function readWithSql(databaseUrl: string, file: string): Promise<InteropBench['sql']> {
  const reports = findCollection('reports')!
  const settings: PublicSettings = { reportGridMetres: readConfig({}).reportGridMetres }
  const params = new SqlParams()
  const geometry = reports.geometry(params, settings)
  const select = `SELECT ${reports.idColumn}, ${reports.properties}::text, ST_AsGeoJSON(ST_Transform(${geometry}, 4326), 6)
                  FROM ${reports.from} WHERE ${reports.where} ORDER BY ${reports.idColumn}`
  const started = performance.now()
  const psql = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', `--dbname=${databaseUrl}`, '-c', `COPY (${inlineNumbers(select, params.values)}) TO STDOUT`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => psql.once('exit', resolve))
  await finished(psql.stdout.pipe(createWriteStream(file)))
  if ((await exited) !== 0) throw new Error('psql COPY failed')
  const ms = performance.now() - started
  const text = await readFile(file, 'utf8')
  return { rows: text.length === 0 ? 0 : text.split('\n').length - 1, ms, megabytes: Buffer.byteLength(text) / 1024 / 1024 }
}

/** psql -c takes no parameters: the collection's only values are numbers (the grid's width), written in. */
function inlineNumbers(sql: string, values: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, index: string) => {
    const value = values[Number(index) - 1]
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`$${index} is not a number`)
    return String(value)
  })
}

/** ogr2ogr through the OAPIF driver into a GeoJSON file, at the largest page the API gives. */
async function readWithGdal(url: string, file: string, matched: number): Promise<NonNullable<InteropBench['gdal']>> {
  const started = performance.now()
  await run('ogr2ogr', ['-f', 'GeoJSON', file, `OAPIF:${url}/ogc`, 'reports', '-preserve_fid', '-oo', `PAGE_SIZE=${MAX_LIMIT}`], {
    maxBuffer: 16 * 1024 * 1024,
  })
  const ms = performance.now() - started
  const text = await readFile(file, 'utf8')
  const features = (JSON.parse(text) as { features: unknown[] }).features.length
  return { pageSize: MAX_LIMIT, pages: Math.ceil(matched / MAX_LIMIT), features, ms, megabytes: Buffer.byteLength(text) / 1024 / 1024 }
}

const format = (value: number) => value.toFixed(1).padStart(7)

export function printInterop(result: InteropBench) {
  const { sequential: s, concurrent: c, gdal, sql } = result
  const met = (latency: PageLatency) => (latency.p95 < TARGET_P95_MS ? 'met' : 'NOT met')
  console.log(`
interop on the server database, ${result.reports} reports (${result.publicReports} public; ${GENERATED_REPORTS} generated)`)
  console.log(`  items?limit=${PAGE}&offset=… (spread)        p50     p95     p99   req/s  target p95 < ${TARGET_P95_MS} ms`)
  console.log(`  one after another, ${String(s.requests).padEnd(4)} pages     ${format(s.p50)} ${format(s.p95)} ${format(s.p99)} ${format(s.rps)}  ${met(s)}`)
  console.log(`  ${c.connections} connections, ${String(c.requests).padEnd(4)} pages         ${format(c.p50)} ${format(c.p95)} ${format(c.p99)} ${format(c.rps)}  ${met(c)}`)
  console.log(`  full read of reports: SQL COPY ${format(sql.ms / 1000)} s (${sql.rows} rows, ${sql.megabytes.toFixed(1)} MB)`)
  if (gdal) {
    console.log(`                        GDAL ogr2ogr ${format(gdal.ms / 1000)} s (${gdal.features} features, ${gdal.pages} pages of ${gdal.pageSize}, ${gdal.megabytes.toFixed(1)} MB GeoJSON) | GDAL/SQL ${(gdal.ms / sql.ms).toFixed(1)}`)
  } else {
    console.log(`                        GDAL not measured: ${result.gdalMissing} (install Debian's gdal-bin)`)
  }
}
