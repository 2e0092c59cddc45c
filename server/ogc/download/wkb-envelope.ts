/** The 2D bounds of a geometry, in the order a GeoPackage geometry header stores them. */
export interface Envelope {
  minX: number
  maxX: number
  minY: number
  maxY: number
}

export interface WkbSummary {
  /** The outermost geometry's type, as WKB numbers it: 1 Point … 7 GeometryCollection. */
  type: number
  /** Null for an empty geometry (no coordinates at all, or only `POINT EMPTY`'s NaNs). */
  envelope: Envelope | null
  hasZ: boolean
  hasM: boolean
}

/**
 * Reads the bounds of an ISO WKB geometry (what PostGIS's `ST_AsBinary` writes) without building
 * it: Point, LineString, Polygon, the Multi* types and GeometryCollection, 2D, Z, M or ZM, in
 * either byte order. EWKB with an embedded SRID is refused, because a GeoPackage must hold
 * standard WKB and the SRID would make the blob unreadable there.
 */
export function wkbSummary(wkb: Uint8Array): WkbSummary {
  const reader = new WkbReader(wkb)
  const bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity }
  const dims = { hasZ: false, hasM: false }
  const type = reader.geometry(bounds, dims)
  if (reader.offset !== wkb.byteLength) {
    throw new Error(`WKB has ${wkb.byteLength - reader.offset} bytes after its geometry`)
  }
  return { type, envelope: bounds.minX <= bounds.maxX ? bounds : null, ...dims }
}

export function wkbEnvelope(wkb: Uint8Array): Envelope | null {
  return wkbSummary(wkb).envelope
}

const POINT = 1
const LINE_STRING = 2
const POLYGON = 3
const GEOMETRY_COLLECTION = 7
const EWKB_Z = 0x80000000
const EWKB_M = 0x40000000
const EWKB_SRID = 0x20000000

class WkbReader {
  offset = 0
  private readonly view: DataView

  constructor(private readonly wkb: Uint8Array) {
    this.view = new DataView(wkb.buffer, wkb.byteOffset, wkb.byteLength)
  }

  /** Reads one geometry and returns its type (1–7). */
  geometry(bounds: Envelope, dims: { hasZ: boolean; hasM: boolean }): number {
    const order = this.byte()
    if (order !== 0 && order !== 1) throw new Error(`WKB byte order ${order} at byte ${this.offset - 1} is neither 0 nor 1`)
    const little = order === 1
    const code = this.uint32(little)
    if (code & EWKB_SRID) throw new Error('WKB carries an SRID (EWKB); a GeoPackage needs ISO WKB from ST_AsBinary')
    // ISO WKB adds 1000 (Z), 2000 (M) or 3000 (ZM) to the type; EWKB sets high bits instead.
    const iso = code & 0x0fffffff
    const type = iso % 1000
    const hasZ = Boolean(code & EWKB_Z) || Math.floor(iso / 1000) === 1 || Math.floor(iso / 1000) === 3
    const hasM = Boolean(code & EWKB_M) || Math.floor(iso / 1000) === 2 || Math.floor(iso / 1000) === 3
    dims.hasZ ||= hasZ
    dims.hasM ||= hasM
    const stride = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0)

    if (type === POINT) {
      this.points(1, stride, little, bounds)
    } else if (type === LINE_STRING) {
      this.points(this.uint32(little), stride, little, bounds)
    } else if (type === POLYGON) {
      const rings = this.uint32(little)
      for (let ring = 0; ring < rings; ring++) this.points(this.uint32(little), stride, little, bounds)
    } else if (type >= 4 && type <= GEOMETRY_COLLECTION) {
      // Every member of a Multi* or a collection is a whole WKB geometry with its own byte order.
      const parts = this.uint32(little)
      for (let part = 0; part < parts; part++) this.geometry(bounds, dims)
    } else {
      throw new Error(`WKB geometry type ${code} is not supported`)
    }
    return type
  }

  private points(count: number, stride: number, little: boolean, bounds: Envelope): void {
    this.need(count * stride * 8)
    for (let index = 0; index < count; index++) {
      const x = this.view.getFloat64(this.offset, little)
      const y = this.view.getFloat64(this.offset + 8, little)
      this.offset += stride * 8
      // POINT EMPTY is written as NaN coordinates; it adds nothing to the bounds.
      if (Number.isNaN(x) || Number.isNaN(y)) continue
      if (x < bounds.minX) bounds.minX = x
      if (x > bounds.maxX) bounds.maxX = x
      if (y < bounds.minY) bounds.minY = y
      if (y > bounds.maxY) bounds.maxY = y
    }
  }

  private byte(): number {
    this.need(1)
    return this.wkb[this.offset++]!
  }

  private uint32(little: boolean): number {
    this.need(4)
    const value = this.view.getUint32(this.offset, little)
    this.offset += 4
    return value
  }

  private need(bytes: number): void {
    if (this.offset + bytes > this.wkb.byteLength) {
      throw new Error(`WKB ends at byte ${this.wkb.byteLength}, ${bytes} more bytes expected at byte ${this.offset}`)
    }
  }
}
