import { describe, expect, it } from 'vitest'
import { crossHatchPattern, hatchPattern, hexToRgb } from './hatch-pattern.ts'

describe('hatchPattern', () => {
  it('draws a diagonal stripe that joins the next tile', () => {
    const tile = hatchPattern(8, [10, 20, 30])
    const alpha = (x: number, y: number) => tile.data[(y * 8 + x) * 4 + 3]
    expect(alpha(0, 0)).toBe(200)
    expect(alpha(7, 1)).toBe(200)
    expect(alpha(3, 0)).toBe(0)
    expect([...tile.data.slice(0, 3)]).toEqual([10, 20, 30])
  })

  it('crosses the stripes both ways, so it differs from the single hatch without colour', () => {
    const tile = crossHatchPattern(8, [10, 20, 30])
    const alpha = (x: number, y: number) => tile.data[(y * 8 + x) * 4 + 3]
    expect(alpha(0, 0)).toBe(170)
    expect(alpha(7, 1)).toBe(170)
    expect(alpha(3, 3)).toBe(170)
    expect(alpha(4, 2)).toBe(0)
    expect(alpha(3, 0)).toBe(0)
  })

  it('reads hex colours', () => {
    expect(hexToRgb('#8f3e00')).toEqual([143, 62, 0])
  })
})
