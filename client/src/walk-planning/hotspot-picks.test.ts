import { describe, expect, it } from 'vitest'
import type { UnvisitedHotspot } from '../../../server/shared/api/walk-schemas.ts'
import { defaultPicks, pickedStops, proposalSaving, togglePick } from './hotspot-picks.ts'

const hotspot = (id: number): UnvisitedHotspot => ({
  id,
  centre: { type: 'Point', coordinates: [14 + id / 100, 59.3] },
  report_count: 10 - id,
  observation_count: 0,
  top_category: 'lighting',
  nearest_walk_m: null,
  place_name: null,
})

describe('the places chosen for the next route', () => {
  it('are the first five to begin with', () => {
    expect([...defaultPicks([1, 2, 3, 4, 5, 6, 7].map(hotspot))]).toEqual([1, 2, 3, 4, 5])
    expect([...defaultPicks([1, 2].map(hotspot))]).toEqual([1, 2])
  })

  it('are ticked and unticked, never beyond the maximum', () => {
    const picks = new Set([1, 2])
    expect([...togglePick(picks, 3)]).toEqual([1, 2, 3])
    expect([...togglePick(picks, 1)]).toEqual([2])
    expect([...togglePick(picks, 3, 2)]).toEqual([1, 2])
  })

  it('become the proposal’s stops in the list’s order', () => {
    expect(pickedStops([3, 1, 2].map(hotspot), new Set([2, 3]))).toEqual([
      [14.03, 59.3],
      [14.02, 59.3],
    ])
  })

  it('tell what 2-opt saved against nearest neighbour', () => {
    expect(proposalSaving({ length_m: 900, nearest_neighbour_m: 1000 })).toEqual({ metres: 100, percent: 10 })
    expect(proposalSaving({ length_m: 500, nearest_neighbour_m: 500 })).toEqual({ metres: 0, percent: 0 })
    expect(proposalSaving({ length_m: 0, nearest_neighbour_m: 0 })).toEqual({ metres: 0, percent: 0 })
  })
})
