import { describe, expect, it } from 'vitest'
import { fetchFeature, fetchViewItems, VIEW_LIST_LIMIT, viewItemsUrl } from './view-items.ts'

const origin = 'http://127.0.0.1:8080'
const box = [14.0657123456, 59.2903987654, 14.1551000001, 59.3437] as const

function answering(status: number, body: unknown) {
  const requested: string[] = []
  const fetch = (async (input: string | URL | Request) => {
    requested.push(String(input))
    return new Response(JSON.stringify(body), { status })
  }) as typeof globalThis.fetch
  return { fetch, requested }
}

describe('viewItemsUrl', () => {
  it('asks for the view, rounded outwards, capped, and in the period when given', () => {
    const url = new URL(viewItemsUrl('reports', box, '2025-11-23T12:00:00.000Z/..', origin))
    expect(url.pathname).toBe('/ogc/collections/reports/items')
    expect(url.searchParams.get('bbox')).toBe('14.065712,59.290398,14.155101,59.3437')
    expect(url.searchParams.get('limit')).toBe(String(VIEW_LIST_LIMIT))
    expect(url.searchParams.get('datetime')).toBe('2025-11-23T12:00:00.000Z/..')
    expect(new URL(viewItemsUrl('watch-areas', box, null, origin)).searchParams.has('datetime')).toBe(false)
  })
})

describe('fetchViewItems', () => {
  it('gives the features and how many match in all', async () => {
    const feature = { type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [14.1, 59.3] }, properties: {} }
    const { fetch } = answering(200, { type: 'FeatureCollection', features: [feature], numberMatched: 4711 })
    expect(await fetchViewItems('reports', box, null, { origin, fetch })).toEqual({ features: [feature], numberMatched: 4711 })
  })

  it('fails on an HTTP error', async () => {
    const { fetch } = answering(400, { error: 'invalid_bbox' })
    await expect(fetchViewItems('reports', box, null, { origin, fetch })).rejects.toThrow('HTTP 400')
  })
})

describe('fetchFeature', () => {
  it('fetches one feature by id, and null when it is gone', async () => {
    const found = answering(200, { type: 'Feature', id: 12, properties: { status: 'fixed' } })
    expect(await fetchFeature('reports', '12', { origin, fetch: found.fetch })).toMatchObject({ id: 12 })
    expect(found.requested).toEqual([`${origin}/ogc/collections/reports/items/12`])
    expect(await fetchFeature('reports', '13', { origin, fetch: answering(404, {}).fetch })).toBeNull()
    await expect(fetchFeature('reports', '14', { origin, fetch: answering(500, {}).fetch })).rejects.toThrow('HTTP 500')
  })
})
