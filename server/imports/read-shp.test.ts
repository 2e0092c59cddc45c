import { describe, expect, it } from 'vitest'
import { MAX_FEATURES, MAX_PARTS_PER_FEATURE, MAX_POSITIONS, MAX_POSITIONS_PER_FEATURE } from './import-limits.ts'
import { polygonFromRings, readShp, ShapefileError, signedArea } from './read-shp.ts'

type Position = [number, number]

/** A .shp file written by the specification: big-endian record headers, little-endian shapes. */
function shpFile(records: Uint8Array[]): Uint8Array {
  const length = 100 + records.reduce((sum, record) => sum + 8 + record.length, 0)
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  view.setInt32(0, 9994, false)
  view.setInt32(24, length / 2, false)
  view.setInt32(28, 1000, true)
  let at = 100
  for (const [index, record] of records.entries()) {
    view.setInt32(at, index + 1, false)
    view.setInt32(at + 4, record.length / 2, false)
    bytes.set(record, at + 8)
    at += 8 + record.length
  }
  return bytes
}

function pointRecord([x, y]: Position, type = 1): Uint8Array {
  const bytes = new Uint8Array(type === 11 ? 36 : 20)
  const view = new DataView(bytes.buffer)
  view.setInt32(0, type, true)
  view.setFloat64(4, x, true)
  view.setFloat64(12, y, true)
  return bytes
}

function partsRecord(type: number, parts: Position[][]): Uint8Array {
  const points = parts.flat()
  const bytes = new Uint8Array(44 + parts.length * 4 + points.length * 16)
  const view = new DataView(bytes.buffer)
  view.setInt32(0, type, true)
  view.setInt32(36, parts.length, true)
  view.setInt32(40, points.length, true)
  let start = 0
  for (const [index, part] of parts.entries()) {
    view.setInt32(44 + index * 4, start, true)
    start += part.length
  }
  for (const [index, [x, y]] of points.entries()) {
    view.setFloat64(44 + parts.length * 4 + index * 16, x, true)
    view.setFloat64(44 + parts.length * 4 + index * 16 + 8, y, true)
  }
  return bytes
}

// Clockwise outer rings and a counter-clockwise hole, as the specification has them.
const outer: Position[] = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]
const hole: Position[] = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]
const farOuter: Position[] = [[20, 0], [20, 5], [25, 5], [25, 0], [20, 0]]

describe('readShp', () => {
  it('reads points (Z too), lines, multi-lines and null shapes in record order', () => {
    const file = shpFile([
      pointRecord([449000.5, 6575000.25]),
      pointRecord([1, 2], 11),
      partsRecord(3, [[[0, 0], [1, 1], [2, 0]]]),
      partsRecord(3, [[[0, 0], [1, 1]], [[5, 5], [6, 6]]]),
      new Uint8Array(4),
    ])
    expect(readShp(file)).toEqual([
      { type: 'Point', coordinates: [449000.5, 6575000.25] },
      { type: 'Point', coordinates: [1, 2] },
      { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]] },
      { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[5, 5], [6, 6]]] },
      null,
    ])
  })

  it('puts a hole in the outer ring that holds it, in any ring order, and turns rings to RFC 7946 order', () => {
    const [polygon, multi] = readShp(shpFile([partsRecord(5, [hole, outer]), partsRecord(5, [outer, farOuter, hole])]))
    expect(polygon).toEqual({ type: 'Polygon', coordinates: [[...outer].reverse(), [...hole].reverse()] })
    expect(multi).toEqual({ type: 'MultiPolygon', coordinates: [[[...outer].reverse(), [...hole].reverse()], [[...farOuter].reverse()]] })
    const [ring] = (polygon as { coordinates: Position[][] }).coordinates
    expect(signedArea(ring!)).toBeGreaterThan(0) // counter-clockwise outside
  })

  it('takes a counter-clockwise ring that no outer ring holds as an outer ring, and closes open rings', () => {
    expect(polygonFromRings([[...hole].reverse().reverse().slice(0, 4)])).toEqual({ type: 'Polygon', coordinates: [[[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]] })
  })

  it('refuses a file that is cut short, has no header, or an unknown shape type', () => {
    const file = shpFile([partsRecord(5, [outer])])
    expect(() => readShp(file.subarray(0, file.length - 10))).toThrow(ShapefileError)
    expect(() => readShp(file.subarray(0, 50))).toThrow(/no valid header/)
    const unknown = pointRecord([0, 0])
    new DataView(unknown.buffer).setInt32(0, 99, true)
    expect(() => readShp(shpFile([unknown]))).toThrow(/unknown shape type \(99\)/)
    const lying = partsRecord(3, [[[0, 0], [1, 1]]])
    new DataView(lying.buffer).setInt32(40, 1000, true)
    expect(() => readShp(shpFile([lying]))).toThrow(/cut short/)
  })

  it('checks the feature and position limits from what each record declares, before building it', () => {
    // A record that claims more positions than a feature may have is refused on its count alone.
    const claiming = partsRecord(5, [outer])
    new DataView(claiming.buffer).setInt32(40, MAX_POSITIONS_PER_FEATURE + 1, true)
    expect(() => readShp(shpFile([claiming]))).toThrow(expect.objectContaining({ status: 413, code: 'too_many_positions' }))
    // Too many records is known from their headers: here null shapes, 12 bytes each.
    expect(() => readShp(shpFile(Array.from({ length: MAX_FEATURES + 7 }, () => new Uint8Array(4))))).toThrow(`${MAX_FEATURES + 7} features`)
    // Positions over all records: full multipoints of zeros up to the limit, then one point more.
    const full = new Uint8Array(40 + MAX_POSITIONS_PER_FEATURE * 16)
    new DataView(full.buffer).setInt32(0, 8, true)
    new DataView(full.buffer).setInt32(36, MAX_POSITIONS_PER_FEATURE, true)
    const records = [...Array.from({ length: MAX_POSITIONS / MAX_POSITIONS_PER_FEATURE }, () => full), pointRecord([1, 1])]
    expect(() => readShp(shpFile(records))).toThrow(expect.objectContaining({ status: 413, message: expect.stringMatching(/file's geometries have more than/) }))
    const negative = new Uint8Array(40)
    new DataView(negative.buffer).setInt32(0, 8, true)
    new DataView(negative.buffer).setInt32(36, -1, true)
    expect(() => readShp(shpFile([negative]))).toThrow(/negative number of points/)
  })

  it('refuses a polygon of more rings than a feature may have before matching holes to them, and matches the most it may have quickly', () => {
    // Small squares side by side, each with a hole: every hole is tested against every outer ring.
    const square = (x: number, size: number): Position[] => [[x, 0], [x, size], [x + size, size], [x + size, 0], [x, 0]]
    const pairs = (count: number) => Array.from({ length: count }, (_, i) => [square(i * 10, 8), [...square(i * 10 + 2, 4)].reverse()]).flat()
    expect(() => readShp(shpFile([partsRecord(5, pairs(MAX_PARTS_PER_FEATURE / 2 + 1))]))).toThrow(expect.objectContaining({ status: 413, code: 'too_many_parts' }))
    const started = performance.now()
    const [polygons] = readShp(shpFile([partsRecord(5, pairs(MAX_PARTS_PER_FEATURE / 2))]))
    expect(performance.now() - started).toBeLessThan(1000)
    expect((polygons as { coordinates: Position[][][] }).coordinates).toHaveLength(MAX_PARTS_PER_FEATURE / 2)
    expect((polygons as { coordinates: Position[][][] }).coordinates.every((polygon) => polygon.length === 2)).toBe(true)
  })

  it('refuses a record of more parts than points', () => {
    const parts = partsRecord(3, [[[0, 0], [1, 1]]])
    new DataView(parts.buffer).setInt32(36, 3, true)
    expect(() => readShp(shpFile([parts]))).toThrow(/more parts than points/)
  })
})
