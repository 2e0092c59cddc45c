import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../server/ogc/collections.ts'
import { CRS84, supportedCrs } from '../../server/ogc/crs.ts'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import { tableChecksums } from '../support/table-checksums.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

interface Feature {
  id: number | string
  geometry: { type: string; coordinates: unknown }
  properties: Record<string, unknown>
}

interface FeatureCollection {
  features: Feature[]
  numberMatched: number
  numberReturned: number
  timeStamp: string
  links: { rel: string; href: string; type: string }[]
}

const EPSG = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`
const q = encodeURIComponent

/** OGC API – Features Part 2 (CRS by reference), datetime, paging links and bad input, through HTTP. */
describe.each(backends)('OGC API – Features Part 2 and filters on the %s database', (backend) => {
  let server: TestServer
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
  const getItems = async (path: string) => {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    return (await response.json()) as FeatureCollection
  }

  beforeAll(async () => {
    server = await startTestServer({ backend })
  })
  afterAll(() => server.close())

  it('declares Part 1 core, GeoJSON, OpenAPI 3.0, HTML and Part 2 crs, and links the API definition and its documentation', async () => {
    const conformance = await (await get('/ogc/conformance')).json()
    expect(conformance.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
      ]),
    )
    const landing = await (await get('/ogc')).json()
    const byRel = (rel: string) => landing.links.find((link: { rel: string }) => link.rel === rel)
    expect(byRel('self').type).toBe('application/json')
    expect(byRel('alternate').type).toBe('text/html')
    expect(byRel('service-desc')).toMatchObject({ href: `${server.url}/ogc/api`, type: 'application/vnd.oai.openapi+json;version=3.0' })
    expect(byRel('service-doc').type).toBe('text/html')
    expect(byRel('conformance').href).toBe(`${server.url}/ogc/conformance`)
    expect(byRel('data').href).toBe(`${server.url}/ogc/collections`)
  })

  it('lists the four CRSs, SWEREF 99 TM as storage CRS, extents in CRS84 and time where there is time', async () => {
    const listed = await (await get('/ogc/collections')).json()
    for (const collection of listed.collections) {
      expect(collection.crs).toEqual([CRS84, EPSG(4326), EPSG(3006), EPSG(3008)])
      expect(collection.storageCrs).toBe(EPSG(3006))
      expect(collection.extent.spatial.crs).toBe(CRS84)
      const definition = collections.find(({ id }) => id === collection.id)!
      expect(Boolean(collection.extent.temporal), collection.id).toBe(Boolean(definition.time))
      if (collection.extent.temporal) {
        const [[first, last]] = collection.extent.temporal.interval
        expect(Date.parse(first)).toBeLessThanOrEqual(Date.parse(last))
      }
      const enclosures = collection.links.filter((link: { rel: string }) => link.rel === 'enclosure')
      expect(enclosures.map((link: { type: string }) => link.type)).toEqual([
        'application/geo+json',
        'text/csv',
        'application/geopackage+sqlite3',
      ])
    }
  })

  it.each([
    [CRS84, 4326, false],
    [EPSG(4326), 4326, true],
    [EPSG(3006), 3006, true],
    [EPSG(3008), 3008, true],
  ])('answers crs=%s in that CRS and its axis order, with Content-Crs', async (crs, srid, northFirst) => {
    const response = await get(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&crs=${q(crs)}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-crs')).toBe(`<${crs}>`)
    const body = (await response.json()) as FeatureCollection
    expect(body.features.length).toBeGreaterThan(10)
    // What PostGIS makes of each report's shown point (the 50 m cell's centre in SWEREF 99 TM).
    const expected = await server.db.query<{ id: number; x: number; y: number }>(
      `SELECT id, ST_X(p) AS x, ST_Y(p) AS y FROM report,
         ST_Transform(ST_SetSRID(ST_MakePoint(floor(ST_X(geom) / 50) * 50 + 25, floor(ST_Y(geom) / 50) * 50 + 25), 3006), $1::int) AS p`,
      [srid],
    )
    const tolerance = srid === 4326 ? 2e-6 : 0.01
    for (const feature of body.features) {
      const row = expected.find(({ id }) => id === feature.id)!
      const [first, second] = feature.geometry.coordinates as [number, number]
      const [x, y] = northFirst ? [second, first] : [first, second]
      expect(Math.abs(x - row.x), `report ${row.id} x`).toBeLessThan(tolerance)
      expect(Math.abs(y - row.y), `report ${row.id} y`).toBeLessThan(tolerance)
    }
    expect(body.features).toHaveLength(body.numberMatched)
  })

  it('knows where each projected CRS is valid: its EPSG area of use, transformed by PostGIS', async () => {
    const areas = { 3006: [10.03, 54.96, 24.17, 69.07], 3008: [12.12, 55.28, 14.79, 62.28] }
    for (const crs of supportedCrs.filter(({ srid }) => srid !== 4326)) {
      const [box] = await server.db.query<{ minx: number; miny: number; maxx: number; maxy: number }>(
        `SELECT ST_XMin(b) AS minx, ST_YMin(b) AS miny, ST_XMax(b) AS maxx, ST_YMax(b) AS maxy
           FROM ST_Transform(ST_Segmentize(ST_MakeEnvelope($1, $2, $3, $4, 4326), 0.01), $5::int) AS b`,
        [...areas[crs.srid as 3006 | 3008], crs.srid],
      )
      const [minX, minY, maxX, maxY] = crs.validArea
      for (const [ours, postgis] of [[minX, box!.minx], [minY, box!.miny], [maxX, box!.maxx], [maxY, box!.maxy]] as const) {
        expect(Math.abs(ours - postgis), crs.label).toBeLessThan(1.5)
      }
    }
  })

  it('gives one feature in the asked CRS too', async () => {
    const [first] = (await getItems('/ogc/collections/measures/items?limit=1')).features
    const inSweref = await get(`/ogc/collections/measures/items/${first!.id}?crs=${q(EPSG(3006))}`)
    expect(inSweref.headers.get('content-crs')).toBe(`<${EPSG(3006)}>`)
    const feature = await inSweref.json()
    expect(feature.links.find((link: { rel: string }) => link.rel === 'self').href).toContain(`crs=${q(EPSG(3006))}`)
    const position = JSON.stringify(feature.geometry.coordinates).match(/-?\d+(\.\d+)?/g)!.map(Number)
    // Northing first: about 6 577 000 m; then easting, about 450 000 m in SWEREF 99 TM.
    expect(position[0]).toBeGreaterThan(6_500_000)
    expect(position[1]).toBeLessThan(600_000)
    expect((await get(`/ogc/collections/measures/items/${first!.id}`)).headers.get('content-crs')).toBe(`<${CRS84}>`)
  })

  it('finds the same reports with a bbox given in any of the four CRSs', async () => {
    const [[minLon, minLat, maxLon, maxLat]] = [[14.09, 59.30, 14.12, 59.315]]
    const reference = await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&bbox=${minLon},${minLat},${maxLon},${maxLat}`)
    expect(reference.numberMatched).toBeGreaterThan(5)
    const ids = reference.features.map(({ id }) => id)
    const lat = await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&bbox=${minLat},${minLon},${maxLat},${maxLon}&bbox-crs=${q(EPSG(4326))}`)
    expect(lat.features.map(({ id }) => id)).toEqual(ids)
    // The same box in metres, in northing,easting order, from PostGIS; a box is a box only in its
    // own CRS, so the metric boxes are compared with the ids whose shown point lies in them.
    for (const srid of [3006, 3008]) {
      const [box] = await server.db.query<{ minx: number; miny: number; maxx: number; maxy: number }>(
        `SELECT ST_XMin(b) AS minx, ST_YMin(b) AS miny, ST_XMax(b) AS maxx, ST_YMax(b) AS maxy
           FROM ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 4326), $5::int) AS b`,
        [minLon, minLat, maxLon, maxLat, srid],
      )
      const shown = await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&crs=${q(EPSG(srid))}`)
      const inside = shown.features.filter((feature) => {
        const [north, east] = feature.geometry.coordinates as [number, number]
        return east >= box!.minx && east <= box!.maxx && north >= box!.miny && north <= box!.maxy
      })
      const bbox = [box!.miny, box!.minx, box!.maxy, box!.maxx].join(',')
      const metric = await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&bbox=${bbox}&bbox-crs=${q(EPSG(srid))}`)
      expect(metric.features.map(({ id }) => id), `EPSG:${srid}`).toEqual(inside.map(({ id }) => id))
      expect(metric.numberMatched).toBeGreaterThan(5)
    }
  })

  it('carries bbox, bbox-crs, crs and datetime in next and prev links, and reads every page once', async () => {
    const bbox = '6570000,140000,6590000,230000'
    const filters = `bbox=${bbox}&bbox-crs=${q(EPSG(3008))}&crs=${q(EPSG(3006))}&datetime=${q('2020-01-01/..')}`
    const all = await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&${filters}`)
    expect(all.numberMatched).toBeGreaterThan(20)
    const seen: (string | number)[] = []
    let next: string | undefined = `/ogc/collections/reports/items?limit=7&${filters}`
    let pages = 0
    while (next) {
      const page: FeatureCollection = await getItems(next.replace(server.url, ''))
      pages += 1
      expect(page.numberMatched).toBe(all.numberMatched)
      expect(page.numberReturned).toBe(page.features.length)
      expect(Date.parse(page.timeStamp)).toBeGreaterThan(Date.now() - 60_000)
      seen.push(...page.features.map((feature) => feature.id))
      const links = Object.fromEntries(page.links.map((link) => [link.rel, link.href]))
      for (const rel of ['self', 'next', 'prev'].filter((name) => links[name])) {
        const params = new URL(links[rel]!).searchParams
        expect(params.get('bbox'), rel).toBe(bbox)
        expect(params.get('bbox-crs')).toBe(EPSG(3008))
        expect(params.get('crs')).toBe(EPSG(3006))
        expect(params.get('datetime')).toBe('2020-01-01/..')
        expect(params.get('limit')).toBe('7')
      }
      if (pages > 1) expect(new URL(links.prev!).searchParams.get('offset')).toBe(String((pages - 2) * 7))
      next = links.next
    }
    expect(pages).toBe(Math.ceil(all.numberMatched / 7))
    expect(seen).toEqual(all.features.map((feature) => feature.id))
  })

  it('filters by datetime on the time the public sees: instants, dates, closed and open intervals', async () => {
    const rows = await server.db.query<{ id: number; month: string }>(
      `SELECT id, to_char(date_trunc('month', reported_at, 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS month
         FROM report WHERE status IN ('published', 'measure_planned', 'fixed') ORDER BY id`,
    )
    const months = [...new Set(rows.map((row) => row.month))].sort()
    expect(months.length).toBeGreaterThan(3)
    const middle = months[Math.floor(months.length / 2)]!
    const idsWhere = (test: (month: string) => boolean) => rows.filter((row) => test(row.month)).map((row) => row.id)
    const ids = async (datetime: string) =>
      (await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}&datetime=${q(datetime)}`)).features.map(({ id }) => id)

    // A month starts at midnight Swedish time; as an instant in UTC that is the day before at 22 or 23.
    const [start] = await server.db.query<{ at: string }>(
      `SELECT to_char(($1 || '-01')::timestamp AT TIME ZONE 'Europe/Stockholm' AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at`,
      [middle],
    )
    const previous = months[months.indexOf(middle) - 1]!
    expect(await ids(start!.at)).toEqual(idsWhere((month) => month === middle))
    // A report's public time is its whole month: any instant, day or interval inside it finds it.
    const lastSecondBefore = new Date(Date.parse(start!.at) - 1000).toISOString()
    expect(await ids(lastSecondBefore)).toEqual(idsWhere((month) => month === previous))
    expect(await ids(`${middle}-01`)).toEqual(idsWhere((month) => month === middle))
    expect(await ids(`${middle}-02`)).toEqual(idsWhere((month) => month === middle))
    expect(await ids(`${middle}-10/${middle}-20`)).toEqual(idsWhere((month) => month === middle))
    expect(await ids(`${middle}-20T12:00:00Z/..`)).toEqual(idsWhere((month) => month >= middle))
    expect(await ids(`${middle}-01/..`)).toEqual(idsWhere((month) => month >= middle))
    expect(await ids(`../${middle}-01`)).toEqual(idsWhere((month) => month <= middle))
    expect(await ids(`../${lastSecondBefore}`)).toEqual(idsWhere((month) => month < middle))
    expect(await ids(`${months[0]}-01/${middle}-01`)).toEqual(idsWhere((month) => month <= middle))
  })

  it('filters walks by their start time', async () => {
    const [walk] = await server.db.query<{ id: number; starts_at: Date }>(
      "SELECT id, starts_at FROM safety_walk WHERE status <> 'cancelled' ORDER BY starts_at LIMIT 1 OFFSET 2",
    )
    const instant = walk!.starts_at.toISOString()
    const found = await getItems(`/ogc/collections/safety-walks/items?datetime=${q(instant)}`)
    expect(found.features.map(({ id }) => id)).toContain(walk!.id)
    const after = await getItems(`/ogc/collections/safety-walks/items?datetime=${q(`${instant.replace('.000Z', '.001Z')}/..`)}`)
    expect(after.features.map(({ id }) => id)).not.toContain(walk!.id)
  })

  it.each([
    ['/ogc/collections/reports/items?bbox=14.2,59.3,14.1,59.4', 'invalid_bbox'],
    ['/ogc/collections/reports/items?bbox=14.1,59.4,14.2,59.3', 'invalid_bbox'],
    ['/ogc/collections/reports/items?bbox=-190,59,14,60', 'invalid_bbox'],
    [`/ogc/collections/reports/items?bbox=59,14,95,15&bbox-crs=${q(EPSG(4326))}`, 'invalid_bbox'],
    [`/ogc/collections/reports/items?bbox=6580000,450000,6570000,460000&bbox-crs=${q(EPSG(3006))}`, 'invalid_bbox'],
    [`/ogc/collections/reports/items?bbox=14,59,15,60&bbox-crs=${q(EPSG(3006))}`, 'invalid_bbox'],
    [`/ogc/collections/reports/items?bbox=6580000,450000,6590000,460000&bbox-crs=${q(EPSG(3008))}`, 'invalid_bbox'],
    ['/ogc/collections/reports/items?bbox=14,59,15,60&bbox-crs=EPSG:4326', 'invalid_bbox_crs'],
    [`/ogc/collections/reports/items?bbox-crs=${q(EPSG(3006))}`, 'invalid_bbox_crs'],
    ['/ogc/collections/reports/items?crs=EPSG:3006', 'invalid_crs'],
    [`/ogc/collections/reports/items?crs=${q(EPSG(3857))}`, 'invalid_crs'],
    [`/ogc/collections/reports/items?crs=${q(EPSG(3006))}&crs=${q(EPSG(3008))}`, 'invalid_crs'],
    ['/ogc/collections/reports/items/5?crs=urn:ogc:def:crs:EPSG::3006', 'invalid_crs'],
    [`/ogc/collections/reports/items?limit=${MAX_LIMIT + 1}`, 'invalid_limit'],
    ['/ogc/collections/reports/items?datetime=2024-13-01', 'invalid_datetime'],
    ['/ogc/collections/reports/items?datetime=2024-05-01T12:00:00', 'invalid_datetime'],
    ['/ogc/collections/reports/items?datetime=2024-02-01/2024-01-01', 'invalid_datetime'],
    ['/ogc/collections/reports/items?datetime=last%20week', 'invalid_datetime'],
    ['/ogc/collections/reports/items?datetime=2024-01-01/2024-02-01/2024-03-01', 'invalid_datetime'],
    // Part 1 allows one open end, not two.
    [`/ogc/collections/reports/items?datetime=${q('../..')}`, 'invalid_datetime'],
    [`/ogc/collections/reports/items?datetime=${q('/')}`, 'invalid_datetime'],
    // The Swedish 1 May ends at 22:00 UTC, before this interval starts.
    [`/ogc/collections/reports/items?datetime=${q('2024-05-01T22:30:00Z/2024-05-01')}`, 'invalid_datetime'],
    ['/ogc/collections/watch-areas/items?datetime=2024-01-01', 'unknown_parameter'],
    ['/ogc/collections/reports/items?bbbox=14,59,15,60', 'unknown_parameter'],
    ['/ogc/collections/reports/items?sortby=id', 'unknown_parameter'],
    ['/ogc/collections?limit=5', 'unknown_parameter'],
    ['/ogc?lang=en', 'unknown_parameter'],
    ['/ogc/collections/reports/items/5?bbox=14,59,15,60', 'unknown_parameter'],
    ['/ogc/collections/reports/download?format=shp', 'invalid_format'],
    ['/ogc/collections/reports/download?limit=5', 'unknown_parameter'],
    [`/ogc/collections/reports/download?crs=${q(EPSG(3857))}`, 'invalid_crs'],
    ['/ogc/collections/reports/download?bbox=15,59,14,60', 'invalid_bbox'],
    ['/ogc/collections/reports/download?datetime=soon', 'invalid_datetime'],
  ])('answers %s with 400 %s in the standard shape, without touching the database', async (path, code) => {
    const before = await tableChecksums(server.db)
    const query = server.db.query.bind(server.db)
    let queries = 0
    server.db.query = ((...args: Parameters<typeof query>) => {
      queries += 1
      return query(...args)
    }) as typeof server.db.query
    try {
      const response = await get(path)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const body = await response.json()
      expect(body.code).toBe(code)
      expect(body.description).toMatch(/\w{3,}/)
      expect(body.error).toMatchObject({ code, message: body.description })
      expect(body.error.message_sv).toMatch(/\w{3,}/)
    } finally {
      server.db.query = query
    }
    expect(queries).toBe(0)
    expect(await tableChecksums(server.db)).toEqual(before)
  })

  it('answers an unknown collection with 404 in the standard shape', async () => {
    const response = await get('/ogc/collections/nope/items')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ code: 'collection_not_found', description: expect.stringContaining('nope') })
  })
})
