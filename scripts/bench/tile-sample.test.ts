import { describe, expect, it } from 'vitest'
import { disjointViewports, spread, tileAt, tileBox, tileKey, tilesOfBox, TOWN_BOX, TOWN_CENTRE, viewportAround } from './tile-sample.ts'

describe('the tiles the scale bench asks for', () => {
  it('finds the tile that holds a point, and that tile covers it', () => {
    // Norra torget at z14: the tile MapLibre asks for there (seen in the browser's requests).
    expect(tileAt(TOWN_CENTRE[0], TOWN_CENTRE[1], 14)).toEqual({ z: 14, x: 8834, y: 4820 })
    for (const z of [0, 8, 12, 16, 22]) {
      const [west, south, east, north] = tileBox(tileAt(TOWN_CENTRE[0], TOWN_CENTRE[1], z))
      expect(TOWN_CENTRE[0]).toBeGreaterThanOrEqual(west)
      expect(TOWN_CENTRE[0]).toBeLessThan(east)
      expect(TOWN_CENTRE[1]).toBeGreaterThan(south)
      expect(TOWN_CENTRE[1]).toBeLessThanOrEqual(north)
    }
    expect(tileAt(0, 0, 0)).toEqual({ z: 0, x: 0, y: 0 })
  })

  it('covers a box with every tile that touches it', () => {
    const tiles = tilesOfBox(TOWN_BOX, 14)
    const xs = new Set(tiles.map((tile) => tile.x))
    const ys = new Set(tiles.map((tile) => tile.y))
    expect(tiles).toHaveLength(xs.size * ys.size)
    expect(tiles).toContainEqual(tileAt(TOWN_BOX[0], TOWN_BOX[3], 14))
    expect(tiles).toContainEqual(tileAt(TOWN_BOX[2], TOWN_BOX[1], 14))
  })

  it('spreads a sample over the whole list, the same each time', () => {
    const items = Array.from({ length: 100 }, (_, index) => index)
    expect(spread(items, 4)).toEqual([0, 25, 50, 75])
    expect(spread(items.slice(0, 3), 4)).toEqual([0, 1, 2])
  })

  it('lays out 20-tile views that share no tile, the town-centre view among them', () => {
    const views = disjointViewports(TOWN_BOX, [15, 16], 30)
    expect(views).toHaveLength(30)
    expect(views.every((view) => view.length === 20)).toBe(true)
    expect(new Set(views.flat().map((tile) => tileKey('reports', tile))).size).toBe(30 * 20)
    const centre = viewportAround(TOWN_CENTRE[0], TOWN_CENTRE[1], 15)
    expect(views.some((view) => tileKey('reports', view[0]!) === tileKey('reports', centre[0]!))).toBe(true)
  })
})
