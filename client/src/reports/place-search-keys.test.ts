import { describe, expect, it } from 'vitest'
import { isSearchable, nextActiveIndex } from './place-search-keys.ts'

describe('the place search', () => {
  it('searches from two characters, spaces not counted', () => {
    expect(isSearchable('S')).toBe(false)
    expect(isSearchable(' S ')).toBe(false)
    expect(isSearchable('St')).toBe(true)
  })

  it('moves through the suggestions with the arrow keys, stopping at the ends', () => {
    expect(nextActiveIndex('ArrowDown', -1, 3)).toBe(0)
    expect(nextActiveIndex('ArrowDown', 2, 3)).toBe(2)
    expect(nextActiveIndex('ArrowUp', 1, 3)).toBe(0)
    expect(nextActiveIndex('ArrowUp', 0, 3)).toBe(-1)
    expect(nextActiveIndex('End', 0, 3)).toBe(2)
    expect(nextActiveIndex('Home', 2, 3)).toBe(0)
    expect(nextActiveIndex('ArrowDown', -1, 0)).toBe(-1)
    expect(nextActiveIndex('a', 1, 3)).toBe(1)
  })
})
