import { describe, expect, it } from 'vitest'
import type { RegisterEntry } from '../../../server/shared/api/watch-area-schemas.ts'
import { areaFeatures, areaState, splitRegister } from './area-state.ts'

const entry = (id: number, name: string, status: RegisterEntry['status'], reasons: RegisterEntry['reasons']): RegisterEntry => ({
  id,
  name,
  status,
  households: null,
  contact_count: 0,
  startup_meeting_on: null,
  last_update_on: null,
  signs_condition: null,
  reasons,
  urgency: reasons.length,
})

describe('areaState', () => {
  it('never calls an inactive area out of date', () => {
    expect(areaState(entry(1, 'A', 'inactive', ['no_contact']))).toBe('inactive')
  })

  it('needs an update with any reason, except a planned area only waiting for its start', () => {
    expect(areaState(entry(1, 'A', 'active', ['not_updated']))).toBe('needs_update')
    expect(areaState(entry(1, 'A', 'planned', ['never_started']))).toBe('planned')
    expect(areaState(entry(1, 'A', 'planned', ['never_started', 'no_contact']))).toBe('needs_update')
    expect(areaState(entry(1, 'A', 'active', []))).toBe('in_order')
  })
})

describe('areaFeatures', () => {
  it('joins outlines with the register and labels them in words', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[14, 59], [14.01, 59], [14.01, 59.01], [14, 59]]] }
    const outlines = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, id: 2, geometry: square, properties: {} },
        { type: 'Feature' as const, id: 99, geometry: square, properties: {} },
      ],
    }
    const result = areaFeatures(outlines, [entry(2, 'Kvarnberget', 'active', ['no_contact'])], (state) => `[${state}]`)
    expect(result.features).toHaveLength(1)
    expect(result.features[0]?.properties).toEqual({ area_id: 2, name: 'Kvarnberget', state: 'needs_update', label: 'Kvarnberget\n[needs_update]' })
  })
})

describe('splitRegister', () => {
  it('keeps the server order for the urgent ones and sorts the rest by name', () => {
    const register = [
      entry(3, 'Ö', 'active', ['no_contact']),
      entry(1, 'B', 'active', []),
      entry(2, 'Å', 'inactive', []),
      entry(4, 'A', 'planned', ['never_started']),
    ]
    const { needsUpdate, others } = splitRegister(register, 'sv-SE')
    expect(needsUpdate.map((area) => area.id)).toEqual([3, 4])
    expect(others.map((area) => area.name)).toEqual(['B', 'Å'])
  })
})
