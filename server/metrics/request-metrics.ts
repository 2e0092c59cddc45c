import type { Request, RequestHandler } from 'express'
import type { Metrics } from './metrics.ts'

/** Counts and times every answered request by its route pattern (`/api/reports/:id`), never its raw URL. */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer()
    res.on('finish', () => {
      const labels = { method: req.method, route: routeLabel(req, res.statusCode) }
      end(labels)
      metrics.httpRequests.inc({ ...labels, status: String(res.statusCode) })
    })
    next()
  }
}

/**
 * The matched route's pattern with the path it is mounted at. Express forgets the mount path
 * (`req.baseUrl`) once a handler has thrown, so the mount is taken from the URL instead: the
 * segments before the pattern's own, which are fixed words like `api` or `ogc`.
 */
export function routeLabel(req: Request, status: number): string {
  const pattern: unknown = (req.route as { path?: unknown } | undefined)?.path
  if (typeof pattern !== 'string') {
    if (pattern !== undefined) return 'page'
    // No route: a static file, or nothing matched.
    return status < 400 ? 'static' : 'unmatched'
  }
  const patternSegments = pattern.split('/').filter(Boolean).length
  const pathSegments = req.originalUrl.split('?')[0]!.split('/').filter(Boolean)
  const mount = pathSegments.slice(0, Math.max(pathSegments.length - patternSegments, 0))
  return `/${[...mount, ...pattern.split('/').filter(Boolean)].join('/')}`
}
