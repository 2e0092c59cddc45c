import { describe, expect, it } from 'vitest'
import type { Box } from './municipality-view.ts'
import { nextFit, noFit, policeAreaLimits } from './municipality-view.ts'
import { maxBounds } from './view.ts'

// The boxes GET /api/municipalities gives for the demo police area.
const kristinehamn = { code: '1781', bbox: [13.58999, 59.01278, 14.33963, 59.48914] as Box }
const storfors = { code: '1760', bbox: [14.00316, 59.31713, 14.4759, 59.60826] as Box }
const filipstad = { code: '1782', bbox: [13.78118, 59.55283, 14.46535, 60.25149] as Box }

describe('how far the public map pans', () => {
  it('reaches all of Filipstad, which lies north of the first view\'s limits', () => {
    const [west, south, east, north] = policeAreaLimits([kristinehamn.bbox, storfors.bbox, filipstad.bbox])
    expect(north).toBeCloseTo(60.45149, 5)
    expect(north).toBeGreaterThan(maxBounds[1][1])
    expect(east).toBeCloseTo(14.9759, 5)
    // Half a degree west of Kristinehamn; the first view's south limit is further out already.
    expect(west).toBeCloseTo(13.08999, 5)
    expect(south).toBe(maxBounds[0][1])
  })

  it('keeps the first view\'s limits without municipalities or with one small one', () => {
    const first = [maxBounds[0][0], maxBounds[0][1], maxBounds[1][0], maxBounds[1][1]]
    expect(policeAreaLimits([])).toEqual(first)
    expect(policeAreaLimits([[14.1, 59.3, 14.12, 59.31]])).toEqual(first)
  })
})

describe('when the public map moves to a municipality', () => {
  it('keeps the first view when the page opens without ?kommun=', () => {
    expect(nextFit(noFit, null, false)).toBe(noFit)
    expect(nextFit(noFit, kristinehamn, false)).toEqual({ code: '1781', fit: null })
  })

  it('starts on the municipality the address names, without flying there', () => {
    expect(nextFit(noFit, filipstad, true)).toEqual({ code: '1782', fit: { code: '1782', box: filipstad.bbox, seq: 1, instant: true } })
  })

  it('moves to every new choice, back to the default municipality too, and not again for the same one', () => {
    const opened = nextFit(noFit, kristinehamn, false)
    const toFilipstad = nextFit(opened, filipstad, true)
    expect(toFilipstad.fit).toEqual({ code: '1782', box: filipstad.bbox, seq: 1, instant: false })
    expect(nextFit(toFilipstad, filipstad, true)).toBe(toFilipstad)
    const toStorfors = nextFit(toFilipstad, storfors, true)
    expect(toStorfors.fit).toMatchObject({ code: '1760', seq: 2, instant: false })
    // Back to Kristinehamn: the address no longer names a municipality, the map still moves.
    expect(nextFit(toStorfors, kristinehamn, false).fit).toEqual({ code: '1781', box: kristinehamn.bbox, seq: 3, instant: false })
  })
})
