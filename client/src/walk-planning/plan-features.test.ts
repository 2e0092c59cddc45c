import { describe, expect, it } from 'vitest'
import type { UnvisitedHotspot, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { hotspotPoints, walkRoutes } from './plan-features.ts'

describe('the planning map’s features', () => {
  it('number the places as the list does and mark the ticked ones', () => {
    const hotspots = [7, 3].map((id) => ({ id, centre: { type: 'Point', coordinates: [14.1, 59.3] } }) as UnvisitedHotspot)
    expect(hotspotPoints(hotspots, new Set([3])).features.map((feature) => feature.properties)).toEqual([
      { hotspot_id: 7, number: '1', picked: false },
      { hotspot_id: 3, number: '2', picked: true },
    ])
  })

  it('draw the other walks’ routes, not the one being edited nor cancelled ones', () => {
    const route = { type: 'LineString', coordinates: [[14.1, 59.3], [14.2, 59.3]] }
    const walks = [
      { id: 1, status: 'done', route },
      { id: 2, status: 'planned', route },
      { id: 3, status: 'cancelled', route },
    ] as WalkSummary[]
    expect(walkRoutes(walks, 1).features.map((feature) => feature.properties)).toEqual([{ walk_id: 2, planned: true }])
  })
})
