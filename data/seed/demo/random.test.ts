import { describe, it, expect } from 'vitest'
import { createRng } from './random.ts'

const draws = (label: string, count = 5) => {
  const rng = createRng(label)
  return Array.from({ length: count }, () => rng.next())
}

describe('createRng', () => {
  it('repeats the same stream for the same label and differs between labels', () => {
    expect(draws('a')).toEqual(draws('a'))
    expect(draws('a')).not.toEqual(draws('b'))
  })

  it('keeps int, pick and weighted within their inputs', () => {
    const rng = createRng('random-test')
    for (let n = 0; n < 200; n++) {
      const value = rng.int(3, 5)
      expect([3, 4, 5]).toContain(value)
      expect(['x', 'y']).toContain(rng.pick(['x', 'y']))
      expect(rng.weighted([['never', 0], ['always', 1]] as const)).toBe('always')
    }
    expect(() => rng.pick([])).toThrow()
  })

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8]
    const shuffled = createRng('shuffle-test').shuffle(items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
  })
})
