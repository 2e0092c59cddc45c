import { describe, expect, it } from 'vitest'
import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'
import { markBounds, markStepRanges, markSummary } from './mark-cells.ts'

const cell = (lon: number, lat: number, count: number) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] }, properties: { count } })
const cells: MarkCells = { type: 'FeatureCollection', features: [cell(14.10, 59.31, 2), cell(14.12, 59.30, 7), cell(14.11, 59.32, 1)] }

describe('the marked places', () => {
  it('are counted, and the square with most is found', () => {
    expect(markSummary(cells)).toEqual({ marks: 10, cells: 3, top: { coordinates: [14.12, 59.3], count: 7 } })
    expect(markSummary({ type: 'FeatureCollection', features: [] })).toEqual({ marks: 0, cells: 0, top: null })
  })

  it('have a box around them', () => {
    expect(markBounds(cells)).toEqual([
      [14.1, 59.3],
      [14.12, 59.32],
    ])
    expect(markBounds({ type: 'FeatureCollection', features: [] })).toBeNull()
  })

  it('are drawn in steps without gaps', () => {
    expect(markStepRanges).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 9 },
      { from: 10, to: 29 },
      { from: 30, to: null },
    ])
  })
})
