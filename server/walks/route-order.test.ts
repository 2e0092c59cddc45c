import { describe, expect, it } from 'vitest'
import { nearestNeighbourOrder, pathLength, twoOpt } from './route-order.ts'

const matrixOf = (points: [number, number][]) => points.map(([ax, ay]) => points.map(([bx, by]) => Math.hypot(ax - bx, ay - by)))

/** A deterministic pseudo-random sequence, so a failure can be repeated. */
function randomPoints(seed: number, count: number): [number, number][] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, () => [next() * 1000, next() * 1000])
}

describe('the order to walk places in', () => {
  it('visits every place once, starting from the meeting point', () => {
    const distance = matrixOf(randomPoints(7, 31))
    const order = twoOpt(distance, nearestNeighbourOrder(distance))
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  })

  it('walks places on a line in their order along it', () => {
    const distance = matrixOf([[0, 0], [300, 0], [100, 0], [400, 0], [200, 0]])
    expect(twoOpt(distance, nearestNeighbourOrder(distance))).toEqual([2, 4, 1, 3])
  })

  it('shortens a path that nearest neighbour leaves crossing itself', () => {
    const distance = matrixOf([[1, 7], [5, 6], [3, 6], [7, 10], [0, 1]])
    const nearest = nearestNeighbourOrder(distance)
    const improved = twoOpt(distance, nearest)
    expect(pathLength(distance, improved)).toBeLessThan(pathLength(distance, nearest))
  })

  it('is never longer than nearest neighbour on random sets, and shorter on most', () => {
    let shorter = 0
    for (let seed = 1; seed <= 40; seed++) {
      const distance = matrixOf(randomPoints(seed, 2 + (seed % 30)))
      const nearest = nearestNeighbourOrder(distance)
      const improved = pathLength(distance, twoOpt(distance, nearest))
      expect(improved).toBeLessThanOrEqual(pathLength(distance, nearest) + 1e-9)
      if (improved < pathLength(distance, nearest) - 1e-6) shorter++
    }
    expect(shorter).toBeGreaterThan(20)
  })
})
