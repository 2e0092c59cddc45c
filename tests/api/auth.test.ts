import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { readConfig } from '../../server/config.ts'
import { readDatabaseInfo } from '../../server/db/database-info.ts'
import { createLogger } from '../../server/logger.ts'
import { listen } from '../../server/start-server.ts'
import { ApiSession, createStaffAccount, TEST_PASSWORD } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('logging in and sessions on the %s database', (backend) => {
  let server: TestServer
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
      env: { LOGIN_RATE_LIMIT: '1000', PUBLIC_WRITE_RATE_LIMIT: '1000' },
      logger: pino({ level: 'trace' }, logStream),
    })
  })
  afterAll(() => server.close())

  const loggedIn = async (role: 'polis' | 'kommun' | 'admin' = 'polis') => {
    const account = await createStaffAccount(server.db, role)
    const session = new ApiSession(server.url)
    expect((await session.logIn(account.email, account.password)).status).toBe(200)
    return { account, session }
  }

  it('sets an httpOnly, SameSite cookie holding a token the database only keeps hashed', async () => {
    const account = await createStaffAccount(server.db, 'polis')
    const answer = await new ApiSession(server.url).logIn(account.email.toUpperCase(), account.password)
    expect(answer.status).toBe(200)
    expect(answer.body.user).toMatchObject({ email: account.email, role: 'polis' })
    const cookie = answer.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/^trygg_session=[\w-]{40,};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)
    expect(cookie).not.toMatch(/Secure/)
    const token = cookie.split(';')[0]!.split('=')[1]!
    const stored = await server.db.query<{ id: string }>('SELECT id FROM user_session')
    expect(stored.map((row) => row.id)).not.toContain(token)
  })

  it('answers a wrong password, an unknown address and a disabled account alike', async () => {
    const { account } = await loggedIn()
    await server.db.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [account.id])
    const enabled = await createStaffAccount(server.db, 'kommun')
    const answers = await Promise.all([
      new ApiSession(server.url).logIn(enabled.email, 'fel lösenord helt och hållet'),
      new ApiSession(server.url).logIn('ingen.alls@kristinehamn.example', TEST_PASSWORD),
      new ApiSession(server.url).logIn(account.email, TEST_PASSWORD),
    ])
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(answer.body.error).toMatchObject({ code: 'wrong_credentials', message_sv: 'Fel e-postadress eller lösenord.' })
    }
  })

  it('never writes a password or its hash to the log or to an answer', async () => {
    const { session } = await loggedIn('admin')
    const created = await session.post('/api/users', { email: 'loggtest@kristinehamn.example', role: 'kommun', municipality_code: '1781', password: 'hemligt-lösen-123' })
    expect(created.status).toBe(201)
    await new ApiSession(server.url).logIn('loggtest@kristinehamn.example', 'hemligt-lösen-fel')
    const users = await session.get('/api/users')
    // Nor the session's token or its CSRF token: request logs leave headers out.
    expect(logLines.join('\n')).not.toContain(session.cookie!.split('=')[1]!)
    expect(logLines.join('\n')).not.toContain(session.csrfToken!)
    expect(logLines.some((line) => line.includes('"url":"/api/users"'))).toBe(true)
    const everything = [...logLines, JSON.stringify(created.body), JSON.stringify(users.body)].join('\n')
    expect(logLines.length).toBeGreaterThan(0)
    expect(everything).not.toContain('hemligt-lösen')
    expect(everything).not.toContain(TEST_PASSWORD)
    expect(everything).not.toContain('scrypt$')
  })

  it('treats a cookie it cannot read like no cookie', async () => {
    const answer = await new ApiSession(server.url, 'trygg_session=%E0%A4%A').get('/api/auth/session')
    expect(answer.status).toBe(200)
    expect(answer.body.user).toBeNull()
  })

  it('logging out ends the session: the cookie no longer works', async () => {
    const { session } = await loggedIn()
    const loggedOut = await session.post('/api/auth/logout', {})
    expect(loggedOut.status).toBe(204)
    expect(loggedOut.headers.getSetCookie()[0]).toMatch(/^trygg_session=; .*Expires=Thu, 01 Jan 1970/)
    expect((await session.get('/api/auth/session')).body.user).toBeNull()
    expect((await session.patch('/api/watch-areas/1', { households: 3 })).status).toBe(401)
    // Logging out again, with the dead cookie, still answers 204 and clears it.
    expect((await session.post('/api/auth/logout', {})).status).toBe(204)
  })

  it('logging out everywhere ends the sessions on other devices too', async () => {
    const { account, session: phone } = await loggedIn()
    const desk = new ApiSession(server.url)
    await desk.logIn(account.email, account.password)
    const other = await loggedIn()
    expect((await phone.post('/api/auth/logout', { everywhere: true })).status).toBe(204)
    expect((await desk.get('/api/auth/session')).body.user).toBeNull()
    expect((await other.session.get('/api/auth/session')).body.user.email).toBe(other.account.email)
  })

  it('ends a session after its idle time and after its maximum age', async () => {
    const idle = await loggedIn()
    const old = await loggedIn()
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '121 minutes' WHERE user_id = $1`, [idle.account.id])
    await server.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [old.account.id])
    expect((await idle.session.get('/api/auth/session')).body.user).toBeNull()
    expect((await old.session.get('/api/auth/session')).body.user).toBeNull()
    // The next login sweeps both away.
    await loggedIn()
    const left = await server.db.query('SELECT 1 FROM user_session WHERE user_id IN ($1, $2)', [idle.account.id, old.account.id])
    expect(left).toHaveLength(0)
  })

  it('keeps a session alive while it is used, without writing on every request', async () => {
    const { account, session } = await loggedIn()
    const seen = async () => (await server.db.query<{ at: Date }>('SELECT last_seen_at AS at FROM user_session WHERE user_id = $1', [account.id]))[0]!.at.getTime()
    const first = await seen()
    await session.get('/api/auth/session')
    expect(await seen()).toBe(first)
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '90 minutes' WHERE user_id = $1`, [account.id])
    expect((await session.get('/api/auth/session')).body.user).not.toBeNull()
    expect(await seen()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('disabling an account or changing its role ends its sessions at once', async () => {
    const { session: admin } = await loggedIn('admin')
    const disabled = await loggedIn('polis')
    const demoted = await loggedIn('polis')
    expect((await admin.patch(`/api/users/${disabled.account.id}`, { disabled: true })).status).toBe(200)
    expect((await admin.patch(`/api/users/${demoted.account.id}`, { role: 'kommun', municipality_code: '1781' })).status).toBe(200)
    expect((await disabled.session.get('/api/auth/session')).body.user).toBeNull()
    expect((await demoted.session.get('/api/auth/session')).body.user).toBeNull()
    expect((await demoted.session.logIn(demoted.account.email, TEST_PASSWORD)).body.user.role).toBe('kommun')
  })

  it('changing one’s own password keeps this session and ends the others', async () => {
    const { account, session } = await loggedIn()
    const other = new ApiSession(server.url)
    await other.logIn(account.email, account.password)
    const wrong = await session.post('/api/auth/password', { current_password: 'fel fel fel fel', new_password: 'ett helt nytt lösenord' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.fields[0].field).toBe('current_password')
    const changed = await session.post('/api/auth/password', { current_password: TEST_PASSWORD, new_password: 'ett helt nytt lösenord' })
    expect(changed.status).toBe(204)
    expect((await session.get('/api/auth/session')).body.user).not.toBeNull()
    expect((await other.get('/api/auth/session')).body.user).toBeNull()
    expect((await new ApiSession(server.url).logIn(account.email, 'ett helt nytt lösenord')).status).toBe(200)
  })

  it('serves one user from two server processes on the same database', async () => {
    const second = createApp({
      config: readConfig({}),
      db: server.db,
      dbInfo: await readDatabaseInfo(server.db),
      logger: createLogger('silent'),
    })
    const { server: httpServer, url } = await listen(second, 0, '127.0.0.1')
    try {
      const { session } = await loggedIn()
      const onSecond = new ApiSession(url, session.cookie, session.csrfToken)
      expect((await onSecond.get('/api/auth/session')).body.user.role).toBe('polis')
      expect((await onSecond.post('/api/auth/logout', {})).status).toBe(204)
      expect((await session.get('/api/auth/session')).body.user).toBeNull()
    } finally {
      httpServer.close()
      httpServer.closeAllConnections()
    }
  })
})

describe('cookies behind HTTPS', () => {
  it('marks the session cookie Secure when the public address is https', async () => {
    const server = await startTestServer({ env: { PUBLIC_URL: 'https://trygghet.example.se' } })
    try {
      const account = await createStaffAccount(server.db, 'kommun')
      const answer = await new ApiSession(server.url).logIn(account.email, account.password)
      expect(answer.headers.getSetCookie()[0]).toMatch(/; Secure/)
    } finally {
      await server.close()
    }
  })
})
