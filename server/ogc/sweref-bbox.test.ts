import { describe, expect, it } from 'vitest'
import { clipToSweref, SWEREF99_TM_AREA } from './sweref-bbox.ts'

describe('clipToSweref', () => {
  it('keeps a bbox inside Sweden as it is', () => {
    expect(clipToSweref([14.05, 59.28, 14.16, 59.35])).toEqual([14.05, 59.28, 14.16, 59.35])
  })

  it('cuts the whole world down to the projection’s area', () => {
    expect(clipToSweref([-180, -90, 180, 90])).toEqual(SWEREF99_TM_AREA)
  })

  it('cuts a bbox that reaches beyond the area on one side', () => {
    expect(clipToSweref([5, 59, 14.5, 60])).toEqual([10.03, 59, 14.5, 60])
  })

  it('finds nothing for a bbox far away', () => {
    expect(clipToSweref([100, -1, 110, 1])).toBeUndefined()
  })
})
