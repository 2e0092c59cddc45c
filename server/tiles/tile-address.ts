import { badRequest } from '../errors.ts'
import type { Bbox } from '../ogc/feature-queries.ts'

/** A tile of the Web Mercator (EPSG:3857) tile pyramid, as MapLibre and XYZ addresses count them. */
export interface TileAddress {
  z: number
  x: number
  y: number
}

/** The deepest zoom a tile is made for; MapLibre overzooms from the TileJSON's maxzoom long before. */
export const MAX_TILE_ZOOM = 22

const INTEGER = /^(0|[1-9][0-9]{0,6})$/

/**
 * Reads the `z`, `x` and `y.mvt` parts of a tile's path. Anything else – another extension, a
 * sign, a leading zero, a fraction, a zoom beyond 22, a column or row outside the zoom's 2^z – is a
 * 400, decided here before any query.
 */
export function parseTileAddress(z: string, x: string, yFile: string): TileAddress {
  const y = yFile.endsWith('.mvt') ? yFile.slice(0, -'.mvt'.length) : undefined
  if (y === undefined) {
    throw badRequest(
      'invalid_tile_format',
      'En tile hämtas som .mvt (Mapbox Vector Tile), till exempel /tiles/reports/14/8833/4744.mvt.',
      'A tile is fetched as .mvt (Mapbox Vector Tile), for example /tiles/reports/14/8833/4744.mvt.',
    )
  }
  if (!INTEGER.test(z) || !INTEGER.test(x) || !INTEGER.test(y)) {
    throw badRequest('invalid_tile', 'z, x och y ska vara heltal från 0 och uppåt.', 'z, x and y must be whole numbers from 0 up.')
  }
  const address = { z: Number(z), x: Number(x), y: Number(y) }
  if (address.z > MAX_TILE_ZOOM) {
    throw badRequest('invalid_tile', `z kan vara 0 till ${MAX_TILE_ZOOM}.`, `z can be 0 to ${MAX_TILE_ZOOM}.`)
  }
  const last = 2 ** address.z - 1
  if (address.x > last || address.y > last) {
    throw badRequest('invalid_tile', `x och y kan vara 0 till ${last} på zoomnivå ${address.z}.`, `x and y can be 0 to ${last} at zoom ${address.z}.`)
  }
  return address
}

/** Half the Web Mercator world's width, in its metres. */
const HALF_WORLD = Math.PI * 6378137

/** The tile's width in Web Mercator metres. */
export const tileWidth = (z: number) => (2 * HALF_WORLD) / 2 ** z

/**
 * The tile with `margin` (a share of its width) on every side, as longitude and latitude: a Web
 * Mercator tile is a box of meridians and parallels. Cut at the world's edges.
 */
export function tileLonLatBounds({ z, x, y }: TileAddress, margin = 0): Bbox {
  const tiles = 2 ** z
  const lon = (column: number) => Math.min(Math.max((column / tiles) * 360 - 180, -180), 180)
  const lat = (row: number) => {
    const clamped = Math.min(Math.max(row, 0), tiles)
    return (Math.atan(Math.sinh(Math.PI * (1 - (2 * clamped) / tiles))) * 180) / Math.PI
  }
  return [lon(x - margin), lat(y + 1 + margin), lon(x + 1 + margin), lat(y - margin)]
}
