/**
 * Behind a reverse proxy (TRUST_PROXY = the number of proxies): rate limits count the real
 * client, whose address the proxy appended to X-Forwarded-For, and the session cookie is Secure
 * when the proxy says the request came over HTTPS. Without the setting, those headers are
 * ignored, so a client cannot escape a limit by writing them itself.
 */
import { describe, expect, it } from 'vitest'
import { ApiSession, createStaffAccount } from '../support/api-session.ts'
import { routeExamples } from '../support/route-examples.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

async function sendReport(server: TestServer, forwardedFor: string): Promise<number> {
  const { path, body } = await routeExamples['POST /api/reports']!({ db: server.db })
  const session = new ApiSession(server.url)
  return (await session.post(path, body, { headers: { 'X-Forwarded-For': forwardedFor } })).status
}

describe('behind a reverse proxy', () => {
  it('with TRUST_PROXY=1, limits each client by the address the proxy saw, not by what the client wrote', async () => {
    const server = await startTestServer({ env: { TRUST_PROXY: '1', REPORT_RATE_LIMIT: '2' } })
    try {
      // The first entry is the client's own claim; the proxy appended the last.
      const first = ['198.51.100.1, 203.0.113.10', '198.51.100.2, 203.0.113.10', '198.51.100.3, 203.0.113.10']
      const statuses = []
      for (const forwardedFor of first) statuses.push(await sendReport(server, forwardedFor))
      expect(statuses).toEqual([201, 201, 429])
      // Another client behind the same proxy has its own count.
      expect(await sendReport(server, '203.0.113.11')).toBe(201)
    } finally {
      await server.close()
    }
  })

  it('without TRUST_PROXY, ignores X-Forwarded-For: every request counts for the connection’s address', async () => {
    const server = await startTestServer({ env: { REPORT_RATE_LIMIT: '2' } })
    try {
      const statuses = []
      for (const forwardedFor of ['203.0.113.21', '203.0.113.22', '203.0.113.23']) statuses.push(await sendReport(server, forwardedFor))
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      await server.close()
    }
  })

  it('marks the session cookie Secure when the trusted proxy says the request came over HTTPS, and only then', async () => {
    const trusting = await startTestServer({ env: { TRUST_PROXY: '1' } })
    const untrusting = await startTestServer()
    try {
      for (const [server, secure] of [[trusting, true], [untrusting, false]] as const) {
        const account = await createStaffAccount(server.db, 'kommun')
        const session = new ApiSession(server.url)
        const answer = await session.post('/api/auth/login', { email: account.email, password: account.password }, { headers: { 'X-Forwarded-Proto': 'https' } })
        expect(answer.status).toBe(200)
        const cookie = answer.headers.getSetCookie()[0]
        if (secure) expect(cookie).toMatch(/; Secure/)
        else expect(cookie).not.toMatch(/Secure/)
      }
    } finally {
      await Promise.all([trusting.close(), untrusting.close()])
    }
  })
})
