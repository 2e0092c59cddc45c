import { wkbSummary } from './wkb-envelope.ts'
import type { WkbSummary } from './wkb-envelope.ts'

/**
 * A GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3): the "GP" header with the SRS id and
 * the 2D envelope, then the ISO WKB as it came from PostGIS. The envelope lets GIS clients skip
 * features outside the view without parsing them; an empty geometry is flagged empty instead.
 */
export function geoPackageGeometry(wkb: Uint8Array, srsId: number): { blob: Uint8Array; summary: WkbSummary } {
  const summary = wkbSummary(wkb)
  const envelope = summary.envelope
  const headerLength = 8 + (envelope ? 32 : 0)
  const blob = new Uint8Array(headerLength + wkb.byteLength)
  const view = new DataView(blob.buffer)
  blob[0] = 0x47 // 'G'
  blob[1] = 0x50 // 'P'
  blob[2] = 0 // version 1
  // Bit 0: header numbers little-endian; bits 1–3: envelope kind (1 = minx, maxx, miny, maxy); bit 4: empty.
  blob[3] = LITTLE_ENDIAN | (envelope ? XY_ENVELOPE << 1 : EMPTY)
  view.setInt32(4, srsId, true)
  if (envelope) {
    view.setFloat64(8, envelope.minX, true)
    view.setFloat64(16, envelope.maxX, true)
    view.setFloat64(24, envelope.minY, true)
    view.setFloat64(32, envelope.maxY, true)
  }
  blob.set(wkb, headerLength)
  return { blob, summary }
}

const LITTLE_ENDIAN = 0b1
const XY_ENVELOPE = 1
const EMPTY = 0b1_0000

/** The WKB type numbers as GeoPackage's `geometry_type_name` spells them. */
export const geometryTypeNames: Record<number, string> = {
  1: 'POINT',
  2: 'LINESTRING',
  3: 'POLYGON',
  4: 'MULTIPOINT',
  5: 'MULTILINESTRING',
  6: 'MULTIPOLYGON',
  7: 'GEOMETRYCOLLECTION',
}
