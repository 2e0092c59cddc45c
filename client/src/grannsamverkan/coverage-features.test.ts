import { describe, expect, it } from 'vitest'
import type { Coverage, TownCoverage } from '../../../server/shared/api/coverage-schemas.ts'
import { coverageShapes, formatHectares, formatShare, hintsNewestFirst, townsByNeed } from './coverage-features.ts'

const town = (id: number, name: string, share: number, uncovered: TownCoverage['uncovered']): TownCoverage => ({
  id,
  name,
  population: 1000,
  area_m2: 1_000_000,
  covered_m2: share * 1_000_000,
  covered_share: share,
  residents_covered_estimate: Math.round(share * 100) * 10,
  uncovered,
})

const square = { type: 'Polygon' as const, coordinates: [[[14, 59], [14.1, 59], [14.1, 59.1], [14, 59]]] }

const coverage: Coverage = {
  towns: [town(1, 'Kristinehamn', 0.25, square), town(2, 'Björneborg', 1, null), town(3, 'Ölme', 0, square)],
  overlaps: [],
  hints: [
    { report_id: 7, category: 'lighting', status: 'new', reported_month: '2025-03', town: 'Kristinehamn', coordinates: [14.1, 59.3] },
    { report_id: 4, category: 'vegetation', status: 'new', reported_month: '2025-09', town: 'Kristinehamn', coordinates: [14.2, 59.3] },
  ],
}

describe('coverage on the map', () => {
  it('draws the uncovered parts of each tätort and skips a fully covered one', () => {
    const shapes = coverageShapes(coverage)
    expect(shapes.uncovered.features.map((feature) => feature.properties.town)).toEqual(['Kristinehamn', 'Ölme'])
    expect(shapes.hints.features.map((feature) => feature.geometry.coordinates)).toEqual([
      [14.1, 59.3],
      [14.2, 59.3],
    ])
  })

  it('draws nothing before the coverage has arrived', () => {
    expect(coverageShapes(null).uncovered.features).toEqual([])
  })
})

describe('coverage in words', () => {
  it('puts the least covered tätort first and the newest hint first', () => {
    expect(townsByNeed(coverage.towns, 'sv-SE').map((entry) => entry.name)).toEqual(['Ölme', 'Kristinehamn', 'Björneborg'])
    expect(hintsNewestFirst(coverage.hints).map((hint) => hint.report_id)).toEqual([4, 7])
  })

  it('shows a small share with a decimal and a large one without', () => {
    expect(formatShare(0.034, 'sv-SE')).toBe('3,4\u00a0%')
    expect(formatShare(0.256, 'en-GB')).toBe('26%')
    expect(formatShare(0, 'en-GB')).toBe('0%')
  })

  it('gives hectares, with a decimal only for small areas', () => {
    expect(formatHectares(52_000, 'sv-SE')).toBe('5,2')
    expect(formatHectares(6_400_000, 'en-GB')).toBe('640')
  })
})
