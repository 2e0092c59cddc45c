import { describe, expect, it } from 'vitest'
import { walkIdFromSearch } from './walk-id.ts'

describe('the walk in the address', () => {
  it('is a positive whole number from ?id=', () => {
    expect(walkIdFromSearch('?id=12')).toBe(12)
    expect(walkIdFromSearch('?x=1&id=3')).toBe(3)
  })

  it('is null when missing or not a walk number', () => {
    for (const search of ['', '?id=', '?id=0', '?id=-2', '?id=1.5', '?id=abc', '?id=99999999999']) expect(walkIdFromSearch(search)).toBeNull()
  })
})
