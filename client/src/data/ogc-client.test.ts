import { describe, expect, it } from 'vitest'
import { fetchCollection } from './ogc-client.ts'

const point = (id: number) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Point' as const, coordinates: [14.1, 59.3] },
  properties: {},
})

function fakeFetch(pages: Record<string, unknown>) {
  const requested: string[] = []
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input)
    requested.push(url)
    const body = pages[url]
    return body ? new Response(JSON.stringify(body), { status: 200 }) : new Response('{}', { status: 404 })
  }) as typeof globalThis.fetch
  return { fetch, requested }
}

describe('fetchCollection', () => {
  const origin = 'http://127.0.0.1:8080'
  const first = `${origin}/ogc/collections/reports/items?limit=5000`

  it('follows next links until the last page', async () => {
    const second = `${origin}/ogc/collections/reports/items?limit=5000&offset=5000`
    const { fetch, requested } = fakeFetch({
      [first]: { features: [point(1), point(2)], links: [{ rel: 'next', href: second }] },
      [second]: { features: [point(3)], links: [{ rel: 'self', href: second }] },
    })
    const collection = await fetchCollection('reports', { origin, fetch })
    expect(collection.features.map((feature) => feature.id)).toEqual([1, 2, 3])
    expect(requested).toEqual([first, second])
  })

  it('keeps next links on the page origin', async () => {
    const { fetch, requested } = fakeFetch({
      [first]: { features: [point(1)], links: [{ rel: 'next', href: 'http://elsewhere.example/ogc/collections/reports/items?offset=1' }] },
      [`${origin}/ogc/collections/reports/items?offset=1`]: { features: [point(2)] },
    })
    const collection = await fetchCollection('reports', { origin, fetch })
    expect(requested).toEqual([first, `${origin}/ogc/collections/reports/items?offset=1`])
    expect(collection.features.map((feature) => feature.id)).toEqual([1, 2])
  })

  it('stops when next points back to the same page', async () => {
    const { fetch, requested } = fakeFetch({ [first]: { features: [point(1)], links: [{ rel: 'next', href: first }] } })
    await fetchCollection('reports', { origin, fetch })
    expect(requested).toHaveLength(1)
  })

  it('fails on an HTTP error', async () => {
    const { fetch } = fakeFetch({})
    await expect(fetchCollection('reports', { origin, fetch })).rejects.toThrow('HTTP 404')
  })
})
