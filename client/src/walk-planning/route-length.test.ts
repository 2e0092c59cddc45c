import { describe, expect, it } from 'vitest'
import type { FormatContext } from '../features/translate.ts'
import { lengthInWords, routeLengthMetres } from './route-length.ts'

const context = (language: 'sv' | 'en'): FormatContext => ({ language, t: (key, options) => `${String(options?.value)} ${key.endsWith('kilometres') ? 'km' : 'm'}` })

describe('the route’s length', () => {
  it('is nothing before two points are set', () => {
    expect(routeLengthMetres(null)).toBe(0)
    expect(routeLengthMetres([[14.1, 59.3]])).toBe(0)
  })

  it('follows the line: one minute of latitude is about 1,852 m', () => {
    expect(routeLengthMetres([[14.1, 59.3], [14.1, 59.3 + 1 / 60]])).toBeCloseTo(1853, -1)
    const there = routeLengthMetres([[14.1, 59.3], [14.11, 59.3]])
    expect(routeLengthMetres([[14.1, 59.3], [14.11, 59.3], [14.1, 59.3]])).toBeCloseTo(2 * there, 6)
  })

  it('is said in metres under a kilometre and in kilometres with one decimal above', () => {
    expect(lengthInWords(849.6, context('sv'))).toBe('850 m')
    expect(lengthInWords(1249, context('sv'))).toBe('1,2 km')
    expect(lengthInWords(1249, context('en'))).toBe('1.2 km')
  })
})
