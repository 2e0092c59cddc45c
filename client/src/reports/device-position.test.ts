import { describe, expect, it } from 'vitest'
import { judgePosition, nearMunicipality, positionFailure } from './device-position.ts'

const at = (accuracy: number) => ({ coords: { longitude: 14.1, latitude: 59.3, accuracy } })

describe('the device position', () => {
  it('is good up to 100 m and poor beyond, rounded up', () => {
    expect(judgePosition(at(12.2))).toEqual({ kind: 'good', coordinates: [14.1, 59.3], accuracy: 13 })
    expect(judgePosition(at(100))).toMatchObject({ kind: 'good', accuracy: 100 })
    expect(judgePosition(at(100.2))).toMatchObject({ kind: 'poor', accuracy: 101 })
    expect(judgePosition(at(Number.NaN))).toMatchObject({ kind: 'poor' })
  })

  it('names why it failed', () => {
    expect(positionFailure({ code: 1 })).toBe('denied')
    expect(positionFailure({ code: 2 })).toBe('unavailable')
    expect(positionFailure({ code: 3 })).toBe('timeout')
  })

  it('knows roughly where the municipality is', () => {
    expect(nearMunicipality([14.107, 59.309])).toBe(true)
    expect(nearMunicipality([18.07, 59.33])).toBe(false)
  })
})
