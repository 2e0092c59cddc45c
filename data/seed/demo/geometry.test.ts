import { describe, it, expect } from 'vitest'
import { booleanValid, polygon } from '@turf/turf'
import { distanceMetres, irregularRing, offset } from './geometry.ts'
import { createRng } from './random.ts'
import type { LonLat } from './types.ts'

const CENTRE: LonLat = [14.108, 59.309]

describe('offset and distanceMetres', () => {
  it('agree with each other to within a few centimetres', () => {
    expect(distanceMetres(CENTRE, offset(CENTRE, 300, 0))).toBeCloseTo(300, 1)
    expect(distanceMetres(CENTRE, offset(CENTRE, 0, -200))).toBeCloseTo(200, 1)
    expect(distanceMetres(CENTRE, offset(CENTRE, 30, 40))).toBeCloseTo(50, 1)
  })

  it('round to 6 decimals', () => {
    for (const value of offset(CENTRE, 12.345, 67.89)) expect(value).toBe(Math.round(value * 1e6) / 1e6)
  })
})

describe('irregularRing', () => {
  it('is closed, valid and stays within the radius', () => {
    const rng = createRng('geometry-test')
    for (let n = 0; n < 20; n++) {
      const ring = irregularRing(rng, CENTRE, 50, 100, 6)
      expect(ring).toHaveLength(7)
      expect(ring[0]).toEqual(ring.at(-1))
      expect(booleanValid(polygon([ring]))).toBe(true)
      for (const vertex of ring) expect(distanceMetres(CENTRE, vertex)).toBeLessThanOrEqual(100 * 1.15 + 1)
    }
  })
})
