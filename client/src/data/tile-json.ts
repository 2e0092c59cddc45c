import type { CollectionId } from './collections.ts'
import { sameOriginUrl } from './ogc-client.ts'

/** What the map needs of a layer's TileJSON (`/tiles/{layer}.json`, TileJSON 3.0.0). */
export interface TileJson {
  /** The tile URL template (`…/{z}/{x}/{y}.mvt?v=…`), on the page's own origin. */
  tiles: string
  minzoom: number
  maxzoom: number
  /** [west, south, east, north] in WGS84; no tile is asked for outside it. */
  bounds?: [number, number, number, number]
  /** How many public features the layer has. */
  featureCount: number
}

export interface TileJsonOptions {
  signal?: AbortSignal
  origin: string
  fetch?: typeof globalThis.fetch
}

export async function fetchTileJson(collection: CollectionId, options: TileJsonOptions): Promise<TileJson> {
  const doFetch = options.fetch ?? globalThis.fetch
  const response = await doFetch(new URL(`/tiles/${collection}.json`, options.origin).href, {
    signal: options.signal,
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`${collection} tiles: HTTP ${response.status}`)
  const tileJson = parseTileJson(await response.json(), options.origin)
  if (!tileJson) throw new Error(`${collection} tiles: not a TileJSON with tiles`)
  return tileJson
}

/**
 * The parts the map uses, or null without a tile URL. The server names its own host in the URL;
 * only the path and query are kept, so no tile request leaves the page's origin.
 */
export function parseTileJson(body: unknown, origin: string): TileJson | null {
  if (typeof body !== 'object' || body === null) return null
  const value = body as Record<string, unknown>
  const template = Array.isArray(value.tiles) ? value.tiles[0] : undefined
  if (typeof template !== 'string' || !template.includes('{z}')) return null
  const zoom = (key: string, fallback: number) => (typeof value[key] === 'number' ? value[key] : fallback)
  const bounds = value.bounds
  return {
    // URL parsing escapes the template's braces; they are put back.
    tiles: sameOriginUrl(template, origin).replace(/%7B/gi, '{').replace(/%7D/gi, '}'),
    minzoom: zoom('minzoom', 0),
    maxzoom: zoom('maxzoom', 16),
    ...(Array.isArray(bounds) && bounds.length === 4 && bounds.every((n) => typeof n === 'number')
      ? { bounds: bounds as [number, number, number, number] }
      : {}),
    featureCount: typeof value.feature_count === 'number' ? value.feature_count : 0,
  }
}

/**
 * The template with the period (see `periodDatetime`), or as it is: the server filters before it
 * clusters, so a cluster counts only the period's points, which no filter in the map could do.
 */
export function tileUrl(tileJson: TileJson, datetime: string | null): string {
  if (!datetime) return tileJson.tiles
  const separator = tileJson.tiles.includes('?') ? '&' : '?'
  return `${tileJson.tiles}${separator}datetime=${encodeURIComponent(datetime)}`
}
