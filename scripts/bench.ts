/**
 * `npm run bench`: speed figures for the foundation, measured in one run and printed as a table
 * and as JSON (bench-results/latest.json) so runs can be compared. Nothing here is asserted.
 *
 * - warm start: `npm start`'s path (client build check + server) to the first healthy answer, on
 *   an embedded database folder that already exists;
 * - items: p50/p95/p99 and requests per second for every public collection (autocannon on loopback),
 *   on the embedded database and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on a PostGIS
 *   server, with the embedded/server ratio;
 * - map: time from navigation to the map's first `idle` in headless Chromium;
 * - sessions: the same read with and without a staff session cookie (the session lookup's cost),
 *   and how long one password hash takes (deliberately slow);
 * - grannsamverkan: the needs-update list and coverage on a generated register of 5,000 areas and
 *   20,000 meetings, in PostGIS against JavaScript (turf for coverage);
 * - reports: submitting a report, and the published reports in a phone's viewport (a page of 100
 *   and one of 1,000) with 100,000 reports in the database, on each backend with the
 *   embedded/server ratio;
 * - walks: the places no walk has passed and a route proposal through 30 of them, with 500 walks
 *   and 100,000 reports, against turf's DBSCAN over the same points.
 * - planning: hotspot clustering for a year, the hexagon grid for the town, the effect of 200 done
 *   measures and the situation picture, with 100,000 reports, against turf's DBSCAN over the same points.
 * - promises: the promises page's data (progress per year, survey results and marks, figures) with ten
 *   years of walks, meetings, measures and activities and 50,000 survey answer sheets, against
 *   counting the answers themselves.
 * - operations: backup and restore of a large database (100,000 reports, 5,000 areas, 50,000 answer
 *   sheets …), and the time a server killed mid-burst needs to answer healthy again, against a clean restart.
 * - interop (PostGIS server only): pages of 1,000 reports from OGC API `items` spread over 100,000
 *   reports (target p95 < 150 ms), and a full GDAL (ogr2ogr) read of the collection against a plain SQL COPY.
 * - scale (PostGIS server only): issue 10's one table on `npm run seed:large`'s town – vector tiles (cold,
 *   cached, 20-tile viewports, sizes per zoom), the main reads, a minute of 50 connections with the server's
 *   memory, the map's time to idle in Chromium, the client's JavaScript, and the ratios tiles/GeoJSON,
 *   embedded/server and turf/PostGIS, each target with "met" or "NOT met" (scripts/bench/scale-bench.ts).
 * `BENCH_ONLY=reports,walks` runs only the parts named.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { chromium } from 'playwright-core'
import { migrateAndSeed } from '../data/seed/seed.ts'
import type { Database } from '../server/db/database.ts'
import { openEmbeddedDatabase } from '../server/db/embedded-database.ts'
import { openServerDatabase } from '../server/db/server-database.ts'
import { collections } from '../server/ogc/collections.ts'
import { TEST_REFERENCE_DATE } from '../tests/support/test-backends.ts'
import { buildClient, isClientBuildCurrent } from './client-build.ts'
import { hashPassword } from '../server/auth/password-hash.ts'
import { runningApps, startApp, stopApp } from './bench/app-process.ts'
import { benchGrannsamverkan } from './bench/grannsamverkan-bench.ts'
import type { GrannsamverkanBench } from './bench/grannsamverkan-bench.ts'
import { benchInterop, printInterop } from './bench/interop-bench.ts'
import type { InteropBench } from './bench/interop-bench.ts'
import { benchOperations } from './bench/operations-bench.ts'
import type { OperationsBench } from './bench/operations-bench.ts'
import { benchPlanning } from './bench/planning-bench.ts'
import type { PlanningBench } from './bench/planning-bench.ts'
import { benchPromises } from './bench/promises-bench.ts'
import type { PromisesBench } from './bench/promises-bench.ts'
import { benchScale } from './bench/scale-bench.ts'
import type { ScaleBench } from './bench/scale-bench.ts'
import { printScale, scaleRows } from './bench/scale-report.ts'
import type { ScaleRow } from './bench/scale-report.ts'
import { benchWalks } from './bench/walks-bench.ts'
import type { WalksBench } from './bench/walks-bench.ts'
import { benchReportBody, FEED_BBOX, GENERATED_REPORTS, generateReports, removeGeneratedReports, VIEWPORT_BBOX } from './bench/reports-bench.ts'
import { createUser, updateUser } from '../server/users/users.ts'

const root = path.resolve(import.meta.dirname, '..')
// The same fixed date as the tests, so the bench always measures the same data.
const REFERENCE_DATE = TEST_REFERENCE_DATE
const SECONDS_PER_ENDPOINT = Number(process.env.BENCH_SECONDS ?? 3)
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined

interface Latency {
  p50: number
  p95: number
  p99: number
  rps: number
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}

async function measure(url: string, headers: Record<string, string> = {}, post?: string): Promise<Latency> {
  const times: number[] = []
  const request = post === undefined ? {} : { method: 'POST' as const, body: post, headers: { ...headers, 'content-type': 'application/json' } }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers, connections: 4, duration: SECONDS_PER_ENDPOINT, ...request }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
    // autocannon's summary has no p95, so every response time is kept and sorted here.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime))
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), rps: result.requests.average }
}

async function measureItems(url: string): Promise<Record<string, Latency>> {
  const results: Record<string, Latency> = {}
  for (const collection of collections) {
    results[collection.id] = await measure(`${url}/ogc/collections/${collection.id}/items?limit=5000`)
  }
  return results
}

const BENCH_ACCOUNT = { email: 'bench@kristinehamn.example', password: 'bench-lösenord-som-är-långt' }
// A municipal account reads an area's record with the same query as the public (no contact persons),
// so the difference between the two is the session lookup alone.
const SESSION_READ = '/api/watch-areas/{id}'

interface SessionCost {
  anonymous: Latency
  withSession: Latency
  loginMs: number
}

/** The same read without and with a session cookie: the difference is what a session costs. */
async function measureSessionCost(url: string, areaId: number): Promise<SessionCost> {
  const read = `${url}${SESSION_READ.replace('{id}', String(areaId))}`
  const started = performance.now()
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ACCOUNT),
  })
  const loginMs = performance.now() - started
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0]
  if (!login.ok || !cookie) throw new Error(`bench login failed: ${login.status}`)
  return { anonymous: await measure(read), withSession: await measure(read, { cookie }), loginMs }
}

async function medianHashMs(rounds = 9): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now()
    await hashPassword('ett lösenord att mäta med')
    times.push(performance.now() - started)
  }
  return percentile(times.sort((a, b) => a - b), 0.5)
}

async function firstMapIdleMs(url: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(url)
    // The map adapter records performance.now() (ms since navigation) at the map's first idle.
    const idleAt = await page.waitForFunction(
      () => (window as { __trygghetskartan?: { firstIdleAt?: number } }).__trygghetskartan?.firstIdleAt,
      null,
      { timeout: 30_000 },
    )
    return Number(await idleAt.jsonValue())
  } finally {
    await browser.close()
  }
}

/** Loads the demo data and the bench account; returns an area to read. */
async function prepare(db: Database): Promise<number> {
  try {
    await migrateAndSeed(db, REFERENCE_DATE)
    // A server database keeps the account (and its audit entries) from the previous run.
    const [existing] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [BENCH_ACCOUNT.email])
    const bench = { userId: null, label: 'cli' }
    if (existing) await updateUser(db, existing.id, { role: 'kommun', municipality_code: '1781', disabled: false, password: BENCH_ACCOUNT.password }, bench)
    else await createUser(db, { ...BENCH_ACCOUNT, role: 'kommun', municipality_code: '1781' }, bench)
    const [area] = await db.query<{ id: number }>('SELECT min(id) AS id FROM watch_area')
    if (!area) throw new Error('no watch areas to read')
    return area.id
  } finally {
    await db.close()
  }
}

const format = (value: number) => value.toFixed(1).padStart(7)

/** Runs `bench` on the embedded folder (free: no app runs on it) and on the server database, when one is set. */
async function onEachDatabase<T>(dataDir: string, bench: (db: Database) => Promise<T>): Promise<Record<string, T>> {
  const results: Record<string, T> = {}
  const embedded = await openEmbeddedDatabase(dataDir)
  try {
    results.embedded = await bench(embedded)
  } finally {
    await embedded.close()
  }
  if (serverUrl) {
    const server = await openServerDatabase(serverUrl, 2)
    try {
      results.server = await bench(server)
    } finally {
      await server.close()
    }
  }
  return results
}

function printGrannsamverkan(results: Record<string, GrannsamverkanBench>) {
  for (const [name, result] of Object.entries(results)) {
    console.log(`\ngrannsamverkan on the ${name} database, ${result.areas} areas and ${result.meetings} meetings (ms; target p95 < 100 on a server)`)
    console.log(`  needs-update list   PostGIS p50 ${format(result.register.p50)}  p95 ${format(result.register.p95)} | JavaScript p95 ${format(result.registerInJs.p95)} | PostGIS/JS ${(result.register.p95 / result.registerInJs.p95).toFixed(1)}`)
    console.log(`  coverage            PostGIS p50 ${format(result.coverage.p50)}  p95 ${format(result.coverage.p95)} (after a change ${result.coverageAfterChange.toFixed(0)}) | turf ${format(result.coverageWithTurf.p50)} | turf/PostGIS after a change ${(result.coverageWithTurf.p50 / result.coverageAfterChange).toFixed(1)}`)
  }
}

interface ReportsBench {
  submit: Latency
  /** The default page (as a client gets it without `limit`): issue 6's viewport. */
  viewport: Latency
  /** A page of 1,000: what issue 9 measures for `items`. */
  viewportThousand: Latency
  feed: Latency
}

/** Reports at scale on one database: generated, measured through a running app, removed. */
async function benchReports(open: () => Promise<Database>, env: Record<string, string>): Promise<ReportsBench> {
  const db = await open()
  try {
    await generateReports(db)
  } finally {
    await db.close()
  }
  try {
    const app = await startApp({ ...env, REPORT_RATE_LIMIT: '100000000', PUBLIC_WRITE_RATE_LIMIT: '100000000' })
    try {
      const viewport = await measure(`${app.url}/ogc/collections/reports/items?bbox=${VIEWPORT_BBOX}`)
      const viewportThousand = await measure(`${app.url}/ogc/collections/reports/items?bbox=${VIEWPORT_BBOX}&limit=1000`)
      const feed = await measure(`${app.url}/api/reports/feed.atom?bbox=${FEED_BBOX}`)
      const submit = await measure(`${app.url}/api/reports`, {}, benchReportBody)
      return { submit, viewport, viewportThousand, feed }
    } finally {
      await stopApp(app.child)
    }
  } finally {
    const cleanup = await open()
    await removeGeneratedReports(cleanup).finally(() => cleanup.close())
  }
}

function printReports(results: Record<string, ReportsBench>) {
  console.log(`
reports with ${GENERATED_REPORTS} in the database       p50     p95     p99   req/s  target p95 on a server`)
  for (const [name, result] of Object.entries(results)) {
    const rows = [
      ['submit (no photo)', result.submit, '< 50 ms'],
      ['viewport bbox, 100', result.viewport, '< 50 ms'],
      ['viewport bbox, 1000', result.viewportThousand, '< 150 ms (issue 9)'],
      ['Atom feed, a box', result.feed, ''],
    ] as const
    for (const [what, latency, target] of rows) {
      console.log(`  ${name.padEnd(8)} ${what.padEnd(26)} ${format(latency.p50)} ${format(latency.p95)} ${format(latency.p99)} ${format(latency.rps)}  ${target}`)
    }
  }
  const { embedded, server } = results
  if (embedded && server) {
    console.log(`  p95 embedded/server: submit ${(embedded.submit.p95 / server.submit.p95).toFixed(2)}, viewport ${(embedded.viewport.p95 / server.viewport.p95).toFixed(2)}`)
  }
}

interface FoundationBench {
  warmStartMs: number
  mapIdleMs: number
  items: Record<string, Latency>
  serverItems?: Record<string, Latency> | undefined
  sessions: SessionCost
  serverSessions?: SessionCost | undefined
  hashMs: number
}

/** Start, map, every collection's items and the session's cost, on each database. */
async function benchFoundation(dataDir: string, areas: { embedded: number; server?: number | undefined }): Promise<FoundationBench> {
  const embedded = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '' })
  const items = await measureItems(embedded.url)
  const sessions = await measureSessionCost(embedded.url, areas.embedded)
  const mapIdleMs = await firstMapIdleMs(embedded.url)
  await stopApp(embedded.child)
  // The first start above opened the folder once; this one is the warm start a user sees.
  const warm = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '' })
  await stopApp(warm.child)

  let serverItems: Record<string, Latency> | undefined
  let serverSessions: SessionCost | undefined
  if (serverUrl && areas.server !== undefined) {
    const server = await startApp({ DATABASE_URL: serverUrl })
    serverItems = await measureItems(server.url)
    serverSessions = await measureSessionCost(server.url, areas.server)
    await stopApp(server.child)
  }
  return { warmStartMs: warm.startMs, mapIdleMs, items, serverItems, sessions, serverSessions, hashMs: await medianHashMs() }
}

function printFoundation({ warmStartMs, mapIdleMs, items, serverItems, sessions, serverSessions, hashMs }: FoundationBench) {
  console.log(`warm npm start to first healthy answer (embedded): ${warmStartMs.toFixed(0)} ms  (target < 5000)`)
  console.log(`first map idle in headless Chromium:             ${mapIdleMs.toFixed(0)} ms  (target < 3000)\n`)
  console.log(`items?limit=5000         embedded p50     p95     p99   req/s${serverItems ? ' | server p50     p95   req/s | p95 embedded/server' : ''}`)
  for (const collection of collections) {
    const e = items[collection.id] as Latency
    const s = serverItems?.[collection.id]
    const serverColumns = s ? ` |    ${format(s.p50)} ${format(s.p95)} ${format(s.rps)} | ${(e.p95 / Math.max(s.p95, 0.1)).toFixed(2)}` : ''
    console.log(`${collection.id.padEnd(20)} ${format(e.p50)} ${format(e.p95)} ${format(e.p99)} ${format(e.rps)}${serverColumns}`)
  }
  console.log('\n(latencies in ms; target p95 < 30 ms)')

  console.log(`\nsessions: GET ${SESSION_READ}      anonymous p95   with session p95   added p95 (target < 5 ms)   login`)
  const sessionRows: [string, SessionCost | undefined][] = [['embedded', sessions], ['server', serverSessions]]
  for (const [name, cost] of sessionRows) {
    if (!cost) continue
    const added = cost.withSession.p95 - cost.anonymous.p95
    console.log(`  ${name.padEnd(8)} ${' '.repeat(35)}${format(cost.anonymous.p95)} ${format(cost.withSession.p95)}${' '.repeat(11)}${format(added)}${' '.repeat(22)}${format(cost.loginMs)}`)
  }
  console.log(`password hash (scrypt, median of 9): ${hashMs.toFixed(0)} ms  (target 50–300 ms)`)
}

function printWalks(results: Record<string, WalksBench>) {
  for (const [name, result] of Object.entries(results)) {
    console.log(`\nwalk planning on the ${name} database, ${result.walks} walks and ${result.reports} reports (ms; target p95 < 200 on a server)`)
    console.log(`  places no walk passed (${result.hotspotsFound} found)   p50 ${format(result.hotspots.p50)}  p95 ${format(result.hotspots.p95)} | turf DBSCAN alone p50 ${format(result.clusteringWithTurf.p50)} | turf/PostGIS ${(result.clusteringWithTurf.p50 / result.hotspots.p50).toFixed(1)}`)
    console.log(`  route proposal, 30 places          p50 ${format(result.routeProposal.p50)}  p95 ${format(result.routeProposal.p95)}`)
  }
}

function printPlanning(results: Record<string, PlanningBench>) {
  for (const [name, result] of Object.entries(results)) {
    console.log(`\nplanning on the ${name} database, ${result.reports} reports and ${result.measures} done measures (ms)`)
    console.log(`  hotspots, one year (${result.yearEvidence} places, ${result.sitesFound} sites)  p50 ${format(result.hotspots.p50)}  p95 ${format(result.hotspots.p95)}  (target < 1000 on a server) | turf DBSCAN alone p50 ${format(result.clusteringWithTurf.p50)} | turf/PostGIS ${(result.clusteringWithTurf.p50 / result.hotspots.p50).toFixed(1)}`)
    console.log(`  hexagon grid, the town (${result.cellsDrawn} cells)          p50 ${format(result.hexGrid.p50)}  p95 ${format(result.hexGrid.p95)}  (target < 300)`)
    console.log(`  effect of every done measure                 p50 ${format(result.effects.p50)}  p95 ${format(result.effects.p95)}  (target < 500)`)
    console.log(`  situation picture, a week | a year           p50 ${format(result.situationWeek.p50)} | ${format(result.situationYear.p50)}`)
  }
}

function printPromises(results: Record<string, PromisesBench>) {
  for (const [name, result] of Object.entries(results)) {
    console.log(`\npromises page on the ${name} database, ${result.years} years followed up, ${result.answerSheets} answer sheets with ${result.answers} answers (ms)`)
    console.log(`  the page's data, all of it                   p50 ${format(result.pageData.p50)}  p95 ${format(result.pageData.p95)}  (target < 100)`)
    console.log(`  progress per year | results | marks          p95 ${format(result.progress.p95)} | ${format(result.results.p95)} | ${format(result.marks.p95)}`)
    console.log(`  results counted from the answers             p50 ${format(result.resultsFromAnswers.p50)} | answers/running counts ${(result.resultsFromAnswers.p50 / result.results.p50).toFixed(1)}`)
  }
}

function printOperations(results: Record<string, OperationsBench>) {
  for (const [name, result] of Object.entries(results)) {
    const { rows } = result
    console.log(`\noperations on the ${name} database, ${result.databaseMegabytes.toFixed(0)} MB: ${rows.reports} reports, ${rows.watchAreas} areas, ${rows.meetings} meetings, ${rows.walkObservations} walk observations, ${rows.surveyAnswers} survey answers`)
    console.log(`  backup   ${format(result.backupMs / 1000)} s  (${result.backupMegabytes.toFixed(1)} MB file)`)
    console.log(`  restore  ${format(result.restoreMs / 1000)} s  into a fresh database`)
    console.log(`  SIGKILL after ${result.writesBeforeKill} reports answered; restart to healthy ${format(result.restartAfterCrashMs / 1000)} s | clean restart ${format(result.cleanRestartMs / 1000)} s | crash/clean ${(result.restartAfterCrashMs / result.cleanRestartMs).toFixed(2)}`)
  }
}

/** `BENCH_ONLY=reports,walks` runs only those parts: foundation, grannsamverkan, reports, walks, planning, promises, operations, interop, scale. */
const onlyParts = process.env.BENCH_ONLY?.split(',').map((part) => part.trim())
const runs = (part: string) => !onlyParts || onlyParts.includes(part)

async function writeResults(results: Record<string, unknown>) {
  await mkdir(path.join(root, 'bench-results'), { recursive: true })
  await writeFile(path.join(root, 'bench-results', 'latest.json'), JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2))
}

async function main() {
  if (!(await isClientBuildCurrent())) await buildClient()
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trygg-bench-'))
  try {
    // The scale part brings its own large town; the demo seed below would replace it on the server.
    let scale: (ScaleBench & { rows: ScaleRow[] }) | undefined
    if (runs('scale') && serverUrl) {
      const result = await benchScale(serverUrl, SECONDS_PER_ENDPOINT)
      scale = { ...result, rows: scaleRows(result) }
    } else if (runs('scale')) console.log('scale: skipped, it needs a PostGIS server (BENCH_DATABASE_URL)')
    if (onlyParts?.every((part) => part === 'scale')) {
      if (scale) printScale(scale, scale.rows)
      await writeResults({ scale })
      return
    }
    const areas = {
      embedded: await prepare(await openEmbeddedDatabase(dataDir)),
      server: serverUrl ? await prepare(await openServerDatabase(serverUrl, 2)) : undefined,
    }
    const foundation = runs('foundation') ? await benchFoundation(dataDir, areas) : undefined
    const grannsamverkan = runs('grannsamverkan') ? await onEachDatabase(dataDir, benchGrannsamverkan) : undefined
    let reports: Record<string, ReportsBench> | undefined
    if (runs('reports')) {
      reports = { embedded: await benchReports(() => openEmbeddedDatabase(dataDir), { DATA_DIR: dataDir, DATABASE_URL: '' }) }
      if (serverUrl) reports.server = await benchReports(() => openServerDatabase(serverUrl, 2), { DATABASE_URL: serverUrl })
    }
    const walks = runs('walks') ? await onEachDatabase(dataDir, benchWalks) : undefined
    const planning = runs('planning') ? await onEachDatabase(dataDir, benchPlanning) : undefined
    const promises = runs('promises') ? await onEachDatabase(dataDir, benchPromises) : undefined
    let operations: Record<string, OperationsBench> | undefined
    if (runs('operations')) {
      operations = { embedded: await benchOperations({ dataDir }) }
      if (serverUrl) operations.server = await benchOperations({ databaseUrl: serverUrl, dataDir })
    }
    // Issue 9 measures the OGC API on a PostGIS server only.
    let interop: InteropBench | undefined
    if (runs('interop') && serverUrl) interop = await benchInterop(() => openServerDatabase(serverUrl, 2), serverUrl)
    else if (runs('interop')) console.log('interop: skipped, it needs a PostGIS server (BENCH_DATABASE_URL)')

    console.log(`\nTrygghetskartan bench (${SECONDS_PER_ENDPOINT} s per endpoint, 4 connections, loopback)\n`)
    if (foundation) printFoundation(foundation)
    if (grannsamverkan) printGrannsamverkan(grannsamverkan)
    if (reports) printReports(reports)
    if (walks) printWalks(walks)
    if (planning) printPlanning(planning)
    if (promises) printPromises(promises)
    if (operations) printOperations(operations)
    if (interop) printInterop(interop)
    if (scale) printScale(scale, scale.rows)

    await writeResults({ ...foundation, grannsamverkan, reports, walks, planning, promises, operations, interop, scale })
  } finally {
    await Promise.all([...runningApps].map(stopApp))
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
