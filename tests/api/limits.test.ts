import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiSession, createStaffAccount, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('request limits on the %s database', (backend) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({
      backend,
      env: { LOGIN_RATE_LIMIT: '3', PUBLIC_WRITE_RATE_LIMIT: '5', BODY_LIMIT_KB: '2' },
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

  it('limits every public write per address, and counts in the database', async () => {
    // The login test above used up 4 of this address's 5 public writes in this window.
    const counted = await server.db.query<{ hits: number }>(
      `SELECT hits FROM rate_limit_counter WHERE bucket LIKE 'public-write:%'`,
    )
    expect(counted[0]?.hits).toBe(4)
    // Forget the login count, so only the public-write limit is left to stop the next requests.
    await server.db.query(`DELETE FROM rate_limit_counter WHERE bucket LIKE 'login:%'`)
    const answer = await new ApiSession(server.url).post('/api/auth/login', { email: 'a@b.se', password: 'x' })
    expect(answer.status).toBe(401)
    const blocked = await new ApiSession(server.url).post('/api/auth/login', { email: 'a@b.se', password: 'x' })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('Retry-After'))).toBeLessThanOrEqual(60 * 60)
  })

  it('does not limit staff writes with the public limit', async () => {
    await server.db.query('DELETE FROM rate_limit_counter')
    const admin = await logInAs(server.url, server.db, 'admin')
    for (let write = 0; write < 6; write += 1) {
      expect((await admin.patch('/api/watch-areas/1', { households: 10 + write })).status).toBe(200)
    }
  })

  it('refuses a body over the size limit with 413 and a message', async () => {
    await server.db.query('DELETE FROM rate_limit_counter')
    const admin = await logInAs(server.url, server.db, 'admin')
    const answer = await admin.patch('/api/watch-areas/1', { notes: 'x'.repeat(3000) })
    expect(answer.status).toBe(413)
    expect(answer.body.error).toMatchObject({ code: 'body_too_large', message_sv: 'Innehållet är för stort.' })
  })
})
