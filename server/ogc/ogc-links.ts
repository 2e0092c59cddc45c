export interface Link {
  href: string
  rel: string
  type: string
  title: string
}

export function link(href: string, rel: string, type: string, title: string): Link {
  return { href, rel, type, title }
}

/** `url` with the query values in the order given (so links are stable), none when there are none. */
export function urlWith(url: string, entries: readonly (readonly [string, string])[]): string {
  const query = new URLSearchParams(entries.map(([name, value]) => [name, value])).toString()
  return query ? `${url}?${query}` : url
}

export const MEDIA = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
} as const
