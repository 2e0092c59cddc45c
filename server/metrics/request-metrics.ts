import type { Request, RequestHandler } from 'express'
import type { Metrics } from './metrics.ts'

/** Counts and times every answered request by its route pattern (`/api/reports/:id`), never its raw URL. */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer()
    // 'close' also comes when the client went away before the answer was sent.
    res.on('close', () => {
      const labels = { method: req.method, route: routeLabel(req, res.statusCode) }
      end(labels)
      metrics.httpRequests.inc({ ...labels, status: String(res.statusCode) })
    })
    next()
  }
}

/** The fixed words routes are mounted at; any other first segment is someone's typing. */
const MOUNTS = new Set(['api', 'ogc', 'tiles'])

/**
 * The matched route's pattern with the path it is mounted at. Express forgets the mount path
 * (`req.baseUrl`) once a handler has thrown, so the mount is taken from the URL's path instead:
 * the segments before the pattern's own, which must be one of the known mounts, so that no label
 * is made of what a client wrote.
 */
export function routeLabel(req: Request, status: number): string {
  const pattern: unknown = (req.route as { path?: unknown } | undefined)?.path
  if (typeof pattern !== 'string') {
    if (pattern !== undefined) return 'page'
    // No route: a static file, or nothing matched.
    return status < 400 ? 'static' : 'unmatched'
  }
  const patternSegments = pattern.split('/').filter(Boolean)
  const pathSegments = pathOf(req.originalUrl)?.split('/').filter(Boolean)
  if (!pathSegments) return 'other'
  const mount = pathSegments.slice(0, Math.max(pathSegments.length - patternSegments.length, 0)).map((segment) => segment.toLowerCase())
  if (mount.some((segment) => !MOUNTS.has(segment))) return 'other'
  return `/${[...mount, ...patternSegments].join('/')}`
}

/** The path of a request target; an absolute-form one (`GET http://host/api/…`) too. Undefined when it cannot be parsed. */
function pathOf(target: string): string | undefined {
  try {
    return new URL(target, 'http://localhost').pathname
  } catch {
    return undefined
  }
}
