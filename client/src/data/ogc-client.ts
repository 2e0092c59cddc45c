import type { CollectionId, MapFeature, MapFeatureCollection } from './collections.ts'

// The server's maximum page size: the whole municipality fits in one or two pages.
export const PAGE_SIZE = 5000
// A guard against a server that keeps sending "next" links.
const MAX_PAGES = 50

interface OgcPage {
  features?: MapFeature[]
  links?: { rel?: string; href?: string }[]
}

export interface FetchOptions {
  signal?: AbortSignal
  /** The page's origin; "next" links are resolved against it and must stay on it. */
  origin: string
  fetch?: typeof globalThis.fetch
}

/** All features of a collection, following `rel: "next"` links until the last page. */
export async function fetchCollection(collection: CollectionId, options: FetchOptions): Promise<MapFeatureCollection> {
  const doFetch = options.fetch ?? globalThis.fetch
  const features: MapFeature[] = []
  let url: string | undefined = new URL(`/ogc/collections/${collection}/items?limit=${PAGE_SIZE}`, options.origin).href
  for (let page = 0; url && page < MAX_PAGES; page += 1) {
    const response = await doFetch(url, { signal: options.signal, headers: { Accept: 'application/geo+json' } })
    if (!response.ok) throw new Error(`${collection}: HTTP ${response.status}`)
    const body = (await response.json()) as OgcPage
    features.push(...(body.features ?? []))
    url = nextUrl(body, url, options.origin)
  }
  return { type: 'FeatureCollection', features }
}

/** The next page, if any; a link to another origin is ignored so no request leaves the server. */
function nextUrl(page: OgcPage, current: string, origin: string): string | undefined {
  const href = page.links?.find((link) => link.rel === 'next')?.href
  if (!href) return undefined
  const resolved = sameOriginUrl(href, origin, current)
  return resolved === current ? undefined : resolved
}

/** A link the server built from its own view of the host, with only its path and query kept, on `origin`. */
export function sameOriginUrl(href: string, origin: string, base: string = origin): string {
  const url = new URL(href, base)
  return new URL(`${url.pathname}${url.search}`, origin).href
}
