import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { collectionIds } from '../data/collections.ts'
import type { CollectionData, CollectionId, MapFeature } from '../data/collections.ts'
import { periodFilterExpression } from './period-expression.ts'
import { filterByPeriod, periods } from './period-filter.ts'
import type { Period } from './period-filter.ts'

const feature = (id: number, properties: Record<string, unknown>): MapFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [14.1, 59.3] },
  properties,
})

const collection = (...features: MapFeature[]) => ({ type: 'FeatureCollection' as const, features })

// The edges: around the start instant, the day and the month it falls in, and features without a date.
const data: CollectionData = {
  'safety-walks': collection(
    feature(1, { status: 'done', starts_at: '2016-05-17T15:30:00+00:00' }),
    feature(2, { status: 'done', starts_at: '2026-05-19T16:00:00+00:00' }),
    feature(3, { status: 'planned', starts_at: '2020-01-01T16:00:00+00:00' }),
    feature(4, { status: 'done', starts_at: '2025-11-23T11:59:00+00:00' }),
    feature(5, { status: 'done', starts_at: '2025-11-23T12:01:00+00:00' }),
    feature(6, { status: 'done' }),
  ),
  'walk-observations': collection(
    feature(1, { observed_on: '2025-11-22' }),
    feature(2, { observed_on: '2025-11-23' }),
    feature(3, { observed_on: '2025-11-24' }),
    feature(4, {}),
  ),
  reports: collection(
    feature(1, { reported_month: '2025-10' }),
    feature(2, { reported_month: '2025-11' }),
    feature(3, { reported_month: '2026-02' }),
    feature(4, { reported_month: '' }),
  ),
  measures: collection(
    feature(1, { status: 'done', done_on: '2019-01-01' }),
    feature(2, { status: 'proposed', decided_on: null }),
    feature(3, { status: 'done', done_on: '2026-01-19' }),
    feature(4, { status: 'rejected', done_on: null, decided_on: '2025-11-24' }),
    feature(5, { status: 'rejected', done_on: '', decided_on: '2025-11-01' }),
    feature(6, { status: 'decided', decided_on: '2001-01-01' }),
    feature(7, { status: 'done', done_on: null, decided_on: null }),
  ),
  'watch-areas': collection(feature(1, { startup_meeting_on: '2010-01-01' })),
}

/** What MapLibre keeps of a layer's features with the expression as its filter. */
function keptByExpression(id: CollectionId, features: readonly MapFeature[], period: Period, now: Date) {
  const expression = periodFilterExpression(id, period, now)
  if (!expression) return features.map((item) => item.id)
  const filter = featureFilter(expression, 'filter')
  // As in a vector tile: null properties are left out.
  const tileProperties = (properties: MapFeature['properties']) => Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null))
  return features
    .filter((item) => filter.filter({ zoom: 14 }, { type: 1, id: item.id, properties: tileProperties(item.properties), geometry: [] }))
    .map((item) => item.id)
}

describe('periodFilterExpression', () => {
  // At noon and at midnight: a day starting exactly at the start counts.
  for (const now of [new Date('2026-11-23T12:00:00Z'), new Date('2026-11-23T00:00:00Z')]) {
    for (const period of periods) {
      it(`keeps what filterByPeriod keeps (${period}, ${now.toISOString()})`, () => {
        const filtered = filterByPeriod(data, period, now)
        for (const id of collectionIds) {
          const expected = filtered[id]?.features.map((item) => item.id) ?? []
          expect(keptByExpression(id, data[id]?.features ?? [], period, now), id).toEqual(expected)
        }
      })
    }
  }

  it('drops what filterByPeriod drops', () => {
    const now = new Date('2026-11-23T12:00:00Z')
    expect(keptByExpression('reports', data.reports?.features ?? [], 'year', now)).toEqual([2, 3, 4])
    expect(keptByExpression('walk-observations', data['walk-observations']?.features ?? [], 'year', now)).toEqual([3, 4])
  })

  it('lets clusters pass, whose members it cannot see', () => {
    const cluster = feature(99, { cluster: true, point_count: 12 })
    expect(keptByExpression('reports', [cluster], 'year', new Date('2026-11-23T12:00:00Z'))).toEqual([99])
  })

  it('is null for all years and for undated layers', () => {
    expect(periodFilterExpression('reports', 'all', new Date())).toBeNull()
    expect(periodFilterExpression('watch-areas', 'year', new Date())).toBeNull()
  })
})
