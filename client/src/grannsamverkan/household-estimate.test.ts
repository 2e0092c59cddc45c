import { describe, expect, it } from 'vitest'
import type { Polygon } from 'geojson'
import type { MapFeatureCollection } from '../data/collections.ts'
import { estimateOutline, PERSONS_PER_HOUSEHOLD } from './household-estimate.ts'

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
})

const town: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 1, geometry: box(14.0, 59.3, 14.1, 59.35), properties: { name: 'Kristinehamn', population: 18_000 } }],
}

describe('estimateOutline', () => {
  it('gives the area and the households of a part of a tätort', () => {
    const estimate = estimateOutline(box(14.0, 59.3, 14.01, 59.305), town)
    expect(estimate?.urbanArea).toBe('Kristinehamn')
    // One hundredth of the town's box, so about 18 000 / 100 / 2.1 households.
    const expected = 18_000 / 100 / PERSONS_PER_HOUSEHOLD
    expect(Math.abs((estimate?.households ?? 0) - expected) / expected).toBeLessThan(0.05)
    expect(estimate?.areaHa).toBeCloseTo((estimate?.areaM2 ?? 0) / 10_000)
    expect(estimate?.areaM2).toBeGreaterThan(250_000)
  })

  it('counts only the part inside, and gives no households outside every tätort', () => {
    const half = estimateOutline(box(13.99, 59.3, 14.01, 59.305), town)
    const inside = estimateOutline(box(14.0, 59.3, 14.01, 59.305), town)
    expect(half?.households).toBe(inside?.households)
    const outside = estimateOutline(box(13.5, 59.0, 13.51, 59.005), town)
    expect(outside?.households).toBeNull()
    expect(outside?.areaM2).toBeGreaterThan(0)
  })

  it('has nothing to say before there are three corners', () => {
    expect(estimateOutline({ type: 'Polygon', coordinates: [[[14, 59.3], [14.01, 59.3], [14, 59.3]]] }, town)).toBeNull()
  })
})
