import { describe, expect, it } from 'vitest'
import { situationMapData } from './situation-map-data.ts'

const point = (source: 'staff' | 'public' | 'walk', coordinates: [number, number]) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates },
  properties: { source, type: 'damage', at: '2021-03-09T19:00:00Z' },
})

describe('the map of a period', () => {
  it('numbers the top places as the list does and frames everything drawn', () => {
    const data = situationMapData({
      places: { type: 'FeatureCollection', features: [point('staff', [14.1, 59.31]), point('walk', [14.12, 59.3])] },
      top_places: [
        { centre: { type: 'Point', coordinates: [14.1, 59.31] }, count: 4, place_name: null, top_type: 'damage' },
        { centre: { type: 'Point', coordinates: [14.09, 59.32] }, count: 2, place_name: 'Torget', top_type: 'littering' },
      ],
    })
    expect(data.topPlaces.features.map((feature) => feature.properties)).toEqual([
      { number: 1, count: 4 },
      { number: 2, count: 2 },
    ])
    expect(data.bounds).toEqual([
      [14.09, 59.3],
      [14.12, 59.32],
    ])
    expect(data.sources).toEqual(['staff', 'walk'])
  })

  it('has nothing to frame in an empty period', () => {
    const data = situationMapData({ places: { type: 'FeatureCollection', features: [] }, top_places: [] })
    expect(data.bounds).toBeNull()
    expect(data.sources).toEqual([])
  })
})
