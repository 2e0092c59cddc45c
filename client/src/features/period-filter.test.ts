import { describe, expect, it } from 'vitest'
import type { CollectionData, MapFeature } from '../data/collections.ts'
import { filterByPeriod, periodDatetime, periodStart } from './period-filter.ts'

const feature = (id: number, properties: Record<string, unknown>): MapFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [14.1, 59.3] },
  properties,
})

const now = new Date('2026-11-23T12:00:00Z')

const data: CollectionData = {
  'safety-walks': {
    type: 'FeatureCollection',
    features: [
      feature(1, { status: 'done', starts_at: '2016-05-17T15:30:00+00:00' }),
      feature(2, { status: 'done', starts_at: '2026-05-19T16:00:00+00:00' }),
      feature(3, { status: 'planned', starts_at: '2020-01-01T16:00:00+00:00' }),
    ],
  },
  'walk-observations': {
    type: 'FeatureCollection',
    features: [feature(1, { observed_on: '2025-11-22' }), feature(2, { observed_on: '2025-11-24' })],
  },
  reports: {
    type: 'FeatureCollection',
    features: [feature(1, { reported_month: '2025-10' }), feature(2, { reported_month: '2025-11' })],
  },
  measures: {
    type: 'FeatureCollection',
    features: [
      feature(1, { status: 'done', done_on: '2019-01-01' }),
      feature(2, { status: 'proposed', decided_on: null }),
      feature(3, { status: 'done', done_on: '2026-01-19' }),
    ],
  },
  'watch-areas': { type: 'FeatureCollection', features: [feature(1, { startup_meeting_on: '2010-01-01' })] },
}

const ids = (result: CollectionData, collection: keyof CollectionData) => result[collection]?.features.map((item) => item.id)

describe('filterByPeriod', () => {
  it('keeps the last twelve months, what is still to come, and undated layers', () => {
    const result = filterByPeriod(data, 'year', now)
    expect(ids(result, 'safety-walks')).toEqual([2, 3])
    expect(ids(result, 'walk-observations')).toEqual([2])
    expect(ids(result, 'reports')).toEqual([2])
    expect(ids(result, 'measures')).toEqual([2, 3])
    expect(ids(result, 'watch-areas')).toEqual([1])
  })

  it('keeps everything for all years', () => {
    expect(filterByPeriod(data, 'all', now)).toBe(data)
  })

  it('counts three years back in calendar months', () => {
    expect(periodStart('threeYears', now)?.toISOString()).toBe('2023-11-23T12:00:00.000Z')
  })
})

describe('periodDatetime', () => {
  it('asks the server for the period where it dates features as the map does', () => {
    expect(periodDatetime('reports', 'year', now)).toBe('2025-11-01T00:00:00Z/..')
    // A day earlier: the server dates by the walk's start, the map by the day.
    expect(periodDatetime('walk-observations', 'year', now)).toBe('2025-11-22T00:00:00Z/..')
    // The same all day, and for reports all month: tiles asked for with it can be kept.
    const later = new Date('2026-11-23T23:59:00Z')
    expect(periodDatetime('walk-observations', 'year', later)).toBe(periodDatetime('walk-observations', 'year', now))
    expect(periodDatetime('reports', 'year', new Date('2026-11-30T20:00:00Z'))).toBe(periodDatetime('reports', 'year', now))
  })

  it('asks for nothing where the map keeps what the server would drop, or for all years', () => {
    expect(periodDatetime('safety-walks', 'year', now)).toBeNull()
    expect(periodDatetime('measures', 'year', now)).toBeNull()
    expect(periodDatetime('reports', 'all', now)).toBeNull()
  })
})
