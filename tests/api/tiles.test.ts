/**
 * Vector tiles of the public layers (issue 10), through HTTP on each backend: PostGIS makes them
 * with ST_AsMVT on a server, Node cuts them with geojson-vt from the same query on the embedded
 * database. The tiles are decoded and compared with the OGC items, which are the public truth.
 */
import { VectorTile } from '@mapbox/vector-tile'
import type { VectorTileFeature } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateLargeRegister } from '../../data/seed/large/large-register.ts'
import { generateReports } from '../../data/seed/large/large-reports.ts'
import { CLUSTER_FIELDS, tileLayers } from '../../server/tiles/tile-layers.ts'
import { publicReportStatuses } from '../../server/shared/api/report-schemas.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { backends, TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

interface Item {
  id: number | string
  geometry: { type: string; coordinates: unknown }
  properties: Record<string, unknown>
}

interface TileJson {
  tilejson: string
  name: string
  tiles: string[]
  minzoom: number
  maxzoom: number
  bounds: [number, number, number, number]
  vector_layers: { id: string; fields: Record<string, string> }[]
  feature_count: number
  version: string
}

interface Address {
  z: number
  x: number
  y: number
}

const HALF_A_MEGABYTE = 500 * 1024
// Norra torget, the centre of the generated reports.
const CENTRE: [number, number] = [14.1075, 59.3098]

function tileAt([lon, lat]: [number, number], z: number): Address {
  const tiles = 2 ** z
  const x = Math.floor(((lon + 180) / 360) * tiles)
  const y = Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * tiles)
  return { z, x, y }
}

/** The tiles of zoom `z` that cover a WGS84 box. */
function tilesCovering([west, south, east, north]: TileJson['bounds'], z: number): Address[] {
  const topLeft = tileAt([west, north], z)
  const bottomRight = tileAt([east, south], z)
  const tiles: Address[] = []
  for (let x = topLeft.x; x <= bottomRight.x; x++) for (let y = topLeft.y; y <= bottomRight.y; y++) tiles.push({ z, x, y })
  return tiles
}

/** The first position of a GeoJSON geometry: a point, a line's start, a polygon's first vertex. */
function firstPosition(coordinates: unknown): [number, number] {
  let value = coordinates
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0]
  return value as [number, number]
}

/** An item's properties as a tile carries them: nulls left out, objects and arrays as JSON text. */
function asTileProperties(properties: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : value]),
  )
}

const tileType = (value: unknown) => ({ string: 'String', number: 'Number', boolean: 'Boolean' })[typeof value as 'string']

describe.each(backends)('vector tiles on the %s database', (backend) => {
  let server: TestServer
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
  const tilePath = (layer: string, { z, x, y }: Address) => `/tiles/${layer}/${z}/${x}/${y}.mvt`

  async function fetchTile(layer: string, address: Address, query = '') {
    const response = await get(`${tilePath(layer, address)}${query}`)
    expect(response.status, tilePath(layer, address)).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    const bytes = new Uint8Array(await response.arrayBuffer())
    const decoded = new VectorTile(new PbfReader(bytes)).layers[layer]
    const features: VectorTileFeature[] = []
    for (let i = 0; i < (decoded?.length ?? 0); i++) features.push(decoded!.feature(i))
    if (decoded) expect(decoded.extent).toBe(4096)
    // One layer, named as the collection, or none in an empty tile.
    expect(Object.keys(new VectorTile(new PbfReader(bytes)).layers).filter((name) => name !== layer)).toEqual([])
    return { bytes, features, etag: response.headers.get('etag'), response }
  }

  const tileJson = async (layer: string) => (await (await get(`/tiles/${layer}.json`)).json()) as TileJson
  const items = async (layer: string) =>
    (await (await get(`/ogc/collections/${layer}/items?limit=5000`)).json()) as { features: Item[]; numberMatched: number }

  /** How many queries the app has sent to the database so far (its Prometheus counter). */
  async function queriesSoFar(): Promise<number> {
    const text = await (await get('/metrics')).text()
    const match = /^db_operation_duration_seconds_count\{operation="query"\} (\d+)$/m.exec(text)
    return Number(match?.[1])
  }

  beforeAll(async () => {
    server = await startTestServer({ backend })
  })
  afterAll(() => server.close())

  it('describes every public layer in TileJSON 3.0.0 with its fields, bounds, count and version', async () => {
    for (const layer of tileLayers) {
      const response = await get(`/tiles/${layer.id}.json`)
      expect(response.status, layer.id).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      const description = (await response.json()) as TileJson
      expect(description).toMatchObject({ tilejson: '3.0.0', name: layer.id, minzoom: 0, maxzoom: 16 })
      expect(description.tiles).toEqual([`${server.url}/tiles/${layer.id}/{z}/{x}/{y}.mvt?v=${description.version}`])
      // The collection's extent, which holds every feature the public sees.
      const collection = (await (await get(`/ogc/collections/${layer.id}`)).json()) as { extent: { spatial: { bbox: number[][] } } }
      expect(description.bounds, layer.id).toEqual(collection.extent.spatial.bbox[0])

      const { features, numberMatched } = await items(layer.id)
      expect(description.feature_count, layer.id).toBe(numberMatched)
      const fields = description.vector_layers[0]!.fields
      expect(description.vector_layers.map((vectorLayer) => vectorLayer.id)).toEqual([layer.id])
      // Every property of the items is a field of its type, and every field is a property (or a cluster's).
      const keys = new Set(features.flatMap((feature) => Object.keys(feature.properties)))
      expect(Object.keys(fields).filter((field) => !(field in CLUSTER_FIELDS)).sort(), layer.id).toEqual([...keys].sort())
      for (const feature of features) {
        for (const [key, value] of Object.entries(asTileProperties(feature.properties))) expect(fields[key], `${layer.id}.${key}`).toBe(tileType(value))
      }
      const again = await get(`/tiles/${layer.id}.json`, { 'If-None-Match': response.headers.get('etag')! })
      expect(again.status).toBe(304)
    }
  })

  it('shows every item of every layer in its zoom 16 tile, with the same id, properties and place, and nothing else', async () => {
    for (const layer of tileLayers) {
      const { features } = await items(layer.id)
      expect(features.length, layer.id).toBeGreaterThan(0)
      const ids = new Set(features.map((feature) => Number(feature.id)))
      const tiles = new Map<string, Promise<Awaited<ReturnType<typeof fetchTile>>>>()
      for (const item of features) {
        const position = firstPosition(item.geometry.coordinates)
        const address = tileAt(position, 16)
        const key = `${address.x}/${address.y}`
        if (!tiles.has(key)) tiles.set(key, fetchTile(layer.id, address))
        const tile = await tiles.get(key)!
        const found = tile.features.filter((feature) => feature.id === Number(item.id))
        expect(found.length, `${layer.id} ${item.id}`).toBe(1)
        expect(found[0]!.properties, `${layer.id} ${item.id}`).toEqual(asTileProperties(item.properties))
        const geometry = found[0]!.toGeoJSON(address.x, address.y, 16).geometry
        expect(geometry.type.replace('Multi', ''), `${layer.id} ${item.id}`).toBe(item.geometry.type.replace('Multi', ''))
        if (item.geometry.type === 'Point') {
          // Reports stay on their privacy grid: the tile has the point the items have, to a tile unit.
          const [lon, lat] = (geometry as GeoJSON.Point).coordinates as [number, number]
          expect(Math.abs(lon - position[0]), `${layer.id} ${item.id}`).toBeLessThan(1e-5)
          expect(Math.abs(lat - position[1]), `${layer.id} ${item.id}`).toBeLessThan(1e-5)
        }
      }
      // Nothing that the items do not show: no report awaiting moderation, no proposed measure.
      for (const tile of await Promise.all(tiles.values())) {
        for (const feature of tile.features) {
          expect(feature.properties.cluster, layer.id).toBeUndefined()
          expect(ids.has(feature.id!), `${layer.id} ${feature.id}`).toBe(true)
        }
      }
    }
  })

  it('gives the watch areas of a zoomed-out tile only the status the map draws, and every property from zoom 13', async () => {
    const { features } = await items('watch-areas')
    const byId = new Map(features.map((item) => [Number(item.id), item]))
    for (const z of [12, 13]) {
      const { features: shapes } = await fetchTile('watch-areas', tileAt(CENTRE, z))
      expect(shapes.length, `zoom ${z}`).toBeGreaterThan(0)
      for (const shape of shapes) {
        const item = byId.get(shape.id!)!
        const expected = z === 12 ? { status: item.properties.status } : asTileProperties(item.properties)
        expect(shape.properties, `zoom ${z}, area ${shape.id}`).toEqual(expected)
      }
    }
  })

  it('clusters points below zoom 16 on a grid, counting every public point exactly once', async () => {
    for (const layerId of ['reports', 'walk-observations']) {
      const description = await tileJson(layerId)
      for (const z of [8, 11, 13]) {
        let points = 0
        let clusters = 0
        for (const address of tilesCovering(description.bounds, z)) {
          for (const feature of (await fetchTile(layerId, address)).features) {
            expect(feature.type, layerId).toBe(1)
            if (feature.properties.cluster === true) {
              clusters += 1
              expect(feature.id, layerId).toBeUndefined()
              expect(Object.keys(feature.properties).sort()).toEqual(['cluster', 'point_count'])
              expect(feature.properties.point_count).toBeGreaterThan(1)
              points += Number(feature.properties.point_count)
            } else {
              expect(feature.id, layerId).toBeGreaterThan(0)
              points += 1
            }
          }
        }
        expect(points, `${layerId} at ${z}`).toBe(description.feature_count)
        if (z === 8) expect(clusters, `${layerId} at ${z}`).toBeGreaterThan(0)
      }
    }
  })

  it('counts only the period’s points in its clusters when the map sends a datetime, as the items do', async () => {
    const description = await tileJson('reports')
    const all = await items('reports')
    const months = all.features.map((feature) => String(feature.properties.reported_month)).sort()
    // From a month in the middle of the reports' time span: some before, some after.
    const period = `${months[Math.floor(months.length / 2)]}-01/..`
    const inPeriod = (await (await get(`/ogc/collections/reports/items?limit=1&datetime=${encodeURIComponent(period)}`)).json()) as { numberMatched: number }
    expect(inPeriod.numberMatched).toBeGreaterThan(0)
    expect(inPeriod.numberMatched).toBeLessThan(description.feature_count)
    let points = 0
    const etags = new Set<string | null>()
    for (const address of tilesCovering(description.bounds, 8)) {
      const tile = await fetchTile('reports', address, `?datetime=${encodeURIComponent(period)}`)
      etags.add(tile.etag)
      for (const feature of tile.features) points += feature.properties.cluster === true ? Number(feature.properties.point_count) : 1
      // The period is part of the tile's identity: its ETag differs from the whole layer's tile.
      expect(tile.etag).not.toBe((await fetchTile('reports', address)).etag)
    }
    expect(points).toBe(inPeriod.numberMatched)
  })

  it('answers If-None-Match with 304 and keeps a tile addressed with the current version for a day', async () => {
    const { version } = await tileJson('reports')
    const address = tileAt(CENTRE, 14)
    const plain = await fetchTile('reports', address)
    expect(plain.etag).toBe(`"reports-${version}-14-${address.x}-${address.y}"`)
    expect(plain.response.headers.get('cache-control')).toBe('public, no-cache')

    const current = await get(`${tilePath('reports', address)}?v=${version}`)
    expect(current.headers.get('cache-control')).toBe('public, max-age=86400, immutable')
    const older = await get(`${tilePath('reports', address)}?v=1-abc`)
    expect(older.headers.get('cache-control')).toBe('public, no-cache')

    for (const tag of [plain.etag!, `W/${plain.etag}`, `"other", ${plain.etag}`, '*']) {
      const revalidated = await get(tilePath('reports', address), { 'If-None-Match': tag })
      expect(revalidated.status, tag).toBe(304)
      expect(revalidated.headers.get('etag')).toBe(plain.etag)
      expect(await revalidated.text()).toBe('')
    }
    expect((await get(tilePath('reports', address), { 'If-None-Match': '"reports-0-x-14-1-1"' })).status).toBe(200)
    // Another layer's tile of the same place has its own ETag.
    expect((await fetchTile('measures', address)).etag).not.toBe(plain.etag)
  })

  it('answers an empty tile with an empty 200, also far outside Sweden without asking the database', async () => {
    const before = await queriesSoFar()
    const farAway = await fetchTile('reports', tileAt([-70, -30], 10))
    expect(farAway.bytes.byteLength).toBe(0)
    // Just the layer's version.
    expect((await queriesSoFar()) - before).toBe(1)
    // In Sweden but with nothing there.
    expect((await fetchTile('reports', tileAt([18.07, 59.33], 14))).bytes.byteLength).toBe(0)
  })

  it('serves a tile it has built from memory: a repeated request costs the version lookup, no tile query', async () => {
    const address = tileAt(CENTRE, 15)
    const first = await fetchTile('watch-areas', address)
    const before = await queriesSoFar()
    const second = await fetchTile('watch-areas', address)
    expect((await queriesSoFar()) - before).toBe(1)
    expect(second.bytes).toEqual(first.bytes)

    // Fifty at once share their version lookups. The first burst opens the fifty connections; the
    // second, on them, arrives as a browser's would.
    const burst = () => Promise.all(Array.from({ length: 50 }, () => fetchTile('watch-areas', address)))
    await burst()
    const beforeBurst = await queriesSoFar()
    for (const answer of await burst()) expect(answer.bytes).toEqual(first.bytes)
    const lookups = (await queriesSoFar()) - beforeBurst
    expect(lookups).toBeGreaterThanOrEqual(1)
    expect(lookups).toBeLessThanOrEqual(5)
  })

  it('refuses a bad tile address with 400 and an unknown layer with 404, before any database query', async () => {
    const before = await queriesSoFar()
    const refused: [string, number][] = [
      ['/tiles/reports/23/0/0.mvt', 400],
      ['/tiles/reports/3/8/0.mvt', 400],
      ['/tiles/reports/3/0/8.mvt', 400],
      ['/tiles/reports/3/-1/0.mvt', 400],
      ['/tiles/reports/3/1.5/0.mvt', 400],
      ['/tiles/reports/3/01/0.mvt', 400],
      ['/tiles/reports/z/0/0.mvt', 400],
      ['/tiles/reports/99999999999/0/0.mvt', 400],
      ['/tiles/reports/3/0/0.pbf', 400],
      ['/tiles/reports/3/0/0.mvt.gz', 400],
      ['/tiles/reports/3/0/0', 400],
      ['/tiles/reports/3/0/0.mvt?x=1', 400],
      ['/tiles/reports/3/0/0.mvt?v=%3Cscript%3E', 400],
      ['/tiles/reports/3/0/0.mvt?v=1&v=2', 400],
      ['/tiles/reports/3/0/0.mvt?datetime=yesterday', 400],
      ['/tiles/reports/3/0/0.mvt?datetime=../..', 400],
      // Municipalities have no time to filter by.
      ['/tiles/municipalities/3/0/0.mvt?datetime=2024-01-01/..', 400],
      ['/tiles/nothing/3/0/0.mvt', 404],
      // Staff collections are never tiles.
      ['/tiles/staff-reports/3/0/0.mvt', 404],
      ['/tiles/staff-reports/3/0/0.pbf', 404],
      ['/tiles/nothing.json', 404],
      ['/tiles/staff-measures.json', 404],
      ['/tiles/reports.pbf', 404],
      ['/tiles/reports.json?callback=x', 400],
    ]
    for (const [path, status] of refused) {
      const response = await get(path)
      expect(response.status, path).toBe(status)
      const body = (await response.json()) as { error: { code: string; message: string; message_sv: string } }
      expect(body.error.message, path).toBeTruthy()
      expect(body.error.message_sv, path).toBeTruthy()
    }
    expect(await queriesSoFar()).toBe(before)
  })

  it('gives the reports layer a new version and ETag when staff publish a report, and leaves the other layers as they were', async () => {
    const versions = async () => Object.fromEntries(await Promise.all(tileLayers.map(async (layer) => [layer.id, (await tileJson(layer.id)).version])))
    const before = await versions()
    const [waiting] = await server.db.query<{ id: number }>(`SELECT id FROM report WHERE status = 'received' ORDER BY id LIMIT 1`)
    expect(waiting).toBeDefined()

    const planner = await logInAs(server.url, server.db, 'kommun')
    const published = await planner.patch(`/api/reports/${waiting!.id}`, { status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const after = await versions()
    for (const layer of tileLayers) {
      if (layer.id === 'reports') expect(after[layer.id], layer.id).not.toBe(before[layer.id])
      else expect(after[layer.id], layer.id).toBe(before[layer.id])
    }
    // The report's tile: what a browser held is stale, and the report is in it now.
    const item = (await (await get(`/ogc/collections/reports/items/${waiting!.id}`)).json()) as Item
    const address = tileAt(firstPosition(item.geometry.coordinates), 16)
    const stale = await get(tilePath('reports', address), { 'If-None-Match': `"reports-${before.reports}-16-${address.x}-${address.y}"` })
    expect(stale.status).toBe(200)
    expect(stale.headers.get('etag')).toBe(`"reports-${after.reports}-16-${address.x}-${address.y}"`)
    const tile = await fetchTile('reports', address)
    expect(tile.features.map((feature) => feature.id)).toContain(waiting!.id)
  })

  it('keeps the reports tiles when the public sends a report or staff work on one before it is published', async () => {
    const version = async () => (await tileJson('reports')).version
    const before = await version()
    const resident = new ApiSession(server.url)
    const sent = await resident.post('/api/reports', {
      category: 'lighting',
      time_of_day: 'evening',
      week_part: 'weekday',
      description: 'Mörkt vid cykelbanan.',
      geometry: { type: 'Point', coordinates: CENTRE },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    await server.db.query(`UPDATE report SET description = description || '.' WHERE id = $1`, [sent.body.id])
    expect(await version()).toBe(before)

    // Its own statement: a public report changed in any way is a new version.
    await server.db.query(`UPDATE report SET me_too_count = me_too_count + 1 WHERE id = (SELECT min(id) FROM report WHERE status = 'published')`)
    expect(await version()).not.toBe(before)
  })

  it('tells public reports from the others in SQL by the same statuses as the server', async () => {
    const [definition] = await server.db.query<{ body: string }>(`SELECT pg_get_functiondef('is_public_report_status'::regproc) AS body`)
    const statuses = [...(definition?.body ?? '').matchAll(/'([a-z_]+)'/g)].map((match) => match[1])
    expect(statuses.sort()).toEqual([...publicReportStatuses].sort())
  })

  it('keeps every tile under 500 KB at every zoom with thousands of reports and areas, and still counts every point once', async () => {
    const reportsBefore = (await tileJson('reports')).version
    await generateReports(server.db, 4000, TEST_REFERENCE_DATE)
    await generateLargeRegister(server.db, { areas: 1500, meetings: 1500 })
    // Bulk writes bump the versions like any other.
    const reports = await tileJson('reports')
    expect(reports.version).not.toBe(reportsBefore)
    expect(reports.feature_count).toBeGreaterThan(3000)

    const largest: Record<string, number> = {}
    for (const layerId of ['reports', 'watch-areas']) {
      for (let z = 0; z <= 16; z++) {
        const centre = tileAt(CENTRE, z)
        // The centre's tile and, where tiles are small, its neighbours.
        const around = z < 12 ? [centre] : [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ z, x: centre.x + dx, y: centre.y + dy })))
        for (const address of around) {
          const { bytes } = await fetchTile(layerId, address)
          largest[layerId] = Math.max(largest[layerId] ?? 0, bytes.byteLength)
          expect(bytes.byteLength, `${layerId} ${z}/${address.x}/${address.y}`).toBeLessThan(HALF_A_MEGABYTE)
        }
      }
    }
    // The generated places are in the tiles: 1,500 areas of 40 m and more, and every report once.
    expect(largest['watch-areas']).toBeGreaterThan(20_000)
    let points = 0
    for (const address of tilesCovering(reports.bounds, 12)) {
      for (const feature of (await fetchTile('reports', address)).features) points += feature.properties.cluster ? Number(feature.properties.point_count) : 1
    }
    expect(points).toBe(reports.feature_count)
  })

  it('clusters a zoom 16 tile too when it holds more than a thousand points', async () => {
    const address = tileAt(CENTRE, 16)
    const tiles = 2 ** 16
    const lon = ((address.x + 0.5) / tiles) * 360 - 180
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (address.y + 0.5)) / tiles))) * 180) / Math.PI
    // 1,200 published reports within 100 m of the tile's centre, which is 300 m wide here.
    await server.db.query(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom)
       SELECT '1781', 'lighting', 'evening', 'all_week', 'Många på samma gata', 'published', true,
              ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006), (n % 40) * 5 - 100, (n / 40) * 6 - 90)
         FROM generate_series(0, 1199) AS n`,
      [lon, lat],
    )
    const { bytes, features } = await fetchTile('reports', address)
    expect(bytes.byteLength).toBeLessThan(HALF_A_MEGABYTE)
    const clusters = features.filter((feature) => feature.properties.cluster === true)
    expect(clusters.length).toBeGreaterThan(0)
    expect(features.length).toBeLessThanOrEqual(16 * 16)
    const counted = features.reduce((sum, feature) => sum + (feature.properties.cluster ? Number(feature.properties.point_count) : 1), 0)
    const west = (address.x / tiles) * 360 - 180
    const east = ((address.x + 1) / tiles) * 360 - 180
    const north = (Math.atan(Math.sinh(Math.PI * (1 - (2 * address.y) / tiles))) * 180) / Math.PI
    const south = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (address.y + 1)) / tiles))) * 180) / Math.PI
    const inTile = (await (await get(`/ogc/collections/reports/items?limit=1&bbox=${west},${south},${east},${north}`)).json()) as { numberMatched: number }
    expect(counted).toBe(inTile.numberMatched)
    expect(counted).toBeGreaterThan(1000)
  })

  it('shows a point once at the seam of a clustered zoom 16 tile and its sparse neighbour', async () => {
    const dense = tileAt(CENTRE, 16)
    dense.x += 3
    const tiles = 2 ** 16
    const metres = 2 * 20037508.342789244
    const west = (dense.x / tiles) * metres - metres / 2
    const middle = metres / 2 - ((dense.y + 0.5) / tiles) * metres
    // 1,200 decided measures (points where they are, not on a grid) in the dense tile, half of them
    // 1–3 m inside its west edge: within its western neighbour's buffer, but too few there for the
    // neighbour to cluster, so it draws its points singly.
    await server.db.query(
      `INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, geom)
       SELECT '1781', 'Lampa ' || n, 'lighting', 'decided', 'kommun', '2026-09-01', '2026-10-01',
              ST_Transform(ST_SetSRID(ST_MakePoint($1::float8 + 1 + (n % 3) + (n / 600) * 100, $2::float8 + (n % 600) * 0.2 - 60), 3857), 3006)
         FROM generate_series(0, 1199) AS n`,
      [west, middle],
    )
    const neighbour = { ...dense, x: dense.x - 1 }
    const shown = async (address: Address) =>
      (await fetchTile('measures', address)).features.reduce((sum, feature) => sum + (feature.properties.cluster ? Number(feature.properties.point_count) : 1), 0)
    const lon = (x: number) => (x / tiles) * 360 - 180
    const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / tiles))) * 180) / Math.PI
    const bbox = [lon(neighbour.x), lat(dense.y + 1), lon(dense.x + 1), lat(dense.y)].join(',')
    const inBoth = (await (await get(`/ogc/collections/measures/items?limit=1&bbox=${bbox}`)).json()) as { numberMatched: number }
    expect(inBoth.numberMatched).toBeGreaterThan(1000)
    expect((await shown(dense)) + (await shown(neighbour))).toBe(inBoth.numberMatched)
  })
})
