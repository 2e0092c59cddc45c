/**
 * Which tiles the scale bench asks for: the web-mercator tiles (z/x/y) of a box at a zoom, the
 * town's tiles, and 20-tile viewports (5 × 4 tiles, what a desk screen shows) around a centre.
 * Every selection is deterministic, so two runs ask for the same tiles.
 */
import { collectionIds } from '../../client/src/data/collections.ts'
import type { CollectionId } from '../../client/src/data/collections.ts'

/** The layers the tiles serve: the public map's collections, the list the client draws. */
export const TILE_LAYERS = collectionIds

export type TileLayer = CollectionId

export interface Tile {
  z: number
  x: number
  y: number
}

/** [west, south, east, north] in WGS84. */
export type Box = readonly [number, number, number, number]

/** The town as a desk screen shows it at zoom 13–14 (the planning bench's TOWN_BBOX), about 7 × 6 km. */
export const TOWN_BOX: Box = [14.05, 59.28, 14.17, 59.34]
/** The municipality (13.59–14.34 E, 59.01–59.49 N): what the low zooms show. */
export const MUNICIPALITY_BOX: Box = [13.59, 59.01, 14.34, 59.49]
/** Norra torget, where the large town is densest. */
export const TOWN_CENTRE: readonly [number, number] = [14.1075, 59.3098]

export const tileKey = (layer: string, tile: Tile) => `${layer}/${tile.z}/${tile.x}/${tile.y}`

/** The tile that holds a point at zoom z. */
export function tileAt(lon: number, lat: number, z: number): Tile {
  const n = 2 ** z
  const x = Math.floor(((lon + 180) / 360) * n)
  const rad = (lat * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) }
}

/** The WGS84 box a tile covers. */
export function tileBox({ z, x, y }: Tile): Box {
  const n = 2 ** z
  const lon = (column: number) => (column / n) * 360 - 180
  const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)]
}

/** Every tile of zoom z that touches the box, row by row. */
export function tilesOfBox(box: Box, z: number): Tile[] {
  const [west, south, east, north] = box
  const topLeft = tileAt(west, north, z)
  const bottomRight = tileAt(east, south, z)
  const tiles: Tile[] = []
  for (let y = topLeft.y; y <= bottomRight.y; y++) {
    for (let x = topLeft.x; x <= bottomRight.x; x++) tiles.push({ z, x, y })
  }
  return tiles
}

/** At most `count` of the items, spread evenly over the list (always the same ones). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items]
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!)
}

/** The 5 × 4 tiles of a desk screen's view whose top-left tile is (x, y). */
function viewportAt(z: number, x: number, y: number): Tile[] {
  const tiles: Tile[] = []
  for (let row = 0; row < 4; row++) {
    for (let column = 0; column < 5; column++) tiles.push({ z, x: x + column, y: y + row })
  }
  return tiles
}

/** The 20 tiles around a centre at zoom z. */
export function viewportAround(lon: number, lat: number, z: number): Tile[] {
  const centre = tileAt(lon, lat, z)
  return viewportAt(z, centre.x - 2, centre.y - 2)
}

/** The box a set of tiles covers, for the same view as GeoJSON. */
export function boxOfTiles(tiles: readonly Tile[]): Box {
  const boxes = tiles.map(tileBox)
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ]
}

/**
 * Views of 20 tiles that share no tile with each other, laid edge to edge over the box at each
 * zoom, nearest the town centre first: every one is a view nobody has asked for yet.
 */
export function disjointViewports(box: Box, zooms: readonly number[], count: number): Tile[][] {
  const views: { distance: number; tiles: Tile[] }[] = []
  for (const z of zooms) {
    const [first] = tilesOfBox(box, z)
    const last = tilesOfBox(box, z).at(-1)!
    const centre = tileAt(TOWN_CENTRE[0], TOWN_CENTRE[1], z)
    // Aligned on the centre's view, so the first one is the town-centre view itself.
    const startX = centre.x - 2 - Math.ceil((centre.x - 2 - first!.x) / 5) * 5
    const startY = centre.y - 2 - Math.ceil((centre.y - 2 - first!.y) / 4) * 4
    for (let y = startY; y <= last.y; y += 4) {
      for (let x = startX; x <= last.x; x += 5) {
        const distance = Math.hypot(x + 2 - centre.x, y + 2 - centre.y) / 2 ** z
        views.push({ distance, tiles: viewportAt(z, x, y) })
      }
    }
  }
  return views
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((view) => view.tiles)
}
