import { describe, expect, it } from 'vitest'
import type { MapFeatureCollection } from '../data/collections.ts'
import { activeAreaCount, activeSince } from './watch-area-public.ts'
import type { FormatContext } from './translate.ts'

const context: FormatContext = {
  language: 'sv',
  t: (key, options) => `${key} ${String(options?.date)}`,
}

const area = (status: string) => ({ type: 'Feature' as const, id: status, geometry: { type: 'Point' as const, coordinates: [14, 59] }, properties: { status } })

describe('an area on the open map', () => {
  it('is active since its start-up meeting', () => {
    expect(activeSince({ status: 'active', startup_meeting_on: '2021-03-12' }, context)).toBe('details.activeSince 12 mars 2021')
  })

  it('says nothing for a planned area or one without a start-up meeting', () => {
    expect(activeSince({ status: 'planned', startup_meeting_on: '2021-03-12' }, context)).toBeNull()
    expect(activeSince({ status: 'active', startup_meeting_on: null }, context)).toBeNull()
  })

  it('counts only the active areas, and nothing before they arrive', () => {
    const areas: MapFeatureCollection = { type: 'FeatureCollection', features: [area('active'), area('planned'), area('active'), area('inactive')] }
    expect(activeAreaCount(areas)).toBe(2)
    expect(activeAreaCount(undefined)).toBeNull()
  })
})
