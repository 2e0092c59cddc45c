import { booleanPointInPolygon, polygon } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import type { MapFeatureCollection } from '../data/collections.ts'
import { labelPoints } from './label-points.ts'

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
]

// A "U" shape whose centroid falls in the gap between its arms.
const uShape = [
  [
    [0, 0],
    [3, 0],
    [3, 3],
    [2, 3],
    [2, 1],
    [1, 1],
    [1, 3],
    [0, 3],
    [0, 0],
  ],
]

const collection = (features: MapFeatureCollection['features']): MapFeatureCollection => ({ type: 'FeatureCollection', features })

describe('labelPoints', () => {
  it('puts one point at the centre of a simple polygon', () => {
    const result = labelPoints(collection([{ type: 'Feature', id: 1, geometry: { type: 'Polygon', coordinates: square(0, 0, 2) }, properties: { name: 'A' } }]), 'name')
    expect(result.features).toHaveLength(1)
    expect(result.features[0]?.geometry.coordinates).toEqual([1, 1])
    expect(result.features[0]?.properties.name).toBe('A')
  })

  it('keeps the point inside a concave polygon', () => {
    const result = labelPoints(collection([{ type: 'Feature', id: 2, geometry: { type: 'Polygon', coordinates: uShape }, properties: { name: 'U' } }]), 'name')
    const point = result.features[0]?.geometry
    expect(point && booleanPointInPolygon(point, polygon(uShape))).toBe(true)
  })

  it('labels the largest part of a multipolygon', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [square(0, 0, 1), square(10, 10, 4)] }
    const result = labelPoints(collection([{ type: 'Feature', id: 3, geometry, properties: { name: 'M' } }]), 'name')
    expect(result.features[0]?.geometry.coordinates).toEqual([12, 12])
  })

  it('skips features without a label and non-polygons', () => {
    const result = labelPoints(
      collection([
        { type: 'Feature', id: 4, geometry: { type: 'Polygon', coordinates: square(0, 0, 1) }, properties: { name: null } },
        { type: 'Feature', id: 5, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: 'P' } },
      ]),
      'name',
    )
    expect(result.features).toHaveLength(0)
  })
})
