import { describe, expect, it } from 'vitest'
import { parseTileJson, tileUrl } from './tile-json.ts'

const origin = 'http://127.0.0.1:8080'

describe('parseTileJson', () => {
  const body = {
    tilejson: '3.0.0',
    name: 'reports',
    tiles: ['http://trygghet.example/tiles/reports/{z}/{x}/{y}.mvt?v=12'],
    minzoom: 0,
    maxzoom: 16,
    bounds: [13.59, 59.01, 14.34, 59.49],
    vector_layers: [{ id: 'reports', fields: { status: 'String' } }],
    feature_count: 80_112,
    version: '12',
  }

  it('keeps the tile template on the page origin with its braces', () => {
    expect(parseTileJson(body, origin)).toEqual({
      tiles: 'http://127.0.0.1:8080/tiles/reports/{z}/{x}/{y}.mvt?v=12',
      minzoom: 0,
      maxzoom: 16,
      bounds: [13.59, 59.01, 14.34, 59.49],
      featureCount: 80_112,
    })
  })

  it('takes the defaults for missing zooms and leaves out a broken box', () => {
    expect(parseTileJson({ tiles: ['/tiles/reports/{z}/{x}/{y}.mvt'], bounds: [1, 2] }, origin)).toEqual({
      tiles: 'http://127.0.0.1:8080/tiles/reports/{z}/{x}/{y}.mvt',
      minzoom: 0,
      maxzoom: 16,
      featureCount: 0,
    })
  })

  it('refuses an answer without a tile template', () => {
    expect(parseTileJson({ tiles: [] }, origin)).toBeNull()
    expect(parseTileJson({ tiles: ['/tiles/reports.mvt'] }, origin)).toBeNull()
    expect(parseTileJson('nonsense', origin)).toBeNull()
  })
})

describe('tileUrl', () => {
  const tileJson = { tiles: `${origin}/tiles/reports/{z}/{x}/{y}.mvt?v=12`, minzoom: 0, maxzoom: 16, featureCount: 1 }

  it('adds the period for the clusters, or leaves the template as it is', () => {
    expect(tileUrl(tileJson, null)).toBe(tileJson.tiles)
    expect(tileUrl(tileJson, '2025-11-23T12:00:00.000Z/..')).toBe(`${tileJson.tiles}&datetime=2025-11-23T12%3A00%3A00.000Z%2F..`)
    expect(tileUrl({ ...tileJson, tiles: `${origin}/tiles/reports/{z}/{x}/{y}.mvt` }, '2025-01-01T00:00:00Z/..')).toContain('.mvt?datetime=')
  })
})
