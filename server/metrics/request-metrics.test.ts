import type { Request } from 'express'
import { describe, expect, it } from 'vitest'
import { routeLabel } from './request-metrics.ts'

const request = (originalUrl: string, routePath?: string | RegExp) =>
  ({ originalUrl, route: routePath === undefined ? undefined : { path: routePath } }) as unknown as Request

describe('routeLabel', () => {
  it.each([
    ['/api/reports/12', '/reports/:id', '/api/reports/:id'],
    ['/ogc/collections/reports/items?limit=5', '/collections/:collectionId/items', '/ogc/collections/:collectionId/items'],
    ['/ogc', '/', '/ogc'],
    ['/metrics', '/metrics', '/metrics'],
    ['/API/Health', '/health', '/api/health'],
    ['http://evil.example/api/health', '/health', '/api/health'],
    ['/api/open311/v2/services/lighting.json', '/open311/v2/services/:service_code.:format', '/api/open311/v2/services/:service_code.:format'],
    ['/api/open311/v2/requests.json?status=open', '/open311/v2/requests.:format', '/api/open311/v2/requests.:format'],
    ['/anything/api/health', '/health', 'other'],
    ['http://[not-a-host/api/health', '/health', 'other'],
  ])('%s matched by %s is %s', (url, pattern, label) => {
    expect(routeLabel(request(url, pattern), 200)).toBe(label)
  })

  it('names pages, static files and what matched nothing without the URL', () => {
    expect(routeLabel(request('/medborgarloften', /.*/), 200)).toBe('page')
    expect(routeLabel(request('/assets/app-123.js'), 200)).toBe('static')
    expect(routeLabel(request('/no/such/thing'), 404)).toBe('unmatched')
  })
})
