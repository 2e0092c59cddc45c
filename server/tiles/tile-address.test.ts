import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.ts'
import { parseTileAddress, tileLonLatBounds, tileWidth } from './tile-address.ts'

const refusal = (z: string, x: string, y: string) => {
  try {
    parseTileAddress(z, x, y)
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : 'other'
  }
  return 'accepted'
}

describe('parseTileAddress', () => {
  it('reads z, x and y.mvt', () => {
    expect(parseTileAddress('0', '0', '0.mvt')).toEqual({ z: 0, x: 0, y: 0 })
    expect(parseTileAddress('14', '8834', '4820.mvt')).toEqual({ z: 14, x: 8834, y: 4820 })
    expect(parseTileAddress('22', '4194303', '4194303.mvt')).toEqual({ z: 22, x: 4194303, y: 4194303 })
  })

  it('refuses other extensions, non-integers, zooms past 22 and columns or rows outside the zoom', () => {
    expect(refusal('3', '0', '0.pbf')).toBe('400 invalid_tile_format')
    expect(refusal('3', '0', '0')).toBe('400 invalid_tile_format')
    expect(refusal('3', '0', '0.MVT')).toBe('400 invalid_tile_format')
    for (const [z, x, y] of [
      ['23', '0', '0.mvt'],
      ['3', '8', '0.mvt'],
      ['3', '0', '8.mvt'],
      ['3', '-1', '0.mvt'],
      ['3', '1.5', '0.mvt'],
      ['3', '01', '0.mvt'],
      ['3', ' 1', '0.mvt'],
      ['3', '1e1', '0.mvt'],
      ['', '0', '0.mvt'],
      ['3', '0', '.mvt'],
      ['99999999', '0', '0.mvt'],
      ['22', '4194304', '0.mvt'],
    ]) {
      expect(refusal(z!, x!, y!), `${z}/${x}/${y}`).toBe('400 invalid_tile')
    }
  })
})

describe('tile geometry', () => {
  it('gives a tile its box of longitudes and latitudes, with a margin', () => {
    const [west, south, east, north] = tileLonLatBounds({ z: 0, x: 0, y: 0 })
    expect([west, east]).toEqual([-180, 180])
    expect(north).toBeCloseTo(85.0511, 4)
    expect(south).toBeCloseTo(-85.0511, 4)
    // Kristinehamn's tile at zoom 14 and the same with a sixty-fourth of a tile around it.
    const tile = tileLonLatBounds({ z: 14, x: 8834, y: 4820 })
    const wider = tileLonLatBounds({ z: 14, x: 8834, y: 4820 }, 1 / 64)
    expect(tile[0]).toBeLessThan(14.1075)
    expect(tile[2]).toBeGreaterThan(14.1075)
    expect(wider[0]).toBeCloseTo(tile[0] - (tile[2] - tile[0]) / 64, 9)
    expect(wider[3]).toBeGreaterThan(tile[3])
    expect(wider[1]).toBeLessThan(tile[1])
  })

  it('halves the width with each zoom', () => {
    expect(tileWidth(0)).toBeCloseTo(40075016.686, 2)
    expect(tileWidth(16) * 2).toBeCloseTo(tileWidth(15), 6)
  })
})
