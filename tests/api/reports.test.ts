/**
 * Reports of unsafe places through the API, on each backend: a resident sends one (with a photo
 * whose location metadata must go), follows it by the private link, agrees with a neighbour's
 * report; municipal staff moderate (publish, edit out personal data, reject, merge); the public
 * map, the Atom feed and retention show what they should and nothing more.
 */
import { Writable } from 'node:stream'
import { pino } from 'pino'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyRetention } from '../../server/reports/retention.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newReportId, validPoint } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const report = (extra: Record<string, unknown> = {}) => ({
  category: 'vegetation',
  time_of_day: 'night',
  week_part: 'weekend',
  description: 'Buskarna vid gångvägen skymmer sikten.',
  geometry: validPoint,
  ...extra,
})

/** A 3000 × 2000 JPEG carrying EXIF with a GPS position and a camera serial number. */
async function photoWithGps(): Promise<string> {
  const image = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#446688' } })
    .withExif({ IFD0: { Make: 'Exempelkamera', Copyright: 'Serienummer 12345' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 18/1 35/1' } })
    .jpeg()
    .toBuffer()
  expect((await sharp(image).metadata()).exif).toBeDefined()
  return image.toString('base64')
}

const count = async (server: TestServer, table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`))[0]!.n

describe.each(backends)('reports on the %s database', (backend) => {
  let server: TestServer
  let resident: ApiSession
  let planner: ApiSession
  const logLines: string[] = []

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk))
        done()
      },
    })
    server = await startTestServer({
      backend,
      env: { REPORT_RATE_LIMIT: '1000', PHOTO_LIMIT_KB: '2000' },
      logger: pino({ level: 'info' }, logStream),
    })
    resident = new ApiSession(server.url)
    planner = await logInAs(server.url, server.db, 'kommun')
  })
  afterAll(() => server.close())

  it('takes a report with a photo, strips its metadata, and gives a receipt that follows it', async () => {
    const sent = await resident.post('/api/reports', report({ photo: await photoWithGps() }))
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const { id, token, status_path } = sent.body
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(status_path).toBe(`/rapport#${token}`)
    expect(sent.body.report).toMatchObject({ id, status: 'received', description: report().description, has_photo: true })

    // Only the token's hash is stored.
    const [row] = await server.db.query<{ receipt_hash: string }>('SELECT receipt_hash FROM report WHERE id = $1', [id])
    expect(row!.receipt_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(row!.receipt_hash).not.toContain(token)

    const photo = await planner.get(`/api/reports/${id}/photo`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/jpeg')
    const stored = await fetch(`${server.url}/api/reports/${id}/photo`, { headers: { Cookie: planner.cookie! } })
    const metadata = await sharp(Buffer.from(await stored.arrayBuffer())).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(Math.max(metadata.width, metadata.height)).toBe(2000)
    // Not public before moderation, but the sender sees it through the private link.
    expect((await resident.get(`/api/reports/${id}/photo`)).status).toBe(404)
    const own = await resident.get(`/api/reports/receipt/${token}/photo`)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/jpeg')

    const receipt = await resident.get(`/api/reports/receipt/${token}`)
    expect(receipt.body).toMatchObject({ id, status: 'received', history: [{ status: 'received' }] })
    expect((await resident.get(`/api/reports/receipt/${'x'.repeat(43)}`)).status).toBe(404)
    // The request log shows that a receipt was read, never its token.
    expect(logLines.join('\n')).toContain('/api/reports/receipt/…')
    expect(logLines.join('\n')).not.toContain(token)
  })

  it('refuses bad reports with a message per field and saves nothing', async () => {
    const before = [await count(server, 'report'), await count(server, 'report_photo'), await count(server, 'report_status_change')]
    const cases: Array<[Record<string, unknown>, string]> = [
      [report({ geometry: { type: 'Point', coordinates: [15.5, 59.3] } }), 'geometry'],
      [report({ geometry: { type: 'Point', coordinates: [105, 0] } }), 'geometry'],
      [report({ photo: Buffer.from('<html>not an image</html>').toString('base64') }), 'photo'],
      [report({ photo: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>').toString('base64') }), 'photo'],
      [report({ photo: Buffer.alloc(2100 * 1024, 1).toString('base64') }), 'photo'],
      [report({ website: 'http://spam.example' }), 'website'],
      [report({ description: '   ' }), 'description'],
      [report({ description: 'x'.repeat(2001) }), 'description'],
      [report({ category: 'crime' }), 'category'],
    ]
    for (const [body, field] of cases) {
      const answer = await resident.post('/api/reports', body)
      expect(answer.status, field).toBe(400)
      expect(answer.body.error.fields.map((f: { field: string }) => f.field)).toContain(field)
      expect(answer.body.error.fields[0].message_sv).toBeTruthy()
    }
    expect([await count(server, 'report'), await count(server, 'report_photo'), await count(server, 'report_status_change')]).toEqual(before)
  })

  it('limits reports per address', async () => {
    const limited = await startTestServer({ backend, env: { REPORT_RATE_LIMIT: '2' } })
    try {
      const anyone = new ApiSession(limited.url)
      expect((await anyone.post('/api/reports', report())).status).toBe(201)
      expect((await anyone.post('/api/reports', report())).status).toBe(201)
      const third = await anyone.post('/api/reports', report())
      expect(third.status).toBe(429)
      expect(third.headers.get('retry-after')).toBeTruthy()
    } finally {
      await limited.close()
    }
  })

  it('shows published reports near a spot, and takes one "me too" per address', async () => {
    const published = await newReportId(server.db, 'published')
    const waiting = await newReportId(server.db, 'received')
    const near = await resident.get('/api/reports/nearby?lon=14.1076&lat=59.3098')
    const ids = near.body.reports.map((r: { id: number }) => r.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(waiting)
    const mine = near.body.reports.find((r: { id: number }) => r.id === published)
    expect(mine.distance_m % 10).toBe(0)
    expect(mine).not.toHaveProperty('geometry')

    const agreed = await resident.post(`/api/reports/${published}/me-too`, undefined)
    expect(agreed.body, JSON.stringify(agreed.body)).toEqual({ me_too_count: 1 })
    const again = await resident.post(`/api/reports/${published}/me-too`, undefined)
    expect(again.status).toBe(429)
    expect(again.body.error.code).toBe('already_agreed')
    expect((await resident.post(`/api/reports/${waiting}/me-too`, undefined)).status).toBe(404)
  })

  it('measures "nearby" distances to the public grid point, never to the exact one', async () => {
    // A report 5 m inside the corner of its 50 m cell: about 28 m from the cell's centre.
    const [spot] = await server.db.query<{ lon: number; lat: number }>(
      `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (
         SELECT ST_Transform(ST_SetSRID(ST_MakePoint(floor(ST_X(c) / 50) * 50 + 5, floor(ST_Y(c) / 50) * 50 + 5), 3006), 4326) AS p
           FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1175, 59.3121), 4326), 3006) AS c) s) t`,
    )
    const [row] = await server.db.query<{ id: number }>(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom)
       VALUES ('1781', 'signage', 'day', 'weekday', 'Skylten saknas', 'published', true,
               ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006)) RETURNING id`,
      [spot!.lon, spot!.lat],
    )
    const near = await resident.get(`/api/reports/nearby?lon=${spot!.lon.toFixed(9)}&lat=${spot!.lat.toFixed(9)}`)
    expect(near.body.reports.find((r: { id: number }) => r.id === row!.id).distance_m).toBe(30)
    for (const query of ['lon=&lat=', 'lon=0x10&lat=59.3', 'lon=14.1']) {
      expect((await resident.get(`/api/reports/nearby?${query}`)).status, query).toBe(400)
    }
  })

  it('moderation publishes on the coarse grid, keeps the original text out of sight, and audits', async () => {
    const sent = await resident.post('/api/reports', report({ description: 'Anna Andersson på Storgatan 5 lämnar grinden öppen.' }))
    const id = sent.body.id
    const edited = await planner.patch(`/api/reports/${id}`, {
      status: 'published',
      description: 'Grinden vid gångvägen står ofta öppen.',
      answer: 'Vi tittar på grinden.',
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({ status: 'published', text_edited: true })

    const item = await resident.get(`/ogc/collections/reports/items/${id}`)
    expect(item.body.properties).toMatchObject({ status: 'published', description: 'Grinden vid gångvägen står ofta öppen.' })
    expect(JSON.stringify(item.body)).not.toContain('Anna')
    // The public point is the centre of the 50 m cell, not the point sent.
    const [cell] = await server.db.query<{ x: number; y: number }>(
      `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006) AS p) s`,
      item.body.geometry.coordinates,
    )
    expect(Math.abs(((cell!.x % 50) + 50) % 50 - 25)).toBeLessThan(0.5)
    expect(Math.abs(((cell!.y % 50) + 50) % 50 - 25)).toBeLessThan(0.5)

    const originals = await planner.get(`/api/reports/${id}/original-texts`)
    expect(originals.body.originals.map((o: { description: string }) => o.description)).toEqual([
      'Anna Andersson på Storgatan 5 lämnar grinden öppen.',
    ])
    const [audit] = await server.db.query<{ before: object; after: object }>(
      `SELECT before, after FROM audit_entry WHERE object_type = 'report' AND object_id = $1`,
      [String(id)],
    )
    expect(audit).toMatchObject({ before: { status: 'received', description_original: true }, after: { status: 'published', description_edited: true } })
    expect(JSON.stringify(audit)).not.toContain('Anna')

    const receipt = await resident.get(`/api/reports/receipt/${sent.body.token}`)
    expect(receipt.body.history.map((step: { status: string }) => step.status)).toEqual(['received', 'published'])
    expect((await logInAs(server.url, server.db, 'polis').then((police) => police.patch(`/api/reports/${id}`, { status: 'fixed' }))).status).toBe(403)
  })

  it('a closing without a fix needs a reason, which the public sees', async () => {
    const id = await newReportId(server.db)
    const noReason = await planner.patch(`/api/reports/${id}`, { status: 'not_actionable' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.fields[0].field).toBe('status_reason')
    const rejectNoReason = await planner.patch(`/api/reports/${id}`, { status: 'rejected' })
    expect(rejectNoReason.status).toBe(400)

    const closed = await planner.patch(`/api/reports/${id}`, { status: 'not_actionable', status_reason: 'Privat mark.' })
    expect(closed.status).toBe(200)
    const item = await resident.get(`/ogc/collections/reports/items/${id}`)
    expect(item.body.properties).toMatchObject({ status: 'not_actionable', status_reason: 'Privat mark.' })
    const [row] = await server.db.query<{ closed: boolean }>('SELECT closed_at IS NOT NULL AS closed FROM report WHERE id = $1', [id])
    expect(row!.closed).toBe(true)

    const rejected = await newReportId(server.db)
    await planner.patch(`/api/reports/${rejected}`, { status: 'rejected', status_reason: 'Beskriver personer.' })
    expect((await resident.get(`/ogc/collections/reports/items/${rejected}`)).status).toBe(404)
  })

  it('merges a duplicate into its report, with its me-toos, and never into another duplicate', async () => {
    const target = await newReportId(server.db, 'published')
    const duplicate = await newReportId(server.db)
    await server.db.query('UPDATE report SET me_too_count = 2, own_me_too_count = 2 WHERE id = $1', [duplicate])

    const queue = await planner.get('/api/reports?status=received')
    const listed = queue.body.reports.find((r: { id: number }) => r.id === duplicate)
    expect(listed.duplicate_candidates.map((c: { id: number }) => c.id)).toContain(target)

    const noTarget = await planner.patch(`/api/reports/${duplicate}`, { status: 'duplicate' })
    expect(noTarget.body.error.fields[0].field).toBe('duplicate_of')
    const merged = await planner.patch(`/api/reports/${duplicate}`, { status: 'duplicate', duplicate_of: target })
    expect(merged.body).toMatchObject({ status: 'duplicate', duplicate_of: target })
    const [counted] = await server.db.query<{ me_too_count: number }>('SELECT me_too_count FROM report WHERE id = $1', [target])
    expect(counted!.me_too_count).toBe(3)

    const third = await newReportId(server.db)
    const chained = await planner.patch(`/api/reports/${third}`, { status: 'duplicate', duplicate_of: duplicate })
    expect(chained.status).toBe(409)
    expect(chained.body.error.message_sv).toContain(String(target))
    expect((await planner.patch(`/api/reports/${third}`, { status: 'duplicate', duplicate_of: third })).status).toBe(400)
  })

  it('publishes status changes as an Atom feed, for the municipality or a box', async () => {
    const id = await newReportId(server.db)
    await planner.patch(`/api/reports/${id}`, { status: 'published', answer: 'Belysningen <lagas> & kontrolleras.' })
    const feed = await resident.get('/api/reports/feed.atom')
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    expect(feed.body).toContain(`urn:trygghetskartan:report:${id}:change:`)
    expect(feed.body).toContain('Belysningen &lt;lagas&gt; &amp; kontrolleras.')
    expect(feed.body).not.toContain('<lagas>')

    const around = await resident.get('/api/reports/feed.atom?bbox=14.10,59.30,14.12,59.32')
    expect(around.body).toContain(`:report:${id}:`)
    const elsewhere = await resident.get('/api/reports/feed.atom?bbox=14.20,59.20,14.21,59.21')
    expect(elsewhere.body).not.toContain('<entry>')
    const bad = await resident.get('/api/reports/feed.atom?bbox=14.2,59.3,14.1,59.4')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message_sv).toMatch(/min/)
  })

  it('removes free text, photos and original texts after the retention period, and keeps the rest', async () => {
    const sent = await resident.post('/api/reports', report({ photo: await photoWithGps() }))
    const id = sent.body.id
    await planner.patch(`/api/reports/${id}`, { status: 'fixed', description: 'Redigerad text.', answer: 'Buskarna är klippta.' })
    await applyRetention(server.db, 12)
    expect((await planner.get(`/api/reports/${id}/photo`)).status).toBe(200)

    await server.db.query(`UPDATE report SET closed_at = now() - interval '13 months' WHERE id = $1`, [id])
    const removed = await applyRetention(server.db, 12)
    expect(removed.reports).toBeGreaterThanOrEqual(1)
    const [row] = await server.db.query<{ description: string; answer: string; status: string; category: string; has_geom: boolean }>(
      'SELECT description, answer, status, category, geom IS NOT NULL AS has_geom FROM report WHERE id = $1',
      [id],
    )
    expect(row).toEqual({ description: '', answer: 'Buskarna är klippta.', status: 'fixed', category: 'vegetation', has_geom: true })
    expect((await planner.get(`/api/reports/${id}/photo`)).status).toBe(404)
    expect((await planner.get(`/api/reports/${id}/original-texts`)).body.originals).toEqual([])
    expect((await resident.get(`/api/reports/receipt/${sent.body.token}`)).body).toMatchObject({ text_removed: true, has_photo: false })
  })
})
