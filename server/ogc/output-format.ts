import type { Request } from 'express'
import { badRequest } from '../errors.ts'

export type OutputFormat = 'json' | 'html'

/**
 * JSON or HTML: `f=json` (or `f=geojson` for features) and `f=html` decide; without `f`, an
 * Accept header that prefers HTML (a browser's) gets HTML and everything else JSON (GDAL, curl,
 * the map, which asks for application/geo+json).
 */
export function outputFormat(req: Request, jsonNames: readonly string[] = ['json']): OutputFormat {
  const f = req.query.f
  if (f === undefined) return prefersHtmlByAccept(req) ? 'html' : 'json'
  if (f === 'html') return 'html'
  if (typeof f === 'string' && jsonNames.includes(f)) return 'json'
  const allowed = [...jsonNames, 'html'].join(', ')
  throw badRequest('invalid_format', `f kan bara vara ${allowed}.`, `f can only be ${allowed}.`)
}

/** For an error page: whether the request wanted HTML, without throwing on a bad `f`. */
export function prefersHtml(req: Request): boolean {
  const f = req.query.f
  return f === 'html' || (f === undefined && prefersHtmlByAccept(req))
}

function prefersHtmlByAccept(req: Request): boolean {
  if (!req.get('accept')) return false
  return req.accepts(['application/json', 'application/geo+json', 'text/html']) === 'text/html'
}
