import { describe, expect, it } from 'vitest'
import { accuracyCircle, fixFromPosition, GOOD_FIX_METRES } from './field-position.ts'

const at = (accuracy: number) => ({ coords: { longitude: 14.10751234, latitude: 59.30981234, accuracy } })

describe('a position fix', () => {
  it('is good up to 50 m and poor beyond, rounded up', () => {
    expect(fixFromPosition(at(12.2))).toEqual({ coordinates: [14.107512, 59.309812], accuracy: 13, good: true })
    expect(fixFromPosition(at(GOOD_FIX_METRES)).good).toBe(true)
    expect(fixFromPosition(at(50.4))).toMatchObject({ accuracy: 51, good: false })
    expect(fixFromPosition(at(Number.NaN))).toMatchObject({ accuracy: Number.POSITIVE_INFINITY, good: false })
  })
})

describe('the accuracy circle', () => {
  it('is a closed ring that reaches the given metres north and east', () => {
    const circle = accuracyCircle([14.1075, 59.3098], 100, 4)
    const ring = circle.coordinates[0] ?? []
    expect(ring).toHaveLength(5)
    expect(ring[0]).toEqual(ring[4])
    const east = ring[0] ?? [0, 0]
    const north = ring[1] ?? [0, 0]
    // 100 m north is about 0.0009°; east it is about twice as many degrees at 59° N.
    expect((north[1] ?? 0) - 59.3098).toBeCloseTo(0.000899, 5)
    expect((east[0] ?? 0) - 14.1075).toBeCloseTo(0.000899 / Math.cos((59.3098 * Math.PI) / 180), 5)
  })
})
