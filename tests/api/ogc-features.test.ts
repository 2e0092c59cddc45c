import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../server/ogc/collections.ts'
import { CRS84 } from '../../server/ogc/crs.ts'
import { MAX_LIMIT } from '../../server/ogc/items-params.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

interface FeatureCollection {
  type: string
  features: { id: number | string; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[]
  numberMatched: number
  numberReturned: number
  links: { rel: string; href: string }[]
}

// Kristinehamn's tätort, in WGS84.
const TOWN_BBOX = '14.0657,59.2903,14.1551,59.3437'

describe.each(backends)('OGC API – Features on the %s database', (backend) => {
  let server: TestServer
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
  const getItems = async (path: string) => (await (await get(path)).json()) as FeatureCollection

  beforeAll(async () => {
    server = await startTestServer({ backend })
  })
  afterAll(() => server.close())

  it('has a landing page, a conformance declaration and every public layer as a collection', async () => {
    const landing = await (await get('/ogc')).json()
    expect(landing.links.map((link: { rel: string }) => link.rel)).toEqual(expect.arrayContaining(['self', 'conformance', 'data']))
    const conformance = await (await get('/ogc/conformance')).json()
    expect(conformance.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson')

    const listed = await (await get('/ogc/collections')).json()
    expect(listed.collections.map((collection: { id: string }) => collection.id)).toEqual(collections.map(({ id }) => id))
    for (const collection of listed.collections) {
      const [minLon, minLat, maxLon, maxLat] = collection.extent.spatial.bbox[0]
      // Everything lies in or near the police area: Kristinehamn, Storfors and Filipstad.
      expect(minLon).toBeGreaterThan(13.5)
      expect(maxLon).toBeLessThan(14.8)
      expect(minLat).toBeGreaterThan(58.9)
      expect(maxLat).toBeLessThan(60.4)
    }
  })

  it('gives each collection a spatial extent that holds every feature the public sees', async () => {
    const listed = await (await get('/ogc/collections')).json()
    for (const collection of listed.collections as { id: string; extent: { spatial: { bbox: number[][] } } }[]) {
      const [minLon, minLat, maxLon, maxLat] = collection.extent.spatial.bbox[0]!
      const points: number[][] = []
      const walk = (value: unknown): void => {
        if (Array.isArray(value) && typeof value[0] === 'number') points.push(value as number[])
        else if (Array.isArray(value)) value.forEach(walk)
      }
      const items = await getItems(`/ogc/collections/${collection.id}/items?limit=${MAX_LIMIT}`)
      expect(items.numberMatched, collection.id).toBeLessThanOrEqual(MAX_LIMIT)
      for (const feature of items.features) walk(feature.geometry.coordinates)
      expect(points.length, collection.id).toBeGreaterThan(0)
      for (const [lon, lat] of points) {
        expect(lon, collection.id).toBeGreaterThanOrEqual(minLon!)
        expect(lon, collection.id).toBeLessThanOrEqual(maxLon!)
        expect(lat, collection.id).toBeGreaterThanOrEqual(minLat!)
        expect(lat, collection.id).toBeLessThanOrEqual(maxLat!)
      }
      // Taken in SWEREF 99 TM and grown by the reports' half grid cell, it is a little larger, not much.
      const lons = points.map(([lon]) => lon!)
      const lats = points.map(([, lat]) => lat!)
      // The police area spans 1.3° of latitude, so its box from SWEREF 99 TM's grid is wider in the west.
      expect(Math.min(...lons) - minLon!, collection.id).toBeLessThan(0.06)
      expect(maxLat! - Math.max(...lats), collection.id).toBeLessThan(0.015)
    }
  })

  it('describes every path, parameter, answer and error in an OpenAPI 3.0 document built from the collections', async () => {
    const response = await get('/ogc/api')
    expect(response.status).toBe(200)
    const api = await response.json()
    expect(api.openapi).toMatch(/^3\.0\.\d$/)
    expect(api.servers).toEqual([{ url: `${server.url}/ogc` }])
    // Every $ref points at something in the document.
    const refs = JSON.stringify(api).match(/"\$ref":"[^"]+"/g) ?? []
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of new Set(refs)) {
      const target = ref.slice(8, -1).replace(/^#\//, '').split('/').reduce((node: Record<string, unknown> | undefined, key) => node?.[key] as Record<string, unknown> | undefined, api)
      expect(target, ref).toBeDefined()
    }
    const operationIds = Object.values(api.paths).map((path) => (path as { get: { operationId: string } }).get.operationId)
    expect(new Set(operationIds).size).toBe(operationIds.length)
    for (const path of ['/', '/conformance', '/api', '/collections']) expect(api.paths[path]?.get, path).toBeDefined()
    for (const collection of collections) {
      for (const suffix of ['', '/items', '/items/{featureId}', '/download']) {
        const operation = api.paths[`/collections/${collection.id}${suffix}`]?.get
        expect(operation, `${collection.id}${suffix}`).toBeDefined()
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '500']))
      }
      const parameters = api.paths[`/collections/${collection.id}/items`].get.parameters as { name: string; schema: Record<string, unknown> }[]
      const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema]))
      expect(byName.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 100 })
      expect(byName.crs?.enum).toHaveLength(4)
      expect(byName['bbox-crs']?.enum).toEqual(byName.crs?.enum)
      expect(Boolean(byName.datetime), collection.id).toBe(Boolean(collection.time))
      expect(Object.keys(byName).sort()).toEqual(['bbox', 'bbox-crs', 'crs', 'f', 'limit', 'offset', ...(collection.time ? ['datetime'] : [])].sort())
    }
    // The parameters the document names are exactly those the server takes: any other is a 400.
    const walkParams = api.paths['/collections/safety-walks/items'].get.parameters.map((parameter: { name: string }) => parameter.name)
    const example: Record<string, string> = { f: 'json', limit: '2', offset: '1', bbox: '14,59,15,60', 'bbox-crs': CRS84, crs: CRS84, datetime: '2000-01-01/..' }
    const all = walkParams.map((name: string) => `${name}=${encodeURIComponent(example[name]!)}`).join('&')
    expect((await get(`/ogc/collections/safety-walks/items?${all}`)).status).toBe(200)
  })

  it.each(collections.map(({ id }) => id))('serves %s as GeoJSON in WGS84 with ids', async (id) => {
    const response = await get(`/ogc/collections/${id}/items?limit=${MAX_LIMIT}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const body = (await response.json()) as FeatureCollection
    expect(body.type).toBe('FeatureCollection')
    expect(body.numberReturned).toBe(body.features.length)
    expect(body.numberMatched).toBe(body.features.length)
    expect(body.features.length).toBeGreaterThan(0)
    for (const feature of body.features) {
      expect(feature.id).toBeDefined()
      const [lon, lat] = firstPosition(feature.geometry.coordinates)
      expect(lon).toBeGreaterThan(13.5)
      expect(lon).toBeLessThan(14.8)
      expect(lat).toBeGreaterThan(58.9)
      expect(lat).toBeLessThan(60.4)
    }
  })

  it('pages with limit, offset and next links until every feature is read once', async () => {
    const all = await getItems('/ogc/collections/reports/items?limit=5000')
    const seen: (string | number)[] = []
    let next: string | undefined = '/ogc/collections/reports/items?limit=40'
    while (next) {
      const page: FeatureCollection = await getItems(next.replace(server.url, ''))
      expect(page.numberMatched).toBe(all.numberMatched)
      seen.push(...page.features.map((feature) => feature.id))
      next = page.links.find((link) => link.rel === 'next')?.href
    }
    expect(seen).toEqual(all.features.map((feature) => feature.id))
  })

  it('filters by bbox, using the geometry the public sees', async () => {
    const all = await getItems('/ogc/collections/watch-areas/items?limit=5000')
    const inTown = await getItems(`/ogc/collections/watch-areas/items?limit=5000&bbox=${TOWN_BBOX}`)
    expect(inTown.features.length).toBeGreaterThan(0)
    // The demo set puts a few areas in Björneborg and Bäckhammar, outside the town's box.
    expect(inTown.features.length).toBeLessThan(all.features.length)
    const empty = await getItems('/ogc/collections/watch-areas/items?bbox=10,55,10.1,55.1')
    expect(empty.features).toEqual([])
    expect(empty.numberMatched).toBe(0)
  })

  it('serves one feature by id and answers 404 for one that does not exist', async () => {
    const [first] = (await getItems('/ogc/collections/measures/items?limit=1')).features
    const response = await get(`/ogc/collections/measures/items/${first?.id}`)
    expect(response.status).toBe(200)
    const feature = await response.json()
    expect(feature.id).toBe(first?.id)
    expect(feature.properties).toEqual(first?.properties)

    const missing = await get('/ogc/collections/measures/items/999999')
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('feature_not_found')
    expect((await (await get('/ogc/collections/municipalities/items/1781')).json()).properties.name).toBe('Kristinehamn')
  })

  it.each([
    ['/ogc/collections/reports/items?bbox=1,2,3', 400, 'invalid_bbox'],
    ['/ogc/collections/reports/items?bbox=a,b,c,d', 400, 'invalid_bbox'],
    ['/ogc/collections/reports/items?bbox=15,59,14,60', 400, 'invalid_bbox'],
    ['/ogc/collections/reports/items?limit=0', 400, 'invalid_limit'],
    ['/ogc/collections/reports/items?limit=many', 400, 'invalid_limit'],
    ['/ogc/collections/reports/items?offset=-3', 400, 'invalid_offset'],
    ['/ogc/collections/reports/items?f=xml', 400, 'invalid_format'],
    ['/ogc/collections/reports/items/abc', 400, 'invalid_feature_id'],
    ['/ogc/collections/reports/items/1;DROP%20TABLE%20report', 400, 'invalid_feature_id'],
    ['/ogc/collections/nope/items', 404, 'collection_not_found'],
    ['/ogc/collections/nope', 404, 'collection_not_found'],
    ['/ogc/nothing/here', 404, 'not_found'],
    ['/api/nothing', 404, 'not_found'],
    ['/ogc/collections/%E0%A4%A/items', 400, 'bad_request'],
    ['/basemap/fonts/nope/0-255.pbf', 404, 'not_found'],
  ])('answers %s with %i and a message in Swedish and English', async (path, status, code) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    const body = await response.json()
    expect(body.error.code).toBe(code)
    expect(body.error.message).toMatch(/\w{3,}/)
    expect(body.error.message_sv).toMatch(/\w{3,}/)
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/)
  })

  it('refuses a limit above the documented maximum with a message that names it', async () => {
    const response = await get('/ogc/collections/reports/items?limit=999999')
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.code).toBe('invalid_limit')
    expect(body.description).toContain(String(MAX_LIMIT))
    expect(body.error.message_sv).toContain(String(MAX_LIMIT))
  })

  it('carries ETag and Cache-Control, and answers a matching If-None-Match with 304', async () => {
    const first = await get('/ogc/collections/watch-areas/items')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(first.headers.get('cache-control')).toContain('no-cache')
    // Plain HTTP as a browser cache revalidates: fetch() would add `Cache-Control: no-cache` to a
    // request with If-None-Match, which rightly makes any server answer in full.
    expect(await statusOf(`${server.url}/ogc/collections/watch-areas/items`, { 'If-None-Match': etag ?? '' })).toBe(304)
    expect(await statusOf(`${server.url}/ogc/collections/watch-areas/items`, { 'If-None-Match': '"something-else"' })).toBe(200)
  })

  it('shows reports only once published, each at the centre of the grid cell its real point lies in', async () => {
    const exact = await server.db.query<{ id: number; x: number; y: number; status: string }>(
      'SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, status FROM report',
    )
    const body = await getItems('/ogc/collections/reports/items?limit=5000')
    const publicIds = new Set(body.features.map((feature) => feature.id))
    for (const row of exact) {
      expect(publicIds.has(row.id)).toBe(['published', 'measure_planned', 'fixed'].includes(row.status))
    }
    const shown = await server.db.query<{ id: number; x: number; y: number }>(
      `SELECT (f->>'id')::int AS id, ST_X(p) AS x, ST_Y(p) AS y
       FROM json_array_elements($1::json) AS f,
            ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 3006) AS p`,
      [JSON.stringify(body.features)],
    )
    expect(shown).toHaveLength(body.features.length)
    for (const point of shown) {
      const original = exact.find((row) => row.id === point.id)
      // 6 decimals in WGS84 are about 0.1 m, so the centre is found to within half a metre.
      for (const axis of ['x', 'y'] as const) {
        expect(Math.abs((point[axis] % 50) - 25)).toBeLessThan(0.5)
        expect(Math.floor((original?.[axis] ?? 0) / 50)).toBe(Math.floor(point[axis] / 50))
      }
    }
  })

  it('filters reports by the grid point the public sees, not by the exact one', async () => {
    const all = await getItems('/ogc/collections/reports/items?limit=5000')
    const first = all.features[0]
    const [lon, lat] = first?.geometry.coordinates as [number, number]
    // A box of about 2 m around the shown point finds the report, whatever its exact point.
    const around = await getItems(`/ogc/collections/reports/items?bbox=${lon - 0.00002},${lat - 0.00001},${lon + 0.00002},${lat + 0.00001}`)
    expect(around.features.map((feature) => feature.id)).toContain(first?.id)
  })

  it('finds exactly the reports whose shown point is inside a bbox, also a metre from its edges', async () => {
    const all = await getItems('/ogc/collections/reports/items?limit=5000')
    const points = all.features.map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number]
      return { id: feature.id, lon, lat }
    })
    // Boxes with one edge about a metre inside or outside a report's shown point, and boxes from a
    // few metres to the whole town: most rows pass on a quick box test, the rest on the exact one.
    const NUDGE = 0.00001
    const boxes: [number, number, number, number][] = [TOWN_BBOX.split(',').map(Number) as [number, number, number, number]]
    for (const { lon, lat } of points.filter((_, index) => index % Math.ceil(points.length / 6) === 0)) {
      for (const nudge of [-NUDGE, NUDGE]) {
        boxes.push([lon + nudge, lat - 0.005, lon + 0.01, lat + 0.005])
        boxes.push([lon - 0.01, lat - 0.005, lon + nudge, lat + 0.005])
        boxes.push([lon - 0.01, lat + nudge, lon + 0.01, lat + 0.005])
        boxes.push([lon - 0.01, lat - 0.005, lon + 0.01, lat + nudge])
        boxes.push([lon - 0.0003 + nudge, lat - 0.0002, lon + 0.0003, lat + 0.0002])
      }
    }
    for (const [minLon, minLat, maxLon, maxLat] of boxes) {
      const expected = points.filter((point) => point.lon >= minLon && point.lon <= maxLon && point.lat >= minLat && point.lat <= maxLat)
      const page = await getItems(`/ogc/collections/reports/items?limit=5000&bbox=${[minLon, minLat, maxLon, maxLat].join(',')}`)
      expect(page.features.map((feature) => feature.id)).toEqual(expected.map((point) => point.id))
      expect(page.numberMatched).toBe(expected.length)
    }
  })

  it('answers a bbox that is a point, or touches the map area only at a corner, without an error', async () => {
    for (const bbox of ['14.1,59.3,14.1,59.3', '24.17,69.07,30,70', '5,50,10.03,54.96', '14.1,59.3,14.1,59.31']) {
      for (const collection of ['reports', 'urban-areas', 'safety-walks']) {
        const response = await get(`/ogc/collections/${collection}/items?bbox=${bbox}`)
        expect(response.status, `${collection} ${bbox}`).toBe(200)
      }
    }
  })

  it('tells how many match also on a page past the last one', async () => {
    const first = await getItems(`/ogc/collections/reports/items?limit=2&bbox=${TOWN_BBOX}`)
    expect(first.numberMatched).toBeGreaterThan(2)
    const past = await getItems(`/ogc/collections/reports/items?limit=2&offset=${first.numberMatched + 5}&bbox=${TOWN_BBOX}`)
    expect(past.features).toEqual([])
    expect(past.numberMatched).toBe(first.numberMatched)
  })

  it('answers a world-wide bbox with everything and a far-away one with nothing', async () => {
    const all = await getItems('/ogc/collections/watch-areas/items?limit=5000')
    const world = await getItems('/ogc/collections/watch-areas/items?limit=5000&bbox=-180,-90,180,90')
    expect(world.numberMatched).toBe(all.numberMatched)
    const response = await get('/ogc/collections/watch-areas/items?bbox=100,-1,110,1')
    expect(response.status).toBe(200)
    expect((await response.json()).numberMatched).toBe(0)
  })

  it('uses PUBLIC_URL for links when it is set', async () => {
    const behindProxy = await startTestServer({ backend, env: { PUBLIC_URL: 'https://trygghet.example.se' } })
    try {
      const body = await (await fetch(`${behindProxy.url}/ogc/collections/reports/items?limit=1`)).json()
      expect(body.links.find((link: { rel: string }) => link.rel === 'next').href).toBe(
        'https://trygghet.example.se/ogc/collections/reports/items?limit=1&offset=1&f=json',
      )
    } finally {
      await behindProxy.close()
    }
  })

  it('puts no personal data in any public response', async () => {
    const people = await server.db.query<{ name: string; phone: string | null; email: string | null }>(
      'SELECT name, phone, email FROM contact_person',
    )
    expect(people.length).toBeGreaterThan(0)
    const contactDetails = people
      .flatMap((person) => [person.name, person.phone, person.email])
      .filter((value): value is string => Boolean(value))
    const bodies = await Promise.all(
      ['/ogc', '/ogc/collections', ...collections.map(({ id }) => `/ogc/collections/${id}/items?limit=${MAX_LIMIT}`)].map(
        async (path) => (await get(path)).text(),
      ),
    )
    for (const body of bodies) {
      for (const detail of contactDetails) expect(body.includes(detail), `${detail} is public`).toBe(false)
    }
  })

  it('shows the text of a report only once staff have read it', async () => {
    // One published report as if saved before moderation existed: nobody has read its text.
    const [unread] = await server.db.query<{ id: number }>(
      "UPDATE report SET text_reviewed = false WHERE id = (SELECT min(id) FROM report WHERE status = 'published') RETURNING id",
    )
    const rows = await server.db.query<{ id: number; description: string; text_reviewed: boolean }>(
      'SELECT id, description, text_reviewed FROM report',
    )
    const reports = (await getItems(`/ogc/collections/reports/items?limit=${MAX_LIMIT}`)).features
    expect(reports.map((report: { id: unknown }) => Number(report.id))).toContain(unread!.id)
    for (const report of reports) {
      const row = rows.find((r) => r.id === Number(report.id))!
      expect(report.properties.description, `report ${row.id}`).toBe(row.text_reviewed ? row.description : '')
    }
    await server.db.query('UPDATE report SET text_reviewed = true WHERE id = $1', [unread!.id])
  })
})

function statusOf(url: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => resolve(response.resume().statusCode)).on('error', reject)
  })
}

function firstPosition(coordinates: unknown): [number, number] {
  let current = coordinates
  while (Array.isArray(current) && Array.isArray(current[0])) current = current[0]
  return current as [number, number]
}
