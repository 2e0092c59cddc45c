/**
 * Open311 GeoReport v2 (JSON), driven as an Open311 client drives it, on each backend: it reads
 * the services and their attributes, posts a form-encoded request with attribute[…] fields, and
 * reads requests back. A posted request is a report in the moderation queue like the web form's,
 * not public until staff publish it, and then only at its grid cell and its month. Every bad
 * request gets Open311's error shape and saves nothing; the web form's rate limits are shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportCategories } from '../../server/shared/api/report-schemas.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newReportId } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const V2 = '/api/open311/v2'

/** What a client sends: form fields, attributes as attribute[code]. */
const requestFields = (extra: Record<string, string> = {}): Record<string, string> => ({
  jurisdiction_id: 'kristinehamn.se',
  service_code: 'vegetation',
  lat: '59.3098',
  long: '14.1075',
  description: 'Buskarna vid gångvägen skymmer sikten på kvällen.',
  'attribute[time_of_day]': 'evening',
  'attribute[week_part]': 'all_week',
  ...extra,
})

interface Answer {
  status: number
  // Tests read answers loosely and let their expectations do the checking.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  headers: Headers
}

async function call(server: TestServer, method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, { method, body: init.body, headers: init.headers })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('json')
  return { status: response.status, body: isJson && text ? JSON.parse(text) : text, headers: response.headers }
}

const postForm = (server: TestServer, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  call(server, 'POST', `${V2}/requests.json`, {
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  })

/** Open311's error shape: a list of {code, description}, the code the HTTP status, Swedish / English. */
function expectOpen311Error(answer: Answer, status: number, saying?: RegExp) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
  expect(Array.isArray(answer.body)).toBe(true)
  expect(answer.body.length).toBeGreaterThan(0)
  for (const item of answer.body) {
    expect(Object.keys(item).sort()).toEqual(['code', 'description'])
    expect(item.code).toBe(status)
    expect(item.description).toContain(' / ')
  }
  if (saying) expect(answer.body.map((item: { description: string }) => item.description).join('\n')).toMatch(saying)
}

const count = async (server: TestServer) =>
  (
    await server.db.query<{ reports: number; changes: number; photos: number }>(
      `SELECT (SELECT count(*)::integer FROM report) AS reports, (SELECT count(*)::integer FROM report_status_change) AS changes,
              (SELECT count(*)::integer FROM report_photo) AS photos`,
    )
  )[0]!

/** A published report placed straight in the database, made `monthsAgo` months ago. */
async function publishedReport(server: TestServer, category: string, monthsAgo: number, status = 'published', duplicateOf: number | null = null): Promise<number> {
  const [row] = await server.db.query<{ id: number }>(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, status_reason, duplicate_of,
                         text_reviewed, reported_at, geom)
     VALUES ('1781', $1, 'night', 'weekend', 'Granskad text', $2, CASE WHEN $2 IN ('rejected', 'not_actionable') THEN 'Privat mark.' ELSE '' END, $4,
             true, now() - make_interval(months => $3), ST_Transform(ST_SetSRID(ST_MakePoint(14.1105, 59.3110), 4326), 3006)) RETURNING id`,
    [category, status, monthsAgo, duplicateOf],
  )
  await server.db.query(`INSERT INTO report_status_change (report_id, status) VALUES ($1, $2)`, [row!.id, status])
  return row!.id
}

/** The first instant of this month in Stockholm, as Open311 shows a request's time. */
async function thisMonthStart(server: TestServer): Promise<string> {
  const [row] = await server.db.query<{ month: string }>(`SELECT to_char(now() AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS month`)
  return row!.month
}

describe.each(backends)('Open311 GeoReport v2 on the %s database', (backend) => {
  let server: TestServer
  let planner: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend, env: { REPORT_RATE_LIMIT: '1000', PUBLIC_WRITE_RATE_LIMIT: '1000' } })
    planner = await logInAs(server.url, server.db, 'kommun')
  })
  afterAll(() => server.close())

  it('lists our report categories as services, each with the web form\'s attributes', async () => {
    const services = await call(server, 'GET', `${V2}/services.json`)
    expect(services.status).toBe(200)
    expect(services.body.map((s: { service_code: string }) => s.service_code)).toEqual([...reportCategories])
    expect(services.body[0]).toEqual({
      service_code: 'lighting',
      service_name: 'Belysning',
      description: expect.stringMatching(/lampor/),
      metadata: true,
      type: 'realtime',
      keywords: expect.stringContaining('belysning'),
      group: 'Otrygga platser',
    })
    expect((await call(server, 'GET', `${V2}/services.json?jurisdiction_id=kristinehamn.se`)).status).toBe(200)

    const definition = await call(server, 'GET', `${V2}/services/vegetation.json`)
    expect(definition.status).toBe(200)
    expect(definition.body.service_code).toBe('vegetation')
    const [timeOfDay, weekPart, notice] = definition.body.attributes
    expect(timeOfDay).toMatchObject({ variable: true, code: 'time_of_day', datatype: 'singlevaluelist', required: true, order: 1 })
    expect(timeOfDay.values).toEqual([
      { key: 'day', name: 'Dagtid' },
      { key: 'evening', name: 'Kväll' },
      { key: 'night', name: 'Natt' },
    ])
    expect(weekPart).toMatchObject({ code: 'week_part', required: true, order: 2 })
    expect(weekPart.values.map((v: { key: string }) => v.key)).toEqual(['weekday', 'weekend', 'all_week'])
    expect(notice).toMatchObject({ variable: false, code: 'public_record', required: false })
    expect(notice.description).toMatch(/allmän handling.*50 m/s)

    expectOpen311Error(await call(server, 'GET', `${V2}/services/crime.json`), 404, /tjänstekod/)
    expectOpen311Error(await call(server, 'GET', `${V2}/services.xml`), 400, /Only JSON is supported/)
    expectOpen311Error(await call(server, 'GET', `${V2}/services/lighting.xml`), 400, /Bara JSON/)
    expectOpen311Error(await call(server, 'GET', `${V2}/services.json?jurisdiction_id=stockholm.se`), 400, /kristinehamn\.se/)
    expectOpen311Error(await call(server, 'GET', `${V2}/no-such-method.json`), 404)
    expectOpen311Error(await call(server, 'GET', `${V2}/requests/12`), 404)
  })

  it('announces the endpoint in discovery.json', async () => {
    const discovery = await call(server, 'GET', '/api/open311/discovery.json')
    expect(discovery.status).toBe(200)
    expect(discovery.body.endpoints).toEqual([
      expect.objectContaining({ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${server.url}${V2}`, formats: ['application/json'] }),
    ])
  })

  it('takes a form-encoded request into moderation; it is public only once staff publish it, on the grid and by the month', async () => {
    const before = await count(server)
    const posted = await postForm(server, requestFields())
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    expect(posted.body).toHaveLength(1)
    // No `token`: aggregators store and republish these answers, and the receipt's secret opens
    // the report's private page. The private link is only in the notice, which says it is private.
    expect(Object.keys(posted.body[0]).sort()).toEqual(['service_notice', 'service_request_id'])
    const [{ service_request_id: requestId, service_notice: notice }] = posted.body
    expect(requestId).toMatch(/^[0-9]+$/)
    expect(notice).toMatch(/^Tack! .*granskar den innan den visas.* \/ Thank you!/)
    expect(notice).toMatch(/privata länken \(dela den inte.* \/ .*private link \(do not share it/)
    const links = [...notice.matchAll(new RegExp(`${server.url}/rapport#([A-Za-z0-9_-]{43})(?= |$)`, 'g'))].map((match) => match[1])
    expect(links).toHaveLength(2)
    const token = links[0]
    expect(links[1]).toBe(token)
    expect(notice).not.toMatch(/Kontaktuppgifter|media_url|Adressen/)
    expect(await count(server)).toEqual({ reports: before.reports + 1, changes: before.changes + 1, photos: before.photos })

    // The same report as the web form makes: waiting for moderation, at the exact point, with its attributes.
    const id = Number(requestId)
    const [row] = await server.db.query<Record<string, unknown>>(
      `SELECT category, time_of_day, week_part, description, status, text_reviewed,
              round(ST_X(ST_Transform(geom, 4326))::numeric, 6)::float AS lon, round(ST_Y(ST_Transform(geom, 4326))::numeric, 6)::float AS lat
         FROM report WHERE id = $1`,
      [id],
    )
    expect(row).toEqual({
      category: 'vegetation',
      time_of_day: 'evening',
      week_part: 'all_week',
      description: requestFields().description,
      status: 'received',
      text_reviewed: false,
      lon: 14.1075,
      lat: 59.3098,
    })
    const queue = await planner.get('/api/reports?status=received')
    expect(queue.body.reports.map((r: { id: number }) => r.id)).toContain(id)
    expect((await call(server, 'GET', `/api/reports/receipt/${token}`)).body).toMatchObject({ id, status: 'received' })

    // Not public before moderation.
    const listed = await call(server, 'GET', `${V2}/requests.json`)
    expect(listed.status).toBe(200)
    expect(listed.body.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(requestId)
    expectOpen311Error(await call(server, 'GET', `${V2}/requests/${id}.json`), 404, /publicerad/)
    expect((await call(server, 'GET', `${V2}/requests.json?service_request_id=${id}`)).body).toEqual([])

    // Staff publish it through the normal API, with an answer.
    const published = await planner.patch(`/api/reports/${id}`, { status: 'published', answer: 'Vi klipper buskarna i vår.' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const one = await call(server, 'GET', `${V2}/requests/${id}.json`)
    expect(one.status).toBe(200)
    const month = await thisMonthStart(server)
    expect(one.body).toEqual([
      {
        service_request_id: requestId,
        status: 'open',
        status_notes: 'Vi klipper buskarna i vår.',
        service_name: 'Växtlighet',
        service_code: 'vegetation',
        description: requestFields().description,
        agency_responsible: 'Kristinehamns kommun',
        service_notice: null,
        requested_datetime: expect.stringMatching(new RegExp(`^${month}-01T00:00:00\\+0[12]:00$`)),
        // The month of the latest public change, like the month it was made in: no closer time.
        updated_datetime: expect.stringMatching(new RegExp(`^${month}-01T00:00:00\\+0[12]:00$`)),
        expected_datetime: null,
        address: null,
        address_id: null,
        zipcode: null,
        lat: expect.any(Number),
        long: expect.any(Number),
        media_url: null,
      },
    ])
    // The place is the centre of its 50 m cell, as on the open map (the OGC collection), never the point sent.
    const [request] = one.body
    expect([request.long, request.lat]).not.toEqual([14.1075, 59.3098])
    const item = await call(server, 'GET', `/ogc/collections/reports/items/${id}`)
    expect(request.long).toBeCloseTo(item.body.geometry.coordinates[0], 6)
    expect(request.lat).toBeCloseTo(item.body.geometry.coordinates[1], 6)
    const [cell] = await server.db.query<{ x: number; y: number }>(
      `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006) AS p) s`,
      [request.long, request.lat],
    )
    expect(Math.abs((((cell!.x % 50) + 50) % 50) - 25)).toBeLessThan(0.2)
    expect(Math.abs((((cell!.y % 50) + 50) % 50) - 25)).toBeLessThan(0.2)
    // Only the month is public (as in the OGC collection), of the report and of its status change.
    expect(item.body.properties.reported_month).toBe(month)
    expect((await call(server, 'GET', `${V2}/requests.json`)).body.map((r: { service_request_id: string }) => r.service_request_id)).toContain(requestId)

    // A fix closes it; the filters by status follow.
    await planner.patch(`/api/reports/${id}`, { status: 'fixed', answer: 'Buskarna är klippta.' })
    const fixed = await call(server, 'GET', `${V2}/requests/${id}.json`)
    expect(fixed.body[0]).toMatchObject({ status: 'closed', status_notes: 'Buskarna är klippta.' })
    const ids = async (query: string) =>
      (await call(server, 'GET', `${V2}/requests.json?${query}`)).body.map((r: { service_request_id: string }) => r.service_request_id)
    expect(await ids('status=closed')).toContain(requestId)
    expect(await ids('status=open')).not.toContain(requestId)
    expect(await ids('status=open,closed')).toContain(requestId)
  })

  it('takes JSON too, with the attributes nested or as attribute[…] keys', async () => {
    for (const body of [
      { service_code: 'lighting', lat: 59.3098, long: 14.1075, description: 'Lampan vid busshållplatsen är trasig.', attribute: { time_of_day: 'night', week_part: 'weekday' } },
      { service_code: 'lighting', lat: '59.3098', long: '14.1075', description: 'Lampan vid busshållplatsen är trasig.', 'attribute[time_of_day]': 'night', 'attribute[week_part]': 'weekday' },
    ]) {
      const posted = await call(server, 'POST', `${V2}/requests.json`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
      expect(posted.status, JSON.stringify(posted.body)).toBe(201)
      const [row] = await server.db.query<{ category: string; time_of_day: string; status: string }>(
        'SELECT category, time_of_day, status FROM report WHERE id = $1',
        [Number(posted.body[0].service_request_id)],
      )
      expect(row).toEqual({ category: 'lighting', time_of_day: 'night', status: 'received' })
    }
  })

  it('keeps no contact details and fetches no media_url, and says so', async () => {
    const posted = await postForm(
      server,
      requestFields({ email: 'anna.andersson@example.se', first_name: 'Anna', last_name: 'Andersson', phone: '070-1234567', media_url: 'http://127.0.0.1:1/secret.jpg' }),
    )
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    expect(posted.body[0].service_notice).toMatch(/Kontaktuppgifter sparas inte \(email, first_name, last_name, phone\).*media_url/)
    expect(posted.body[0].service_notice).toMatch(/Contact details are not stored \(email, first_name, last_name, phone\)/)
    expect(posted.body[0].service_notice).not.toMatch(/Adressen|address_/)
    const id = Number(posted.body[0].service_request_id)
    const stored = await server.db.query<{ row: string }>(
      `SELECT to_jsonb(r)::text AS row FROM report r WHERE id = $1
       UNION ALL SELECT to_jsonb(c)::text FROM report_status_change c WHERE report_id = $1
       UNION ALL SELECT to_jsonb(p)::text FROM report_photo p WHERE report_id = $1`,
      [id],
    )
    expect(stored.length).toBeGreaterThan(0)
    expect(stored.map((s) => s.row).join('\n')).not.toMatch(/anna|Andersson|1234567|secret\.jpg/i)
  })

  it('keeps no address_string or address_id, and names them in the notice', async () => {
    const posted = await postForm(server, requestFields({ address_string: 'Hemliga gatan 7', address_id: 'adr-4711' }))
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    const notice: string = posted.body[0].service_notice
    expect(notice).toMatch(/Adressen sparas inte \(address_string, address_id\).* \/ .*The address is not stored \(address_string, address_id\)/)
    expect(notice).not.toMatch(/Kontaktuppgifter/)
    const [row] = await server.db.query<{ row: string }>(`SELECT to_jsonb(r)::text AS row FROM report r WHERE id = $1`, [Number(posted.body[0].service_request_id)])
    expect(row!.row).not.toMatch(/Hemliga|adr-4711/)
  })

  it('refuses every bad request in Open311\'s shape and saves nothing', async () => {
    const before = await count(server)
    const without = (field: string) => Object.fromEntries(Object.entries(requestFields()).filter(([key]) => key !== field))
    const formCases: Array<[string, Record<string, string>, RegExp]> = [
      ['no service code', without('service_code'), /service_code/],
      ['an unknown service code', requestFields({ service_code: 'crime' }), /Okänd tjänstekod/],
      ['no place', without('lat'), /Platsen saknas \(lat\/long\)\..* \/ Location missing \(lat\/long\)\./],
      ['an address instead of a place', { ...without('lat'), long: '', address_string: 'Storgatan 1' }, /adress räcker inte/],
      ['a place that is not a number', requestFields({ lat: '59,3098' }), /decimaltal/],
      ['a latitude out of range', requestFields({ lat: '159.3' }), /decimaltal/],
      ['a place outside the municipality', requestFields({ lat: '59.3293', long: '18.0686' }), /inom Kristinehamns, Storfors eller Filipstads kommun/],
      ['a place outside Sweden', requestFields({ lat: '0', long: '0' }), /inom Kristinehamns, Storfors eller Filipstads kommun/],
      ['a bad attribute value', requestFields({ 'attribute[time_of_day]': 'midnight' }), /attribute\[time_of_day\].*midnight/],
      ['a missing attribute', without('attribute[week_part]'), /attribute\[week_part\] saknas/],
      ['an unknown attribute', requestFields({ 'attribute[colour]': 'red' }), /attribute\[colour\]/],
      ['another jurisdiction', requestFields({ jurisdiction_id: 'stockholm.se' }), /kristinehamn\.se/],
      ['a description too short', requestFields({ description: 'Mörk' }), /description: Minst 5 tecken/],
      ['no description', without('description'), /description/],
      ['a description too long', requestFields({ description: 'x'.repeat(2001) }), /description: Högst 2000 tecken/],
      ['a field Open311 does not have', requestFields({ priority: 'high' }), /priority/],
      ['a honeypot-like field', requestFields({ website: 'http://spam.example' }), /website/],
    ]
    for (const [name, fields, saying] of formCases) {
      const answer = await postForm(server, fields)
      expect.soft(answer.status, name).toBe(400)
      expectOpen311Error(answer, 400, saying)
    }
    // Several problems at once are listed one by one.
    const many = await postForm(server, { ...without('service_code'), lat: '', 'attribute[time_of_day]': 'noon' })
    expectOpen311Error(many, 400)
    expect(many.body.length).toBeGreaterThanOrEqual(3)
    // A field given twice is not guessed at.
    const twice = await call(server, 'POST', `${V2}/requests.json`, {
      body: `${new URLSearchParams(requestFields()).toString()}&service_code=lighting`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expectOpen311Error(twice, 400, /service_code/)

    const raw = (body: string, type: string, path = `${V2}/requests.json`) => call(server, 'POST', path, { body, headers: { 'Content-Type': type } })
    const formBody = new URLSearchParams(requestFields()).toString()
    expectOpen311Error(await raw(formBody, 'application/x-www-form-urlencoded', `${V2}/requests.xml`), 400, /Only JSON/)
    expectOpen311Error(await raw(formBody, 'text/plain'), 415, /x-www-form-urlencoded/)
    expectOpen311Error(await raw(`--b\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nlighting\r\n--b--\r\n`, 'multipart/form-data; boundary=b'), 415)
    expectOpen311Error(await call(server, 'POST', `${V2}/requests.json`, { body: formBody }), 415)
    expectOpen311Error(await raw('{"service_code": "lighting"', 'application/json'), 400, /JSON/)
    expectOpen311Error(await raw(JSON.stringify([requestFields()]), 'application/json'), 400)
    expectOpen311Error(await raw('null', 'application/json'), 400)
    expectOpen311Error(await raw(JSON.stringify({ ...requestFields(), lat: [59.3] }), 'application/json'), 400, /lat/)
    // A lat or long of the wrong type is one problem, not also a missing place.
    for (const wrong of [{ lat: true }, { long: null }, { lat: { x: 1 } }]) {
      const once = await raw(JSON.stringify({ ...requestFields(), ...wrong }), 'application/json')
      expectOpen311Error(once, 400, /(lat|long) ska anges en gång/)
      expect(once.body, JSON.stringify(once.body)).toHaveLength(1)
    }
    expectOpen311Error(await raw(JSON.stringify({ ...requestFields(), description: 42 }), 'application/json'), 400, /description/)
    expectOpen311Error(await raw(`{"__proto__": {"x": 1}, ${JSON.stringify(requestFields()).slice(1)}`, 'application/json'), 400, /__proto__/)
    expectOpen311Error(await raw(`${formBody}&description=${'x'.repeat(200_000)}`, 'application/x-www-form-urlencoded'), 413)
    expectOpen311Error(await raw(formBody, 'application/x-www-form-urlencoded', `${V2}/requests.json?jurisdiction_id=other.example`), 400, /jurisdiction_id/)

    expect(await count(server)).toEqual(before)
  })

  it('refuses a post from a browser on another site, and takes one from a server', async () => {
    const before = await count(server)
    expectOpen311Error(await postForm(server, requestFields(), { Origin: 'https://evil.example' }), 403, /Trygghetskartan/)
    expectOpen311Error(await postForm(server, requestFields(), { 'Sec-Fetch-Site': 'cross-site' }), 403)
    expectOpen311Error(await postForm(server, requestFields(), { 'Sec-Fetch-Site': 'same-site' }), 403)
    expect(await count(server)).toEqual(before)
    // A server-side client sends neither header; a page on our own site may post too.
    expect((await postForm(server, requestFields())).status).toBe(201)
    expect((await postForm(server, requestFields(), { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201)
    // A staff session is never read here, so its CSRF token is not asked for.
    expect((await postForm(server, requestFields(), { Cookie: planner.cookie! })).status).toBe(201)
  })

  it('filters requests by id, service, status and date, shows 90 days by default, and never a hidden report', async () => {
    const recentLighting = await publishedReport(server, 'lighting', 0)
    const recentTunnel = await publishedReport(server, 'tunnels', 0, 'not_actionable')
    const old = await publishedReport(server, 'lighting', 7)
    const hidden = [
      await publishedReport(server, 'lighting', 0, 'received'),
      await publishedReport(server, 'lighting', 0, 'rejected'),
      await publishedReport(server, 'lighting', 0, 'duplicate', recentLighting),
    ]
    const unreviewed = await newReportId(server.db, 'published')
    await server.db.query(`UPDATE report SET description = 'Ej granskad text' WHERE id = $1`, [unreviewed])

    const list = async (query = '') => {
      const answer = await call(server, 'GET', `${V2}/requests.json${query}`)
      expect(answer.status, `${query}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200)
      return answer.body as Array<Record<string, unknown>>
    }
    const idsOf = (requests: Array<Record<string, unknown>>) => requests.map((r) => Number(r.service_request_id))

    const all = await list()
    expect(idsOf(all)).toEqual(expect.arrayContaining([recentLighting, recentTunnel, unreviewed]))
    expect(idsOf(all)).not.toContain(old)
    for (const id of hidden) expect(idsOf(all)).not.toContain(id)
    expect(all.length).toBeLessThanOrEqual(1000)
    // Newest month first, then the highest id.
    const times = all.map((r) => String(r.requested_datetime))
    expect([...times].sort().reverse()).toEqual(times)
    expect(all.find((r) => Number(r.service_request_id) === unreviewed)).toMatchObject({ description: null })
    expect(all.find((r) => Number(r.service_request_id) === recentTunnel)).toMatchObject({ status: 'closed', service_code: 'tunnels', status_notes: 'Skäl: Privat mark.' })
    expect(JSON.stringify(all)).not.toMatch(/Ej granskad text/)

    expect(idsOf(await list('?service_code=tunnels'))).toEqual(expect.arrayContaining([recentTunnel]))
    expect((await list('?service_code=tunnels')).every((r) => r.service_code === 'tunnels')).toBe(true)
    expect(idsOf(await list('?service_code=tunnels,lighting'))).toEqual(expect.arrayContaining([recentTunnel, recentLighting]))
    // Ids override every other filter (the spec), but never show what is hidden.
    expect(idsOf(await list(`?service_request_id=${old},${recentTunnel},${hidden.join(',')}&service_code=signage`)).sort()).toEqual([old, recentTunnel].sort())
    expect(await list('?service_request_id=999999')).toEqual([])

    // The old report's month, found by a range around it.
    const [oldMonth] = await server.db.query<{ from: string; to: string }>(
      `SELECT to_char(date_trunc('month', reported_at AT TIME ZONE 'Europe/Stockholm') - interval '10 days', 'YYYY-MM-DD"T"00:00:00Z') AS from,
              to_char(date_trunc('month', reported_at AT TIME ZONE 'Europe/Stockholm') + interval '20 days', 'YYYY-MM-DD"T"00:00:00Z') AS to
         FROM report WHERE id = $1`,
      [old],
    )
    const around = await list(`?start_date=${oldMonth!.from}&end_date=${oldMonth!.to}`)
    expect(idsOf(around)).toContain(old)
    expect(idsOf(around)).not.toContain(recentLighting)
    expect(idsOf(await list(`?start_date=${oldMonth!.from}`))).toContain(old)
    // W3C's profile of ISO 8601: the seconds may be left out, with an offset or Z.
    const withoutSeconds = (time: string) => time.replace(':00:00Z', ':00Z')
    expect(withoutSeconds(oldMonth!.from)).toMatch(/T00:00Z$/)
    expect(idsOf(await list(`?start_date=${withoutSeconds(oldMonth!.from)}&end_date=${withoutSeconds(oldMonth!.to)}`))).toContain(old)
    expect(idsOf(await list(`?start_date=${oldMonth!.from.replace('T00:00:00Z', 'T01:00%2B01:00')}`))).toContain(old)
    // Only the month is public: a range inside the month but after its first instant does not find it.
    const [late] = await server.db.query<{ from: string }>(
      `SELECT to_char(date_trunc('month', reported_at AT TIME ZONE 'Europe/Stockholm') + interval '2 days', 'YYYY-MM-DD"T"00:00:00Z') AS from FROM report WHERE id = $1`,
      [old],
    )
    expect(idsOf(await list(`?start_date=${late!.from}`))).not.toContain(old)

    const bad: Array<[string, RegExp]> = [
      ['?start_date=2024-01-01T00:00:00Z&end_date=2024-06-01T00:00:00Z', /90 dagar/],
      ['?start_date=2024-06-01T00:00:00Z&end_date=2024-01-01T00:00:00Z', /efter end_date/],
      ['?start_date=2024-01-01', /ISO 8601/],
      ['?end_date=2024-02-30T00:00:00Z', /ISO 8601/],
      ['?end_date=2024-02-01T00Z', /ISO 8601/],
      ['?end_date=2024-02-01T24:00Z', /ISO 8601/],
      ['?end_date=2024-02-01T00:00', /ISO 8601/],
      ['?status=pending', /open eller closed/],
      ['?service_code=crime', /Okänd tjänstekod/],
      ['?service_request_id=abc', /heltal/],
      ['?service_request_id=1&service_request_id=2', /kommatecken/],
      ['?jurisdiction_id=other.example', /kristinehamn\.se/],
      ['?limit=5', /limit/],
    ]
    for (const [query, saying] of bad) expectOpen311Error(await call(server, 'GET', `${V2}/requests.json${query}`), 400, saying)
    expectOpen311Error(await call(server, 'GET', `${V2}/requests.xml`), 400, /JSON/)
    expectOpen311Error(await call(server, 'GET', `${V2}/requests/abc.json`), 400)
    for (const id of [...hidden, 999999]) expectOpen311Error(await call(server, 'GET', `${V2}/requests/${id}.json`), 404)
  })

  it('labels its requests in the metrics by route pattern, not by URL', async () => {
    await call(server, 'GET', `${V2}/services/signage.json`)
    await call(server, 'GET', `${V2}/requests/424242.json`)
    const metrics = await (await fetch(`${server.url}/metrics`)).text()
    expect(metrics).toContain('route="/api/open311/v2/services/:service_code.:format"')
    expect(metrics).toContain('route="/api/open311/v2/requests/:id.:format"')
    expect(metrics).toContain('route="/api/open311/v2/requests.:format"')
    expect(metrics).not.toMatch(/route="[^"]*(signage|424242)/)
  })
})

describe.each(backends)('Open311 and the web form share the rate limits on the %s database', (backend) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ backend, env: { REPORT_RATE_LIMIT: '2', PUBLIC_WRITE_RATE_LIMIT: '3' } })
  })
  afterAll(() => server.close())

  it('counts a request posted by Open311 like one sent by the web form', async () => {
    const published = await newReportId(server.db, 'published')
    const web = new ApiSession(server.url)
    const webReport = {
      category: 'vegetation',
      time_of_day: 'night',
      week_part: 'weekend',
      description: 'Buskarna vid gångvägen skymmer sikten.',
      geometry: { type: 'Point', coordinates: [14.1075, 59.3098] },
    }
    expect((await web.post('/api/reports', webReport)).status).toBe(201)
    expect((await postForm(server, requestFields())).status).toBe(201)
    // The web form's report and Open311's count together against the report limit of 2.
    const before = await count(server)
    const third = await postForm(server, requestFields())
    expectOpen311Error(third, 429, /För många försök/)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await count(server)).toEqual(before)
    // And all three against the public-write limit of 3: a "me too" is the fourth public write.
    const meToo = await web.post(`/api/reports/${published}/me-too`, undefined)
    expect(meToo.status).toBe(429)
    expect(meToo.body.error.code).toBe('too_many_requests')
  })
})
