/**
 * Monitoring: Prometheus metrics (requests by route pattern, database time, connection use, job
 * runs), who may read them, the request id in error answers, and the admin's background jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logInAs } from '../support/api-session.ts'
import type { ApiSession } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const METRICS_TOKEN = 'a-token-for-the-scraper-42'

/** The value of one sample line, e.g. `http_requests_total{method="GET",…}`, or undefined. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  const line = metrics
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) && wanted.every((label) => candidate.includes(label)))
  return line === undefined ? undefined : Number(line.split(' ').at(-1))
}

describe.each(backends)('monitoring on the %s database', (backend) => {
  let server: TestServer
  let admin: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  const readMetrics = async () => {
    const response = await fetch(`${server.url}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain')
    return response.text()
  }

  it('counts requests by route pattern and status, never by raw URL', async () => {
    await fetch(`${server.url}/ogc/collections/watch-areas/items?limit=2`)
    const missing = await fetch(`${server.url}/ogc/collections/reports/items/987654321`)
    expect(missing.status).toBe(404)
    await fetch(`${server.url}/api/no-such-thing`)
    const metrics = await readMetrics()
    expect(sample(metrics, 'http_requests_total', { method: 'GET', route: '/ogc/collections/:collectionId/items', status: '200' })).toBeGreaterThanOrEqual(1)
    // A handler that answered with an error still counts under its pattern.
    expect(sample(metrics, 'http_requests_total', { route: '/ogc/collections/:collectionId/items/:featureId', status: '404' })).toBe(1)
    expect(sample(metrics, 'http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1)
    expect(metrics).not.toContain('987654321')
    expect(sample(metrics, 'http_request_duration_seconds_count', { route: '/ogc/collections/:collectionId/items' })).toBeGreaterThanOrEqual(1)
  })

  it('times database queries and transactions and shows connection use', async () => {
    const metrics = await readMetrics()
    expect(sample(metrics, 'db_operation_duration_seconds_count', { operation: 'query' })).toBeGreaterThan(0)
    // Logging in wrote its session in a transaction.
    expect(sample(metrics, 'db_operation_duration_seconds_count', { operation: 'transaction' })).toBeGreaterThan(0)
    expect(sample(metrics, 'db_connections', { state: 'open' })).toBeGreaterThanOrEqual(1)
    expect(sample(metrics, 'db_connections', { state: 'waiting' })).toBe(0)
    expect(metrics).toContain('process_resident_memory_bytes')
  })

  it('shows the admin each background job, runs one on request, and counts the run', async () => {
    const before = await admin.get('/api/jobs')
    expect(before.status).toBe(200)
    expect(before.body.jobs).toEqual([{ name: 'report-retention', every_minutes: 60, last_run: null }])

    const ran = await admin.post('/api/jobs/report-retention/run', {})
    expect(ran.status).toBe(200)
    expect(ran.body.jobs[0].last_run).toMatchObject({ outcome: 'ok', message: expect.stringContaining('text removed from') })
    expect(Date.parse(ran.body.jobs[0].last_run.finished_at)).toBeGreaterThanOrEqual(Date.parse(ran.body.jobs[0].last_run.started_at))
    expect(sample(await readMetrics(), 'background_job_runs_total', { job: 'report-retention', outcome: 'ok' })).toBe(1)

    const officer = await logInAs(server.url, server.db, 'polis')
    expect((await officer.get('/api/jobs')).status).toBe(403)
    expect((await admin.post('/api/jobs/no-such-job/run', {})).status).toBe(404)
  })

  it('answers 409 while another process runs the job, and changes nothing', async () => {
    await server.db.query(`UPDATE job_run SET outcome = 'running', started_at = now(), finished_at = NULL WHERE name = 'report-retention'`)
    try {
      const ran = await admin.post('/api/jobs/report-retention/run', {})
      expect(ran.status).toBe(409)
      expect(ran.body.error.code).toBe('job_running')
      expect(ran.body.error.message_sv).toContain('körs redan')
      const [row] = await server.db.query<{ outcome: string }>(`SELECT outcome FROM job_run WHERE name = 'report-retention'`)
      expect(row?.outcome).toBe('running')
      expect(sample(await readMetrics(), 'background_job_runs_total', { job: 'report-retention', outcome: 'skipped' })).toBe(1)
    } finally {
      await server.db.query(`UPDATE job_run SET outcome = 'ok', finished_at = now() WHERE name = 'report-retention'`)
    }
  })

  it('returns the request id of an error in its body and its header, as the log has it', async () => {
    const response = await fetch(`${server.url}/api/reports/receipt/not-a-receipt`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    const body = await response.json()
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('x-request-id')).toBe(body.requestId)
  })
})

describe('who may read the metrics', () => {
  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const server = await startTestServer({ env: { METRICS_TOKEN } })
    try {
      const without = await fetch(`${server.url}/metrics`)
      expect(without.status).toBe(403)
      expect((await without.json()).error.message_sv).toContain('METRICS_TOKEN')
      expect((await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(403)
      const withToken = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
      expect(withToken.status).toBe(200)
      expect(await withToken.text()).toContain('http_requests_total')
    } finally {
      await server.close()
    }
  })

  it.each(['1', '0'])('without a token, serves only this machine: a request through a proxy is refused (TRUST_PROXY=%s)', async (trustProxy) => {
    const server = await startTestServer({ env: { TRUST_PROXY: trustProxy } })
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(200)
      const proxied = await fetch(`${server.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7' } })
      expect(proxied.status).toBe(403)
      // Only the exact path: a proxy rule hiding /metrics is not passed by another spelling.
      expect((await fetch(`${server.url}/Metrics`)).status).toBe(404)
      expect((await fetch(`${server.url}/metrics/`)).status).toBe(404)
    } finally {
      await server.close()
    }
  })

  it('labels a route by its known mount only, whatever the client wrote', async () => {
    const server = await startTestServer()
    try {
      const { request } = await import('node:http')
      const raw = (target: string) =>
        new Promise<void>((resolve, reject) => {
          const { port } = new URL(server.url)
          request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (response) => response.resume().on('end', resolve)).on('error', reject).end()
        })
      await raw('http://evil-1.example/api/health')
      await raw('/API/health')
      const metrics = await (await fetch(`${server.url}/metrics`)).text()
      expect(metrics).not.toContain('evil-1')
      expect(metrics).not.toContain('/API/')
      expect(sample(metrics, 'http_requests_total', { route: '/api/health' })).toBeGreaterThanOrEqual(2)
    } finally {
      await server.close()
    }
  })
})
