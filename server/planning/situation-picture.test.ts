import { describe, expect, it } from 'vitest'
import { periodSpan } from './situation-picture.ts'

const iso = (span: { from: Date; end: Date }) => [span.from.toISOString().slice(0, 10), span.end.toISOString().slice(0, 10)]

describe('the periods of the situation picture', () => {
  it('finds the Monday-to-Sunday week, the quarter and the year of a day', () => {
    expect(iso(periodSpan('week', '2026-11-22'))).toEqual(['2026-11-16', '2026-11-23'])
    expect(iso(periodSpan('week', '2026-11-23'))).toEqual(['2026-11-23', '2026-11-30'])
    expect(iso(periodSpan('quarter', '2026-12-31'))).toEqual(['2026-10-01', '2027-01-01'])
    expect(iso(periodSpan('year', '2026-03-01'))).toEqual(['2026-01-01', '2027-01-01'])
  })

  it('without a day, takes the last whole one before today', () => {
    expect(iso(periodSpan('week', undefined, '2026-11-24'))).toEqual(['2026-11-16', '2026-11-23'])
    expect(iso(periodSpan('quarter', undefined, '2026-11-24'))).toEqual(['2026-07-01', '2026-10-01'])
    expect(iso(periodSpan('year', undefined, '2026-01-01'))).toEqual(['2025-01-01', '2026-01-01'])
  })
})
