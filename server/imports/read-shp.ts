/**
 * The geometry part of a Shapefile (the .shp), per ESRI's technical description (1998): a
 * 100-byte header, then records of a big-endian header and a little-endian shape. Points,
 * multipoints, polylines and polygons are read, with or without Z and M (which are dropped).
 * Anything cut short or out of bounds is an error, never a guess.
 */
import { tooManyFeatures, tooManyParts, tooManyPositions } from './file-errors.ts'
import { MAX_FEATURES, MAX_PARTS_PER_FEATURE, MAX_POSITIONS, MAX_POSITIONS_PER_FEATURE } from './import-limits.ts'
import type { GeoJsonGeometry } from './source-geometry.ts'

export class ShapefileError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en)
  }
}

type Position = [number, number]

const FILE_CODE = 9994
const HEADER_BYTES = 100
/** Shape types by their base kind; Z variants add 10, M variants add 20: the X/Y layout is the same. */
const baseKinds: Record<number, 'null' | 'point' | 'polyline' | 'polygon' | 'multipoint'> = {
  0: 'null', 1: 'point', 3: 'polyline', 5: 'polygon', 8: 'multipoint',
  11: 'point', 13: 'polyline', 15: 'polygon', 18: 'multipoint',
  21: 'point', 23: 'polyline', 25: 'polygon', 28: 'multipoint',
}

/**
 * Every record's geometry in the file's coordinates, in record order; null for a null shape. The
 * feature and position limits are checked here, from the counts each record declares, before its
 * arrays are built: building them, and matching a polygon's holes to its rings, is the work a
 * small hostile file would otherwise make the server do before the limits are checked.
 */
export function readShp(bytes: Uint8Array): Array<GeoJsonGeometry | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < HEADER_BYTES || view.getInt32(0, false) !== FILE_CODE) {
    throw new ShapefileError('.shp-filen har inget giltigt huvud.', 'the .shp file has no valid header.')
  }
  const declaredBytes = view.getInt32(24, false) * 2
  const end = Math.min(declaredBytes, bytes.byteLength)
  const geometries: Array<GeoJsonGeometry | null> = []
  const positions = { total: 0 }
  let at = HEADER_BYTES
  while (at + 8 <= end) {
    if (geometries.length === MAX_FEATURES) throw tooManyFeatures(MAX_FEATURES + countRecords(view, at, end))
    const contentBytes = recordContentBytes(view, at, geometries.length)
    const start = at + 8
    geometries.push(readShape(new DataView(bytes.buffer, bytes.byteOffset + start, contentBytes), geometries.length, positions))
    at = start + contentBytes
  }
  if (declaredBytes > bytes.byteLength) {
    throw new ShapefileError('.shp-filen är kortare än dess huvud säger.', 'the .shp file is shorter than its header says.')
  }
  return geometries
}

/** The length of the record whose header is at `at`, which must lie wholly in the file. */
function recordContentBytes(view: DataView, at: number, index: number): number {
  const contentBytes = view.getInt32(at + 4, false) * 2
  if (contentBytes < 4 || at + 8 + contentBytes > view.byteLength) {
    throw new ShapefileError(`.shp-filen tar slut mitt i post ${index + 1}.`, `the .shp file ends in the middle of record ${index + 1}.`)
  }
  return contentBytes
}

/** The records from `at` on, by their headers alone, to say how many a file has that is too large. */
function countRecords(view: DataView, at: number, end: number): number {
  let count = 0
  for (let next = at; next + 8 <= end; count++) next += 8 + recordContentBytes(view, next, count)
  return count
}

function readShape(view: DataView, index: number, positions: { total: number }): GeoJsonGeometry | null {
  const type = view.getInt32(0, true)
  const kind = baseKinds[type]
  if (!kind) throw new ShapefileError(`post ${index + 1} har en okänd formtyp (${type}).`, `record ${index + 1} has an unknown shape type (${type}).`)
  const need = (bytes: number) => {
    if (bytes > view.byteLength) throw new ShapefileError(`post ${index + 1} är avkortad.`, `record ${index + 1} is cut short.`)
  }
  /** Counts a record's positions against the limits before its arrays are made. */
  const take = (count: number) => {
    if (count > MAX_POSITIONS_PER_FEATURE) throw tooManyPositions(index)
    positions.total += count
    if (positions.total > MAX_POSITIONS) throw tooManyPositions(null)
  }
  const position = (offset: number): Position => {
    const x = view.getFloat64(offset, true)
    const y = view.getFloat64(offset + 8, true)
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new ShapefileError(`post ${index + 1} har en koordinat som inte är ett tal.`, `record ${index + 1} has a coordinate that is not a number.`)
    }
    return [x, y]
  }
  switch (kind) {
    case 'null':
      return null
    case 'point':
      need(20)
      take(1)
      return { type: 'Point', coordinates: position(4) }
    case 'multipoint': {
      need(40)
      const count = view.getInt32(36, true)
      if (count < 0) throw new ShapefileError(`post ${index + 1} har ett negativt antal punkter.`, `record ${index + 1} has a negative number of points.`)
      take(count)
      need(40 + count * 16)
      return { type: 'MultiPoint', coordinates: Array.from({ length: count }, (_, i) => position(40 + i * 16)) }
    }
    case 'polyline':
    case 'polygon': {
      need(44)
      const partCount = view.getInt32(36, true)
      const pointCount = view.getInt32(40, true)
      if (partCount < 1 || pointCount < 0) throw new ShapefileError(`post ${index + 1} har inga delar.`, `record ${index + 1} has no parts.`)
      if (partCount > pointCount) throw new ShapefileError(`post ${index + 1} har fler delar än punkter.`, `record ${index + 1} has more parts than points.`)
      take(pointCount)
      if (partCount > MAX_PARTS_PER_FEATURE) throw tooManyParts(index)
      const pointsAt = 44 + partCount * 4
      need(pointsAt + pointCount * 16)
      const starts = Array.from({ length: partCount }, (_, i) => view.getInt32(44 + i * 4, true))
      const parts = starts.map((first, i) => {
        const last = i + 1 < partCount ? (starts[i + 1] ?? pointCount) : pointCount
        if (first < 0 || last > pointCount || first >= last) {
          throw new ShapefileError(`post ${index + 1} har felaktiga delar.`, `record ${index + 1} has malformed parts.`)
        }
        return Array.from({ length: last - first }, (_, j) => position(pointsAt + (first + j) * 16))
      })
      if (kind === 'polyline') return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts }
      return polygonFromRings(parts)
    }
  }
}

/**
 * Rings to polygons. In a Shapefile an outer ring runs clockwise and a hole counter-clockwise, the
 * hole inside its outer ring; the rings come in any order. Each hole joins the smallest outer
 * ring that holds it; a hole inside none is taken as an outer ring (some writers get the
 * direction wrong). The result follows RFC 7946: outer rings counter-clockwise, holes clockwise.
 */
export function polygonFromRings(rings: Position[][]): GeoJsonGeometry {
  const outers: Array<{ rings: Position[][]; area: number; box: Box }> = []
  const holes: Position[][] = []
  for (const ring of rings.map(closeRing)) {
    const area = signedArea(ring)
    if (area < 0) outers.push({ rings: [ring], area: -area, box: boxOf(ring) })
    else holes.push(ring)
  }
  for (const hole of holes) {
    // Areas and boxes are reckoned once per ring, and only an outer ring whose box holds the
    // hole's is tested point by point: the test is what grows with rings times positions.
    const box = boxOf(hole)
    let holder: (typeof outers)[number] | undefined
    for (const outer of outers) {
      if ((holder && outer.area >= holder.area) || !boxHolds(outer.box, box)) continue
      if (ringContains(outer.rings[0] ?? [], hole)) holder = outer
    }
    if (holder) holder.rings.push(hole)
    else outers.push({ rings: [[...hole].reverse()], area: Math.abs(signedArea(hole)), box })
  }
  const polygons = outers.map((polygon) => polygon.rings.map((ring) => [...ring].reverse()))
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons }
}

type Box = [minX: number, minY: number, maxX: number, maxY: number]

function boxOf(ring: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x
    if (y < box[1]) box[1] = y
    if (x > box[2]) box[2] = x
    if (y > box[3]) box[3] = y
  }
  return box
}

const boxHolds = (outer: Box, inner: Box) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]

function closeRing(ring: Position[]): Position[] {
  const first = ring[0]
  const last = ring.at(-1)
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring
}

/** Twice the signed area: positive counter-clockwise, negative clockwise (y up). */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position
    const [x2, y2] = ring[i + 1] as Position
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

/**
 * Whether `inner` lies in `outer`, judged by its first vertex that is not on `outer`'s edge. Only
 * the first few are tried: a ring whose every vertex is one of `outer`'s would otherwise cost
 * the product of their lengths; such a ring is taken as lying outside.
 */
function ringContains(outer: readonly Position[], inner: readonly Position[]): boolean {
  for (const point of inner.slice(0, VERTICES_TRIED)) {
    const inside = pointInRing(point, outer)
    if (inside !== null) return inside
  }
  return false
}

const VERTICES_TRIED = 16

/** Ray casting; null when the point lies on the ring itself. */
function pointInRing([x, y]: Position, ring: readonly Position[]): boolean | null {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position
    const [xj, yj] = ring[j] as Position
    if ((xi === x && yi === y) || (xj === x && yj === y)) return null
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
