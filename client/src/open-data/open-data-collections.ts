import { ApiError, errorFromResponse } from '../data/api-client.ts'
import type { FormatContext } from '../features/translate.ts'
import { errorMessage } from '../forms/form-problems.ts'

/** One collection as the open data page shows it, in both languages. */
export interface OpenDataCollection {
  id: string
  title: { sv: string; en: string }
  description: { sv: string; en: string }
  geometryType: 'Point' | 'LineString' | 'Polygon' | 'Geometry'
  /** The first and last time of the features (ISO), or null where the collection has no time. */
  interval: [string | null, string | null] | null
  /** Served only because the visitor is logged in as staff. */
  staffOnly: boolean
  /** The collection's own HTML page in the OGC API, when the server gives one. */
  htmlHref: string | null
}

/**
 * The collections the server lists for this visitor (staff get theirs too, by the session
 * cookie). `f=json` because the same address answers a browser's Accept header with HTML.
 */
export async function fetchOpenDataCollections(signal?: AbortSignal): Promise<OpenDataCollection[]> {
  let response: Response
  try {
    response = await fetch('/ogc/collections?f=json', { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal })
  } catch (error) {
    // An abort is the page's own doing (it was left), not a failure to report.
    if (signal?.aborted) throw error
    throw new ApiError(0, 'network_error', '', '')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw ogcError(response, body)
  const collections = (body as { collections?: unknown } | null)?.collections
  return Array.isArray(collections) ? collections.flatMap(readCollection) : []
}

/**
 * A failed answer of the OGC API as an `ApiError`. Ours carries the /api envelope beside the
 * standard's `{code, description}` (ogc-errors.ts), with the Swedish text; where only the
 * standard's shape came, its English `description` is the message in both languages.
 */
export function ogcError(response: Response, body: unknown): ApiError {
  const error = errorFromResponse(response, body)
  if (error.messageEn || error.messageSv) return error
  const { code, description } = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; description?: unknown }
  if (typeof description !== 'string' || description === '') return error
  const known = typeof code === 'string' && code !== '' ? code : error.code
  return new ApiError(error.status, known, description, description, [], error.retryAfterSeconds, error.requestId)
}

/** What the page says went wrong: the server's text, or at least the status it answered with. */
export function loadErrorMessage(error: unknown, context: FormatContext): string {
  if (error instanceof ApiError && error.status > 0 && !error.messageEn && !error.messageSv) {
    return context.t('openData.loadErrorStatus', { status: error.status })
  }
  return errorMessage(error, context)
}

const geometryTypes = ['Point', 'LineString', 'Polygon', 'Geometry'] as const

/** One collection of the OGC document; one the page cannot show (no id) is left out rather than breaking the page. */
export function readCollection(value: unknown): OpenDataCollection[] {
  if (typeof value !== 'object' || value === null) return []
  const raw = value as Record<string, unknown>
  if (typeof raw.id !== 'string' || raw.id === '') return []
  const text = (field: unknown) => (typeof field === 'string' ? field : '')
  const title = text(raw.title) || raw.id
  const description = text(raw.description)
  const geometryType = geometryTypes.find((type) => type === raw.geometryType) ?? 'Geometry'
  return [
    {
      id: raw.id,
      title: { sv: title, en: text(raw.title_en) || title },
      description: { sv: description, en: text(raw.description_en) || description },
      geometryType,
      interval: readInterval(raw.extent),
      staffOnly: raw.staffOnly === true,
      htmlHref: readHtmlHref(raw.links),
    },
  ]
}

function readInterval(extent: unknown): OpenDataCollection['interval'] {
  const interval = (extent as { temporal?: { interval?: unknown } } | undefined)?.temporal?.interval
  const first: unknown = Array.isArray(interval) ? interval[0] : undefined
  if (!Array.isArray(first) || first.length !== 2) return null
  const time = (value: unknown) => (typeof value === 'string' ? value : null)
  const [from, to] = [time(first[0]), time(first[1])]
  return from === null && to === null ? null : [from, to]
}

/** The link to the collection's HTML view, as a same-site path when it is on this site. */
function readHtmlHref(links: unknown): string | null {
  if (!Array.isArray(links)) return null
  const html = links.find(
    (candidate: unknown) =>
      typeof candidate === 'object' && candidate !== null && (candidate as { rel?: unknown }).rel === 'alternate' && (candidate as { type?: unknown }).type === 'text/html',
  ) as { href?: unknown } | undefined
  return typeof html?.href === 'string' ? html.href : null
}
