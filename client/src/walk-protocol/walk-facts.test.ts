import { describe, expect, it } from 'vitest'
import type { MapFeature } from '../data/collections.ts'
import { durationText, factsFromFeature, splitWalks } from './walk-facts.ts'

const route = { type: 'LineString' as const, coordinates: [[14.1, 59.31], [14.11, 59.31]] }

function walk(id: number, startsAt: string, status: string, extra: Record<string, unknown> = {}): MapFeature {
  return {
    type: 'Feature',
    id,
    geometry: route,
    properties: { title: `Vandring ${id}`, starts_at: startsAt, status, duration_minutes: 120, light: 'dark', ...extra },
  }
}

describe('walks from the open collection', () => {
  it('read every property the public pages show', () => {
    const facts = factsFromFeature(
      walk(3, '2025-10-21T18:00:00+02:00', 'done', {
        meeting_point_name: 'Rådhuset',
        invited: 'Polisen',
        max_participants: 20,
        how_to_join: 'Anmäl dig.',
        length_m: 1840,
        follow_up_on: '2025-11-05',
        protocol_published: true,
        demo: true,
      }),
    )
    expect(facts).toEqual({
      id: 3,
      title: 'Vandring 3',
      starts_at: '2025-10-21T18:00:00+02:00',
      duration_minutes: 120,
      light: 'dark',
      status: 'done',
      meeting_point_name: 'Rådhuset',
      meeting_point: null,
      route,
      length_m: 1840,
      invited: 'Polisen',
      max_participants: 20,
      follow_up_on: '2025-11-05',
      how_to_join: 'Anmäl dig.',
      protocol_published: true,
      demo: true,
    })
  })

  it('leave out a feature without an id or a start, and show missing values as missing', () => {
    expect(factsFromFeature({ type: 'Feature', geometry: route, properties: { starts_at: '2025-01-01T10:00:00Z' } })).toBeNull()
    expect(factsFromFeature({ type: 'Feature', id: 1, geometry: route, properties: {} })).toBeNull()
    const bare = factsFromFeature({ type: 'Feature', id: 1, geometry: route, properties: { starts_at: '2025-01-01T10:00:00Z' } })
    expect(bare).toMatchObject({ title: '', light: null, max_participants: null, duration_minutes: null, protocol_published: false })
  })

  it('split into upcoming (soonest first) and past (newest first)', () => {
    const now = new Date('2025-06-01T12:00:00Z')
    const lists = splitWalks(
      {
        type: 'FeatureCollection',
        features: [
          walk(1, '2024-05-01T15:00:00Z', 'done'),
          walk(2, '2025-09-01T16:00:00Z', 'planned'),
          walk(3, '2025-06-20T16:00:00Z', 'planned'),
          walk(4, '2024-10-01T16:00:00Z', 'done'),
          walk(5, '2025-07-01T16:00:00Z', 'cancelled'),
          // Started an hour ago and lasts two: still upcoming until it ends.
          walk(6, '2025-06-01T11:00:00Z', 'planned'),
          // Planned, but its time has passed without being marked done.
          walk(7, '2025-05-01T11:00:00Z', 'planned'),
        ],
      },
      now,
    )
    expect(lists.upcoming.map((facts) => facts.id)).toEqual([6, 3, 2])
    expect(lists.past.map((facts) => facts.id)).toEqual([7, 4, 1])
  })
})

describe('a walk\'s duration', () => {
  const t = (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options)}`
  it('is said in hours and minutes', () => {
    expect(durationText(120, t)).toBe('walkProtocol.duration.hours {"hours":2}')
    expect(durationText(90, t)).toBe('walkProtocol.duration.hoursMinutes {"hours":1,"minutes":30}')
    expect(durationText(45, t)).toBe('walkProtocol.duration.minutes {"minutes":45}')
  })
})
