import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe('security headers', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({
      env: { BASEMAP_STYLE_URL: 'https://tiles.example.org/styles/liberty.json', BASEMAP_ORIGINS: 'https://fonts.example.org' },
    })
  })
  afterAll(() => server.close())

  it.each([
    ['an API answer', '/api/health'],
    ['an API error', '/api/nothing-here'],
    ['a feature collection', '/ogc/collections/watch-areas/items?limit=1'],
    ['a basemap file', '/basemap/sprites/light.json'],
    ['a page', '/om'],
  ])('are on %s', async (_what, path) => {
    const response = await fetch(`${server.url}${path}`)
    const csp = response.headers.get('Content-Security-Policy') ?? ''
    const directives = Object.fromEntries(csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }))
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['worker-src']).toEqual(["'self'", 'blob:'])
    expect(directives['connect-src']).toEqual(["'self'", 'https://tiles.example.org', 'https://fonts.example.org'])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('X-Frame-Options')).toBe('DENY')
    expect(response.headers.get('X-Powered-By')).toBeNull()
    // Plain HTTP on loopback: no upgrade to HTTPS and no HSTS, which would break the local app.
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(response.headers.get('Strict-Transport-Security')).toBeNull()
  })

  it('asks browsers for HTTPS when the public address is https', async () => {
    const https = await startTestServer({ env: { PUBLIC_URL: 'https://trygghet.example.se' } })
    try {
      const response = await fetch(`${https.url}/api/health`)
      expect(response.headers.get('Content-Security-Policy')).toContain('upgrade-insecure-requests')
      expect(response.headers.get('Strict-Transport-Security')).toMatch(/max-age=31536000/)
    } finally {
      await https.close()
    }
  })
})
