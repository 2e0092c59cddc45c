import { describe, expect, it } from 'vitest'
import type { StyleSpecification } from 'maplibre-gl'
import { buildBasemapStyle, composeStyle } from './basemap-style.ts'

const origin = 'http://127.0.0.1:8080'

describe('buildBasemapStyle', () => {
  const style = buildBasemapStyle(origin)

  it('loads fonts and sprites from our own server only', () => {
    expect(style.glyphs).toBe(`${origin}/basemap/fonts/{fontstack}/{range}.pbf`)
    expect(style.sprite).toBe(`${origin}/basemap/sprites/light`)
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!127\.0\.0\.1:8080)/)
  })

  it('draws a background and the municipality as land', () => {
    expect(style.layers.map((layer) => layer.id)).toEqual(['background', 'municipality-land'])
    expect(style.sources).toHaveProperty('municipalities')
  })
})

describe('composeStyle', () => {
  const overlay = {
    sources: {
      municipalities: { type: 'geojson' as const, data: 'overlay-version' },
      reports: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } },
    },
    layers: [{ id: 'reports-circle', type: 'circle' as const, source: 'reports' }],
  }

  it('puts the overlay layers on top of the basemap', () => {
    const style = composeStyle(buildBasemapStyle(origin), overlay, origin)
    expect(style.layers.map((layer) => layer.id)).toEqual(['background', 'municipality-land', 'reports-circle'])
    expect(Object.keys(style.sources).sort()).toEqual(['municipalities', 'reports'])
  })

  it('keeps the basemap sources and glyphs', () => {
    const online: StyleSpecification = {
      version: 8,
      glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
      sources: { municipalities: { type: 'geojson', data: 'base-version' } },
      layers: [],
    }
    const style = composeStyle(online, overlay, origin)
    expect(style.glyphs).toBe(online.glyphs)
    expect(style.sources.municipalities).toEqual({ type: 'geojson', data: 'base-version' })
  })

  it('uses our glyphs when the basemap has none', () => {
    const style = composeStyle({ version: 8, sources: {}, layers: [] }, overlay, origin)
    expect(style.glyphs).toBe(`${origin}/basemap/fonts/{fontstack}/{range}.pbf`)
  })

  it('refuses a basemap whose layer ids clash with ours', () => {
    const base: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'reports-circle', type: 'background' }] }
    expect(() => composeStyle(base, overlay, origin)).toThrow('reports-circle')
  })
})
