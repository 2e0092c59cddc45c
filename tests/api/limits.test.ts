import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiSession, createStaffAccount, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('request limits on the %s database', (backend) => {
  let server: TestServer
  const forgetCounts = () => server.db.query('DELETE FROM rate_limit_counter')

  beforeAll(async () => {
    server = await startTestServer({
      backend,
      env: {
        LOGIN_RATE_LIMIT: '3',
        LOGIN_ACCOUNT_RATE_LIMIT: '5',
        LOGIN_ADDRESS_RATE_LIMIT: '7',
        PUBLIC_WRITE_RATE_LIMIT: '5',
        BODY_LIMIT_KB: '2',
      },
    })
  })
  afterAll(() => server.close())

  it('stops password guessing after the login limit, with 429 and Retry-After', async () => {
    const account = await createStaffAccount(server.db, 'polis')
    const guesser = new ApiSession(server.url)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await guesser.logIn(account.email, `gissning nummer ${attempt}`)).status).toBe(401)
    }
    // Even the right password waits now: the limit counts attempts, not failures.
    const blocked = await guesser.logIn(account.email, account.password)
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_requests')
    expect(blocked.body.error.message_sv).toMatch(/Vänta \d+ min/)
    const retryAfter = Number(blocked.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
  })

  it('limits guesses at one account from many addresses, and at many accounts from one address', async () => {
    await forgetCounts()
    const account = await createStaffAccount(server.db, 'polis')
    // Five guesses, each from its own address as far as the per-address-and-account count goes.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await server.db.query(`DELETE FROM rate_limit_counter WHERE bucket LIKE 'login:%'`)
      expect((await new ApiSession(server.url).logIn(account.email, 'fel lösenord igen')).status).toBe(401)
    }
    await server.db.query(`DELETE FROM rate_limit_counter WHERE bucket LIKE 'login:%'`)
    expect((await new ApiSession(server.url).logIn(account.email, account.password)).status).toBe(429)

    await forgetCounts()
    for (let attempt = 0; attempt < 7; attempt += 1) {
      expect((await new ApiSession(server.url).logIn(`konto${attempt}@kristinehamn.example`, 'gissning')).status).toBe(401)
    }
    expect((await new ApiSession(server.url).logIn('konto8@kristinehamn.example', 'gissning')).status).toBe(429)
  })

  it('does not count logins against the public-write limit, which counts other public writes', async () => {
    await forgetCounts()
    const colleagues = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createStaffAccount(server.db, 'kommun')))
    for (const colleague of colleagues) {
      expect((await new ApiSession(server.url).logIn(colleague.email, colleague.password)).status).toBe(200)
    }
    for (let write = 0; write < 5; write += 1) expect((await new ApiSession(server.url).post('/api/auth/logout', {})).status).toBe(204)
    const blocked = await new ApiSession(server.url).post('/api/auth/logout', {})
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('Retry-After'))).toBeLessThanOrEqual(60 * 60)
    const [counted] = await server.db.query<{ hits: number }>(`SELECT hits FROM rate_limit_counter WHERE bucket LIKE 'public-write:%'`)
    expect(counted?.hits).toBe(6)
  })

  it('does not limit staff writes with the public limit', async () => {
    await forgetCounts()
    const admin = await logInAs(server.url, server.db, 'admin')
    for (let write = 0; write < 6; write += 1) {
      expect((await admin.patch('/api/watch-areas/1', { households: 10 + write })).status).toBe(200)
    }
  })

  it('refuses a body over the size limit with 413 and a message', async () => {
    await forgetCounts()
    const admin = await logInAs(server.url, server.db, 'admin')
    const answer = await admin.patch('/api/watch-areas/1', { notes: 'x'.repeat(3000) })
    expect(answer.status).toBe(413)
    expect(answer.body.error).toMatchObject({ code: 'body_too_large', message_sv: 'Innehållet är för stort.' })
  })

  it('reads no body for a caller without the right: 401 before 400 or 413', async () => {
    const stranger = new ApiSession(server.url)
    expect((await stranger.request('POST', '/api/users', { rawBody: '{not json' })).status).toBe(401)
    expect((await stranger.post('/api/users', { notes: 'x'.repeat(3000) })).status).toBe(401)
  })
})
