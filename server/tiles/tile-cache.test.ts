import { describe, expect, it } from 'vitest'
import { TileCache } from './tile-cache.ts'

const tile = (bytes: number) => new Uint8Array(bytes)

describe('TileCache', () => {
  it('keeps tiles until their bytes pass the bound, then drops the least recently used', () => {
    const cache = new TileCache(3 * 1200)
    cache.set('a', tile(1000))
    cache.set('b', tile(1000))
    cache.set('c', tile(1000))
    expect(cache.size).toBe(3)
    // Reading a makes b the oldest.
    expect(cache.get('a')).toBeDefined()
    cache.set('d', tile(1000))
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd'].map((key) => cache.get(key)?.byteLength)).toEqual([1000, 1000, 1000])
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes)
  })

  it('counts a replaced tile once, keeps empty tiles, and never holds one larger than the bound', () => {
    const cache = new TileCache(10_000)
    cache.set('a', tile(1000))
    cache.set('a', tile(2000))
    expect(cache.size).toBe(1)
    expect(cache.bytes).toBe(2200)
    cache.set('empty', tile(0))
    expect(cache.get('empty')?.byteLength).toBe(0)
    cache.set('huge', tile(20_000))
    expect(cache.get('huge')).toBeUndefined()
    expect(cache.get('a')?.byteLength).toBe(2000)
  })
})
