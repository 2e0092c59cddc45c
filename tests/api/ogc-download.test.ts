import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../server/ogc/collections.ts'
import { downloadLimiter, MAX_DOWNLOADS_AT_ONCE } from '../../server/ogc/download/download-limiter.ts'
import { sqlJs } from '../../server/sqlite/sql-js.ts'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const EPSG = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`
const q = encodeURIComponent

/** GET /ogc/collections/{id}/download: every matching feature as one file, in the asked CRS, x first. */
describe.each(backends)('OGC downloads on the %s database', (backend) => {
  let server: TestServer
  const get = (path: string) => fetch(`${server.url}${path}`)

  beforeAll(async () => {
    server = await startTestServer({ backend })
  })
  afterAll(() => server.close())

  it.each(collections.map(({ id }) => id))('downloads %s as GeoJSON with every feature the items endpoint has', async (id) => {
    const items = await (await get(`/ogc/collections/${id}/items?limit=${MAX_LIMIT}`)).json()
    const response = await get(`/ogc/collections/${id}/download?format=geojson`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${id}-CRS84.geojson"`)
    const file = await response.json()
    expect(file.features.map((feature: { id: unknown }) => feature.id)).toEqual(items.features.map((feature: { id: unknown }) => feature.id))
    // In CRS84 the file and the API agree (both longitude first; the file has a decimal more).
    for (const [index, feature] of file.features.entries()) {
      const api = items.features[index].geometry
      expect(feature.geometry.type).toBe(api.type)
      const numbers = (geometry: unknown) => JSON.stringify(geometry).match(/-?\d+\.?\d*/g)!.map(Number)
      const expected = numbers(api.coordinates)
      const actual = numbers(feature.geometry.coordinates)
      expect(actual).toHaveLength(expected.length)
      actual.forEach((value, at) => expect(Math.abs(value - expected[at]!)).toBeLessThanOrEqual(0.6e-6))
    }
  })

  it('writes SWEREF 99 13 30 easting first in every format, and the same points as PostGIS', async () => {
    const expected = await server.db.query<{ id: number; x: number; y: number }>(
      `SELECT id, ST_X(p) AS x, ST_Y(p) AS y FROM report,
         ST_Transform(ST_SetSRID(ST_MakePoint(floor(ST_X(geom) / 50) * 50 + 25, floor(ST_Y(geom) / 50) * 50 + 25), 3006), 3008) AS p
        WHERE status IN ('published', 'measure_planned', 'fixed') ORDER BY id`,
    )
    const geojson = await get(`/ogc/collections/reports/download?format=geojson&crs=${q(EPSG(3008))}`)
    expect(geojson.headers.get('content-disposition')).toBe('attachment; filename="reports-EPSG3008.geojson"')
    const file = await geojson.json()
    expect(file.features).toHaveLength(expected.length)
    for (const [index, feature] of file.features.entries()) {
      const [x, y] = feature.geometry.coordinates
      expect(feature.id).toBe(expected[index]!.id)
      expect(Math.abs(x - expected[index]!.x)).toBeLessThan(0.001)
      expect(Math.abs(y - expected[index]!.y)).toBeLessThan(0.001)
    }

    const csv = await get(`/ogc/collections/reports/download?format=csv&crs=${q(EPSG(3008))}`)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="reports-EPSG3008.csv"')
    const text = await csv.text()
    const points = [...text.matchAll(/POINT\((-?[\d.]+) (-?[\d.]+)\)/g)].map((match) => [Number(match[1]), Number(match[2])])
    expect(points).toHaveLength(expected.length)
    points.forEach(([x, y], index) => {
      expect(Math.abs(x! - expected[index]!.x)).toBeLessThan(0.001)
      expect(Math.abs(y! - expected[index]!.y)).toBeLessThan(0.001)
    })

    const gpkg = await get(`/ogc/collections/reports/download?format=gpkg&crs=${q(EPSG(3008))}`)
    expect(gpkg.headers.get('content-type')).toBe('application/geopackage+sqlite3')
    expect(gpkg.headers.get('content-disposition')).toBe('attachment; filename="reports-EPSG3008.gpkg"')
    const SQL = await sqlJs()
    const db = new SQL.Database(new Uint8Array(await gpkg.arrayBuffer()))
    try {
      const [contents] = db.exec("SELECT srs_id, min_x, min_y FROM gpkg_contents WHERE table_name = 'reports'")
      const [srsId, minX, minY] = contents!.values[0] as [number, number, number]
      expect(srsId).toBe(3008)
      expect(minX).toBeCloseTo(Math.min(...expected.map((row) => row.x)), 2)
      expect(minY).toBeCloseTo(Math.min(...expected.map((row) => row.y)), 2)
      const [count] = db.exec('SELECT count(*) FROM "reports"')
      expect(count!.values[0]![0]).toBe(expected.length)
    } finally {
      db.close()
    }
  })

  it('downloads only what bbox, bbox-crs and datetime select', async () => {
    const filters = `bbox=${q('59.30,14.09,59.315,14.12')}&bbox-crs=${q(EPSG(4326))}&datetime=${q('2025-01-01/..')}`
    const items = await (await get(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&${filters}`)).json()
    expect(items.numberMatched).toBeGreaterThan(0)
    const file = await (await get(`/ogc/collections/reports/download?format=geojson&crs=${q(EPSG(4326))}&${filters}`)).json()
    expect(file.features.map((feature: { id: number }) => feature.id)).toEqual(items.features.map((feature: { id: number }) => feature.id))
    // A file in EPSG:4326 is written longitude first, as GIS files are.
    const [lon, lat] = file.features[0].geometry.coordinates
    expect(lon).toBeGreaterThan(14)
    expect(lon).toBeLessThan(14.2)
    expect(lat).toBeGreaterThan(59)
  })

  it(`builds at most ${MAX_DOWNLOADS_AT_ONCE} downloads at once and refuses one more with 503 and Retry-After`, async () => {
    // The reports table is locked, so two GeoPackage downloads stay in the middle of their work
    // (each holding a slot) until it is released: the third arrives while both are certainly running.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let locked!: () => void
    const lockTaken = new Promise<void>((resolve) => (locked = resolve))
    const transaction = server.db.transaction(async (tx) => {
      await tx.query('LOCK TABLE report IN ACCESS EXCLUSIVE MODE')
      locked()
      await held
    })
    const gpkg = `/ogc/collections/reports/download?format=gpkg&crs=${q(EPSG(3006))}`
    const running: Promise<Response>[] = []
    try {
      await lockTaken
      running.push(get(gpkg), get(gpkg))
      for (const started = Date.now(); downloadLimiter.active < MAX_DOWNLOADS_AT_ONCE; ) {
        if (Date.now() - started > 45_000) throw new Error(`only ${downloadLimiter.active} downloads started`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      for (const format of ['gpkg', 'csv', 'geojson']) {
        const refused = await get(`/ogc/collections/reports/download?format=${format}`)
        expect(refused.status, format).toBe(503)
        expect(refused.headers.get('retry-after')).toBe('5')
        expect(refused.headers.get('cache-control')).toBe('no-store')
        expect(await refused.json()).toEqual({
          code: 'downloads_busy',
          description: 'The server is already building 2 downloads. Try again in 5 seconds.',
          error: {
            code: 'downloads_busy',
            message: 'The server is already building 2 downloads. Try again in 5 seconds.',
            message_sv: 'Servern bygger redan 2 nedladdningar just nu. Försök igen om 5 sekunder.',
          },
          requestId: expect.any(String),
        })
      }
    } finally {
      release()
      await transaction
    }
    // Both held downloads finish as whole files, and their slots are free again.
    for (const answer of await Promise.all(running)) {
      expect(answer.status).toBe(200)
      expect(Buffer.from(await answer.arrayBuffer()).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    }
    expect(downloadLimiter.active).toBe(0)
    expect((await get(gpkg)).status).toBe(200)
    // A busy CI machine may take a while to get both downloads to their locked query.
  }, 90_000)
})
