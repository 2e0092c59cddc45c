import { describe, expect, it } from 'vitest'
import { loadCollection, TILE_ABOVE_FEATURES } from './collection-loader.ts'

const origin = 'http://127.0.0.1:8080'
const first = `${origin}/ogc/collections/reports/items?limit=5000`
const second = `${origin}/ogc/collections/reports/items?limit=5000&offset=5000`
const tileJsonUrl = `${origin}/tiles/reports.json`

const point = (id: number) => ({ type: 'Feature' as const, id, geometry: { type: 'Point' as const, coordinates: [14.1, 59.3] }, properties: {} })
const tileJson = (count: number) => ({ tilejson: '3.0.0', tiles: [`${origin}/tiles/reports/{z}/{x}/{y}.mvt?v=3`], minzoom: 0, maxzoom: 16, feature_count: count })

function fakeFetch(answers: Record<string, unknown>) {
  const requested: string[] = []
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input)
    requested.push(url)
    const body = answers[url]
    return body ? new Response(JSON.stringify(body), { status: 200 }) : new Response('{}', { status: 404 })
  }) as typeof globalThis.fetch
  return { fetch, requested }
}

const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
  const warn = console.warn
  console.warn = () => undefined
  try {
    return await run()
  } finally {
    console.warn = warn
  }
}

describe('loadCollection', () => {
  it('loads a layer that fits one page whole, as before', async () => {
    const { fetch, requested } = fakeFetch({ [tileJsonUrl]: tileJson(2), [first]: { features: [point(1), point(2)], numberMatched: 2 } })
    const loaded = await loadCollection('reports', { origin, fetch })
    expect(loaded.kind === 'features' && loaded.features.features.map((feature) => feature.id)).toEqual([1, 2])
    expect(requested).toEqual([tileJsonUrl, first])
  })

  it('keeps a layer of exactly one page as GeoJSON', async () => {
    const { fetch } = fakeFetch({ [tileJsonUrl]: tileJson(TILE_ABOVE_FEATURES), [first]: { features: [point(1)] } })
    expect((await loadCollection('reports', { origin, fetch })).kind).toBe('features')
  })

  it('draws a layer bigger than one page from tiles, without asking for its items', async () => {
    const { fetch, requested } = fakeFetch({ [tileJsonUrl]: tileJson(TILE_ABOVE_FEATURES + 1) })
    const loaded = await loadCollection('reports', { origin, fetch })
    expect(loaded).toEqual({
      kind: 'tiled',
      tiled: { tileJson: { tiles: `${origin}/tiles/reports/{z}/{x}/{y}.mvt?v=3`, minzoom: 0, maxzoom: 16, featureCount: TILE_ABOVE_FEATURES + 1 } },
    })
    expect(requested).toEqual([tileJsonUrl])
  })

  it('loads every page when the server has no tiles', async () => {
    const { fetch, requested } = fakeFetch({
      [first]: { features: [point(1)], links: [{ rel: 'next', href: second }] },
      [second]: { features: [point(2)] },
    })
    const loaded = await quietly(() => loadCollection('reports', { origin, fetch }))
    expect(loaded.kind === 'features' && loaded.features.features.map((feature) => feature.id)).toEqual([1, 2])
    expect(requested).toEqual([tileJsonUrl, first, second])
  })

  it('fails when the items fail', async () => {
    const { fetch } = fakeFetch({ [tileJsonUrl]: tileJson(3) })
    await expect(loadCollection('reports', { origin, fetch })).rejects.toThrow('HTTP 404')
  })
})
