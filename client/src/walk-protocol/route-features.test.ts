import { describe, expect, it } from 'vitest'
import { routeBounds, walkRouteData } from './route-features.ts'

const input = {
  route: { type: 'LineString' as const, coordinates: [[14.1, 59.31], [14.12, 59.305]] },
  status: 'done' as const,
  meetingPoint: { type: 'Point' as const, coordinates: [14.099, 59.311] as [number, number] },
  meetingPointLabel: 'Samling',
  observations: [
    { id: 40, assessment: 'unsafe' as const, geometry: { type: 'Point' as const, coordinates: [14.11, 59.3] as [number, number] } },
    { id: 12, assessment: 'safe' as const, geometry: { type: 'Point' as const, coordinates: [14.105, 59.308] as [number, number] } },
  ],
}

describe('the route map data', () => {
  it('numbers the observations in the protocol order', () => {
    const data = walkRouteData(input)
    expect(data.observations.features.map((feature) => feature.properties)).toEqual([
      { observation_id: 40, number: 1, assessment: 'unsafe' },
      { observation_id: 12, number: 2, assessment: 'safe' },
    ])
    expect(data.route.features[0]?.properties).toEqual({ status: 'done' })
    expect(data.meetingPoint.features[0]?.properties).toEqual({ label: 'Samling' })
  })

  it('draws nothing that is missing, and the bounds cover all that is drawn', () => {
    const bare = walkRouteData({ ...input, route: null, meetingPoint: null, observations: [] })
    expect(bare.route.features).toEqual([])
    expect(bare.meetingPoint.features).toEqual([])
    expect(routeBounds(bare)).toBeNull()
    expect(routeBounds(walkRouteData(input))).toEqual([14.099, 59.3, 14.12, 59.311])
  })
})
