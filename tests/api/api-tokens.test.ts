/**
 * API tokens (issue 9): an admin creates one for a system, which then calls the API as
 * `Authorization: Bearer <token>` the way curl or a GIS client does, with no cookie and no CSRF
 * token. Read-only tokens cannot write, revoked, expired and unknown tokens get a 401 (never the
 * public's answer), a token never manages tokens or accounts, and its text is in no table and no log.
 */
import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes } from '../../server/routes/api-routes.ts'
import { ApiSession, createStaffAccount, logInAs } from '../support/api-session.ts'
import type { ApiAnswer } from '../support/api-session.ts'
import { validPoint } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const incident = {
  type: 'damage',
  occurred_at: '2026-11-20T22:15:00+01:00',
  organisation: 'bostadsbolag',
  description: 'Krossad ruta, rapporterad av ett system.',
  geometry: validPoint,
}

describe.each(backends)('API tokens on the %s database', (backend) => {
  let server: TestServer
  let admin: ApiSession
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
      env: { LOGIN_RATE_LIMIT: '1000', PUBLIC_WRITE_RATE_LIMIT: '1000', REPORT_RATE_LIMIT: '1000' },
      logger: pino({ level: 'trace' }, logStream),
    })
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  /** A request as a script sends it: only the token, no cookie, no CSRF token. */
  const withToken = (secret: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new ApiSession(server.url).request(method, path, { body, headers: { Authorization: `Bearer ${secret}`, ...headers } })

  const create = async (body: Record<string, unknown>) => {
    const answer = await admin.post('/api/api-tokens', body)
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    return answer.body as { token: { id: number; prefix: string; name: string }; secret: string }
  }

  const refusedWith = (answer: ApiAnswer, status: number, code: string) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(answer.body.error.code).toBe(code)
    expect(answer.body.error.message).toBeTruthy()
    expect(answer.body.error.message_sv).toBeTruthy()
  }

  const auditOf = (id: number) =>
    server.db.query<{ action: string; actor: string; object_label: string; before: object | null; after: object | null; everything: string }>(
      `SELECT action, actor, object_label, before, after, to_jsonb(a)::text AS everything
         FROM audit_entry a WHERE object_type = 'api_token' AND object_id = $1 ORDER BY id`,
      [String(id)],
    )

  it('lets an admin create a token, shown once, stored only as its SHA-256', async () => {
    const answer = await admin.post('/api/api-tokens', { name: 'QGIS på planeringen', role: 'kommun', scope: 'read', expires_on: null })
    expect(answer.status).toBe(201)
    const { token, secret } = answer.body
    expect(secret).toMatch(/^tgk_[A-Za-z0-9_-]{43}$/)
    expect(token).toMatchObject({ name: 'QGIS på planeringen', role: 'kommun', scope: 'read', status: 'active', expires_at: null, revoked_at: null, last_used_at: null })
    expect(token.prefix).toBe(secret.slice(0, 10))
    expect(token.created_by).toMatch(/^admin\./)
    expect(JSON.stringify(token)).not.toContain(secret.slice(10))

    const [row] = await server.db.query<{ token_hash: string; everything: string }>('SELECT token_hash, to_jsonb(t)::text AS everything FROM api_token t WHERE id = $1', [token.id])
    expect(row!.token_hash).toBe(createHash('sha256').update(secret).digest('hex'))
    expect(row!.everything).not.toContain(secret.slice(10))

    // The list shows it, but neither the token nor its hash, and never the secret again.
    const list = await admin.get('/api/api-tokens')
    expect(list.status).toBe(200)
    const listed = list.body.tokens.find((candidate: { id: number }) => candidate.id === token.id)
    expect(listed).toEqual(token)
    expect(JSON.stringify(list.body)).not.toContain(row!.token_hash)
    expect(JSON.stringify(list.body)).not.toContain(secret.slice(10))

    const [entry] = await auditOf(token.id)
    expect(entry).toMatchObject({ action: 'create', actor: expect.stringMatching(/^admin\./), object_label: `API-nyckel: QGIS på planeringen (${token.prefix}…)` })
    expect(entry!.after).toEqual({ name: 'QGIS på planeringen', role: 'kommun', scope: 'read', prefix: token.prefix, expires_at: null, status: 'active' })
    expect(entry!.everything).not.toContain(secret.slice(10))
    expect(entry!.everything).not.toContain(row!.token_hash)
  })

  it('makes no token for the admin role: administration is done by a person who logs in', async () => {
    const answer = await admin.post('/api/api-tokens', { name: 'Adminskript', role: 'admin', scope: 'read' })
    refusedWith(answer, 400, 'invalid_input')
    expect(answer.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['role'])
    const [row] = await server.db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM api_token WHERE name = 'Adminskript'`)
    expect(row!.count).toBe(0)
  })

  it('stops a token whose creator is disabled, says so, and shows it in the list', async () => {
    const creator = await createStaffAccount(server.db, 'admin')
    const creatorSession = new ApiSession(server.url)
    expect((await creatorSession.logIn(creator.email, creator.password)).status).toBe(200)
    const made = await creatorSession.post('/api/api-tokens', { name: 'Avstängds skript', role: 'kommun', scope: 'read' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const { token, secret } = made.body as { token: { id: number }; secret: string }
    expect((await withToken(secret, 'GET', '/api/reports')).status).toBe(200)

    expect((await admin.patch(`/api/users/${creator.id}`, { disabled: true })).status).toBe(200)
    for (const path of ['/api/reports', '/ogc/collections']) {
      const refused = await withToken(secret, 'GET', path)
      refusedWith(refused, 401, 'token_creator_disabled')
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/)
    }
    const listed = (await admin.get('/api/api-tokens')).body.tokens.find((t: { id: number }) => t.id === token.id)
    expect(listed.status).toBe('creator_disabled')

    // The token answers to its creator's account: enabled again, it works again.
    expect((await admin.patch(`/api/users/${creator.id}`, { disabled: false })).status).toBe(200)
    expect((await withToken(secret, 'GET', '/api/reports')).status).toBe(200)
  })

  it('refuses personal data to every token, whatever its role and scope, where the route says so', async () => {
    const refusing = apiRoutes.filter((route) => route.refusesTokens).map((route) => `${route.method.toUpperCase()} ${route.path}`)
    expect(refusing.sort()).toEqual(
      [
        'GET /audit',
        'POST /watch-areas/:id/contacts',
        'PATCH /contacts/:id',
        'DELETE /contacts/:id',
        'GET /reports/:id/original-texts',
        'GET /surveys/:id/free-texts',
        'GET /users',
        'POST /users',
        'PATCH /users/:id',
        'GET /api-tokens',
        'POST /api-tokens',
        'POST /api-tokens/:id/revoke',
        ...apiRoutes.filter((route) => route.path.startsWith('/auth')).map((route) => `${route.method.toUpperCase()} ${route.path}`),
      ].sort(),
    )
    const police = await create({ name: 'Polisens GIS', role: 'polis', scope: 'read_write' })
    const municipality = await create({ name: 'Kommunens GIS', role: 'kommun', scope: 'read_write' })
    const attempts: Array<[string, string, string, unknown?]> = [
      [municipality.secret, 'GET', '/api/reports/1/original-texts'],
      [municipality.secret, 'GET', '/api/surveys/1/free-texts'],
      [police.secret, 'GET', '/api/surveys/1/free-texts'],
      [police.secret, 'POST', '/api/watch-areas/1/contacts', { name: 'Anna', phone: '070-123 45 67', is_main: false }],
      [police.secret, 'PATCH', '/api/contacts/1', { phone: '070-000 00 00' }],
      [police.secret, 'DELETE', '/api/contacts/1', {}],
      [police.secret, 'GET', '/api/audit'],
      [police.secret, 'GET', '/api/watch-areas/export?format=csv&personal=true'],
    ]
    for (const [secret, method, path, body] of attempts) refusedWith(await withToken(secret, method, path, body), 403, 'token_not_allowed')
  })

  it('gives a police token a grannsamverkan area without its contact persons', async () => {
    const police = await logInAs(server.url, server.db, 'polis')
    const [area] = await server.db.query<{ id: number }>('SELECT id FROM watch_area ORDER BY id LIMIT 1')
    const added = await police.post(`/api/watch-areas/${area!.id}/contacts`, { name: 'Kontakt Person', phone: '070-111 22 33', email: 'kontakt@example.se', is_main: false })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const withSession = await police.get(`/api/watch-areas/${area!.id}`)
    expect(withSession.body.contacts.length).toBeGreaterThan(0)

    const { secret } = await create({ name: 'Polisens karta', role: 'polis', scope: 'read' })
    const withKey = await withToken(secret, 'GET', `/api/watch-areas/${area!.id}`)
    expect(withKey.status).toBe(200)
    expect(withKey.body.notes).toBeDefined()
    expect(withKey.body).not.toHaveProperty('contacts')
    expect(JSON.stringify(withKey.body)).not.toContain('070-111 22 33')
  })

  it('refuses the token screen to the police and the municipality', async () => {
    for (const role of ['kommun', 'polis'] as const) {
      const session = await logInAs(server.url, server.db, role)
      refusedWith(await session.post('/api/api-tokens', { name: 'Mitt skript', role, scope: 'read_write' }), 403, 'forbidden')
      refusedWith(await session.get('/api/api-tokens'), 403, 'forbidden')
    }
    refusedWith(await new ApiSession(server.url).get('/api/api-tokens'), 401, 'not_logged_in')
  })

  it('lets a script read staff data and write with its token alone, named by the token in the audit log', async () => {
    const { token, secret } = await create({ name: 'Händelseimport', role: 'kommun', scope: 'read_write' })
    // Without the token the same request is the public's.
    refusedWith(await new ApiSession(server.url).get('/api/reports'), 401, 'not_logged_in')
    const reports = await withToken(secret, 'GET', '/api/reports')
    expect(reports.status, JSON.stringify(reports.body)).toBe(200)

    const written = await withToken(secret, 'POST', '/api/incidents', incident)
    expect(written.status, JSON.stringify(written.body)).toBe(201)
    const [entry] = await server.db.query<{ actor: string; actor_user_id: number }>(
      `SELECT actor, actor_user_id FROM audit_entry WHERE object_type = 'staff_incident' AND object_id = $1`,
      [String(written.body.id)],
    )
    const [creator] = await server.db.query<{ created_by: number }>('SELECT created_by FROM api_token WHERE id = $1', [token.id])
    expect(entry).toEqual({ actor: `API-nyckel: Händelseimport (${token.prefix}…)`, actor_user_id: creator!.created_by })

    // Its role still decides: the municipality draws no grannsamverkan areas.
    refusedWith(await withToken(secret, 'POST', '/api/meetings', { kind: 'yearly', held_on: '2026-10-01', area_ids: [1], held_by: 'polis' }), 403, 'forbidden')
    // Another site still cannot post through a browser that happens to hold it.
    refusedWith(await withToken(secret, 'POST', '/api/incidents', incident, { Origin: 'https://evil.example' }), 403, 'csrf_failed')
  })

  it('refuses every write to a read-only token, a public write too, and saves nothing', async () => {
    const { secret } = await create({ name: 'Läsare', role: 'kommun', scope: 'read' })
    const [before] = await server.db.query<{ incidents: number; reports: number }>(
      'SELECT (SELECT count(*)::integer FROM staff_incident) AS incidents, (SELECT count(*)::integer FROM report) AS reports',
    )
    refusedWith(await withToken(secret, 'POST', '/api/incidents', incident), 403, 'token_read_only')
    const report = { category: 'lighting', time_of_day: 'evening', week_part: 'weekend', description: 'Mörkt här.', geometry: validPoint }
    refusedWith(await withToken(secret, 'POST', '/api/reports', report), 403, 'token_read_only')
    refusedWith(await withToken(secret, 'PATCH', '/api/reports/999999', { status: 'rejected' }), 403, 'token_read_only')
    const [after] = await server.db.query<{ incidents: number; reports: number }>(
      'SELECT (SELECT count(*)::integer FROM staff_incident) AS incidents, (SELECT count(*)::integer FROM report) AS reports',
    )
    expect(after).toEqual(before)
    expect((await withToken(secret, 'GET', '/api/reports')).status).toBe(200)
  })

  it('never lets a token manage tokens, accounts or logins, whatever its role and scope', async () => {
    const { token, secret } = await create({ name: 'Allt-i-allo', role: 'polis', scope: 'read_write' })
    const someone = await createStaffAccount(server.db, 'kommun')
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', '/api/api-tokens'],
      ['POST', '/api/api-tokens', { name: 'Ny nyckel', role: 'admin', scope: 'read_write' }],
      ['POST', `/api/api-tokens/${token.id}/revoke`, {}],
      ['GET', '/api/users'],
      ['POST', '/api/users', { email: 'ny.via.nyckel@kristinehamn.example', role: 'admin', password: 'ett nytt långt lösenord' }],
      ['PATCH', `/api/users/${someone.id}`, { role: 'admin' }],
      ['POST', '/api/auth/password', { current_password: 'x', new_password: 'ett nytt långt lösenord' }],
      ['POST', '/api/auth/logout', {}],
      ['GET', '/api/auth/session'],
    ]
    for (const [method, path, body] of attempts) refusedWith(await withToken(secret, method, path, body), 403, 'token_not_allowed')
    const [counts] = await server.db.query<{ tokens: number; role: string }>(
      `SELECT (SELECT count(*)::integer FROM api_token WHERE name = 'Ny nyckel') AS tokens, (SELECT role FROM app_user WHERE id = $1) AS role`,
      [someone.id],
    )
    expect(counts).toEqual({ tokens: 0, role: 'kommun' })
    expect((await admin.get('/api/api-tokens')).body.tokens.find((t: { id: number }) => t.id === token.id).status).toBe('active')
  })

  it('refuses a revoked token at once, and revoking it again changes nothing', async () => {
    const { token, secret } = await create({ name: 'Gammalt skript', role: 'polis', scope: 'read' })
    expect((await withToken(secret, 'GET', '/api/watch-areas')).status).toBe(200)
    const revoked = await admin.post(`/api/api-tokens/${token.id}/revoke`, {})
    expect(revoked.status).toBe(200)
    expect(revoked.body).toMatchObject({ id: token.id, status: 'revoked', revoked_by: expect.stringMatching(/^admin\./) })
    expect(revoked.body.revoked_at).toBeTruthy()

    const refused = await withToken(secret, 'GET', '/api/watch-areas')
    refusedWith(refused, 401, 'token_revoked')
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/)
    // A revoked token is not quietly the public either: the public's reads are refused too.
    refusedWith(await withToken(secret, 'GET', '/api/external-figures'), 401, 'token_revoked')

    const again = await admin.post(`/api/api-tokens/${token.id}/revoke`, {})
    expect(again.status).toBe(200)
    expect(again.body).toEqual(revoked.body)
    const entries = await auditOf(token.id)
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update'])
    expect(entries[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'revoked' } })

    refusedWith(await admin.post('/api/api-tokens/999999/revoke', {}), 404, 'api_token_not_found')
  })

  it('refuses an expired token and an unknown or malformed one with a 401', async () => {
    const { token, secret } = await create({ name: 'Kortlivad', role: 'kommun', scope: 'read' })
    await server.db.query(
      `UPDATE api_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [token.id],
    )
    refusedWith(await withToken(secret, 'GET', '/api/reports'), 401, 'token_expired')
    expect((await admin.get('/api/api-tokens')).body.tokens.find((t: { id: number }) => t.id === token.id).status).toBe('expired')

    const unknown = `tgk_${'A'.repeat(43)}`
    for (const wrong of [unknown, secret.slice(0, -1), 'not-a-token', `${secret}x`]) {
      refusedWith(await withToken(wrong, 'GET', '/api/reports'), 401, 'token_unknown')
    }
    refusedWith(await new ApiSession(server.url).get('/api/reports', { headers: { Authorization: 'Bearer' } }), 401, 'token_unknown')
    // A reverse proxy's own Basic login is not ours: the request is the public's.
    refusedWith(await new ApiSession(server.url).get('/api/reports', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'not_logged_in')
  })

  it('gives the last day in Swedish time, and refuses a day already past', async () => {
    const year = new Date().getUTCFullYear() + 1
    const { token } = await create({ name: 'Till sommaren', role: 'kommun', scope: 'read', expires_on: `${year}-06-30` })
    const [row] = await server.db.query<{ expires: string }>(
      `SELECT to_char(expires_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') AS expires FROM api_token WHERE id = $1`,
      [token.id],
    )
    expect(row!.expires).toBe(`${year}-07-01 00:00`)
    const past = await admin.post('/api/api-tokens', { name: 'Bakåt', role: 'kommun', scope: 'read', expires_on: '2020-01-01' })
    refusedWith(past, 400, 'invalid_input')
    expect(past.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['expires_on'])
  })

  it('refuses a request with both a session cookie and a token', async () => {
    const { secret } = await create({ name: 'Dubbel', role: 'kommun', scope: 'read' })
    refusedWith(await admin.get('/api/audit', { headers: { Authorization: `Bearer ${secret}` } }), 400, 'two_credentials')
  })

  it('notes when a token was last used, at most once a minute', async () => {
    const { token, secret } = await create({ name: 'Räknare', role: 'kommun', scope: 'read' })
    const lastUsed = async () =>
      (await server.db.query<{ at: string | null }>(`SELECT to_json(last_used_at)#>>'{}' AS at FROM api_token WHERE id = $1`, [token.id]))[0]!.at
    expect(await lastUsed()).toBeNull()
    await withToken(secret, 'GET', '/api/reports')
    const first = await lastUsed()
    expect(first).not.toBeNull()
    await withToken(secret, 'GET', '/api/reports')
    expect(await lastUsed()).toBe(first)
    await server.db.query(`UPDATE api_token SET last_used_at = last_used_at - interval '2 minutes' WHERE id = $1`, [token.id])
    const moved = await lastUsed()
    await withToken(secret, 'GET', '/api/reports')
    const touched = await lastUsed()
    expect(touched).not.toBe(moved)
    expect(Date.parse(touched!)).toBeGreaterThan(Date.parse(moved!))
    expect((await admin.get('/api/api-tokens')).body.tokens.find((t: { id: number }) => t.id === token.id).last_used_at).toBe(touched)
  })

  it('works for the OGC API too, and a revoked token is refused there', async () => {
    const { token, secret } = await create({ name: 'QGIS', role: 'kommun', scope: 'read' })
    expect((await withToken(secret, 'GET', '/ogc/collections')).status).toBe(200)
    await admin.post(`/api/api-tokens/${token.id}/revoke`, {})
    const refused = await withToken(secret, 'GET', '/ogc/collections')
    expect(refused.status).toBe(401)
    // The same challenge as /api gives, so a client knows to ask for a new token.
    expect(refused.headers.get('www-authenticate')).toBe((await withToken(secret, 'GET', '/api/reports')).headers.get('www-authenticate'))
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/)
    // Without credentials a staff collection gets the bare challenge: there is no token to call invalid.
    const anonymous = await new ApiSession(server.url).get('/ogc/collections/staff-reports')
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="Trygghetskartan"')
  })

  it('never writes a token into the log', async () => {
    const { secret } = await create({ name: 'Loggkoll', role: 'kommun', scope: 'read_write' })
    await withToken(secret, 'GET', '/api/reports')
    await withToken(secret, 'POST', '/api/incidents', incident)
    expect(logLines.length).toBeGreaterThan(0)
    expect(logLines.join('\n')).not.toContain(secret.slice(4))
  })
})
