import type { CollectionId, MapFeature } from './collections.ts'

/**
 * The list shows at most this many features of a tiled layer, those in the map's view: more
 * buttons help nobody find a place; zooming in does. The list says how many there are in all.
 */
export const VIEW_LIST_LIMIT = 200

/** A box [west, south, east, north] in WGS84, as the map reports its view. */
export type ViewBox = readonly [number, number, number, number]

/** A page of the features in a box: at most the limit, and how many match in all. */
export interface ViewItems {
  features: MapFeature[]
  numberMatched: number
}

export interface ViewFetchOptions {
  signal?: AbortSignal
  origin: string
  fetch?: typeof globalThis.fetch
}

/** The items page of a collection's features in the box, for the period (an OGC `datetime`) when given. */
export function viewItemsUrl(collection: CollectionId, box: ViewBox, datetime: string | null, origin: string, limit = VIEW_LIST_LIMIT): string {
  // Rounded outwards to about 10 cm, so the box still holds the whole view.
  const [west, south, east, north] = box
  const down = (value: number) => (Math.floor(value * 1e6) / 1e6).toString()
  const up = (value: number) => (Math.ceil(value * 1e6) / 1e6).toString()
  const query = new URLSearchParams({ bbox: [down(west), down(south), up(east), up(north)].join(','), limit: String(limit) })
  if (datetime) query.set('datetime', datetime)
  return new URL(`/ogc/collections/${collection}/items?${query.toString()}`, origin).href
}

export async function fetchViewItems(collection: CollectionId, box: ViewBox, datetime: string | null, options: ViewFetchOptions): Promise<ViewItems> {
  const doFetch = options.fetch ?? globalThis.fetch
  const response = await doFetch(viewItemsUrl(collection, box, datetime, options.origin), {
    signal: options.signal,
    headers: { Accept: 'application/geo+json' },
  })
  if (!response.ok) throw new Error(`${collection} in view: HTTP ${response.status}`)
  const body = (await response.json()) as { features?: MapFeature[]; numberMatched?: number }
  const features = body.features ?? []
  return { features, numberMatched: typeof body.numberMatched === 'number' ? body.numberMatched : features.length }
}

/** One feature by its id, as the items endpoint has it; null when it is gone (404). */
export async function fetchFeature(collection: CollectionId, id: string, options: ViewFetchOptions): Promise<MapFeature | null> {
  const doFetch = options.fetch ?? globalThis.fetch
  const url = new URL(`/ogc/collections/${collection}/items/${encodeURIComponent(id)}`, options.origin).href
  const response = await doFetch(url, { signal: options.signal, headers: { Accept: 'application/geo+json' } })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${collection}/${id}: HTTP ${response.status}`)
  return (await response.json()) as MapFeature
}
