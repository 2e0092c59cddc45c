import { describe, expect, it } from 'vitest'
import { wkbEnvelope, wkbSummary } from './wkb-envelope.ts'
import type { Envelope } from './wkb-envelope.ts'

// Written by PostGIS 3 (`encode(ST_AsBinary(g, 'XDR'|'NDR'), 'hex')` and `ST_AsEWKB`), so the
// fixtures are what the download query really hands over.
const multiPolygon = 'MULTIPOLYGON(((0 0,10 0,10 5,0 0)),((20 -3,21 -3,21 -2,20 -3)))'
const fixtures = {
  [multiPolygon]: {
    xdr: '0000000006000000020000000003000000010000000400000000000000000000000000000000402400000000000000000000000000004024000000000000401400000000000000000000000000000000000000000000000000000300000001000000044034000000000000c0080000000000004035000000000000c0080000000000004035000000000000c0000000000000004034000000000000c008000000000000',
    ndr: '010600000002000000010300000001000000040000000000000000000000000000000000000000000000000024400000000000000000000000000000244000000000000014400000000000000000000000000000000001030000000100000004000000000000000000344000000000000008c0000000000000354000000000000008c0000000000000354000000000000000c0000000000000344000000000000008c0',
  },
  'GEOMETRYCOLLECTION(POINT(-1 7),LINESTRING(3 4,5 6))': {
    xdr: '0000000007000000020000000001bff0000000000000401c0000000000000000000002000000024008000000000000401000000000000040140000000000004018000000000000',
    ndr: '0107000000020000000101000000000000000000f0bf0000000000001c400102000000020000000000000000000840000000000000104000000000000014400000000000001840',
  },
  'LINESTRING M (1 2 3, 4 5 6)': {
    xdr: '00000007d2000000023ff000000000000040000000000000004008000000000000401000000000000040140000000000004018000000000000',
    ndr: '01d207000002000000000000000000f03f00000000000000400000000000000840000000000000104000000000000014400000000000001840',
  },
  'POINT Z (150000 6580000 44)': {
    xdr: '00000003e941024f8000000000415919c8000000004046000000000000',
    ndr: '01e903000000000000804f024100000000c81959410000000000004640',
  },
}
const ewkbMultiPolygon3006 =
  '0106000020be0b000002000000010300000001000000040000000000000000000000000000000000000000000000000024400000000000000000000000000000244000000000000014400000000000000000000000000000000001030000000100000004000000000000000000344000000000000008c0000000000000354000000000000008c0000000000000354000000000000000c0000000000000344000000000000008c0'
const ewkbLineStringM3006 =
  '0102000060be0b000002000000000000000000f03f00000000000000400000000000000840000000000000104000000000000014400000000000001840'

const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'))

describe('wkbEnvelope', () => {
  const expected: Record<string, Envelope> = {
    [multiPolygon]: { minX: 0, maxX: 21, minY: -3, maxY: 5 },
    'GEOMETRYCOLLECTION(POINT(-1 7),LINESTRING(3 4,5 6))': { minX: -1, maxX: 5, minY: 4, maxY: 7 },
    'LINESTRING M (1 2 3, 4 5 6)': { minX: 1, maxX: 4, minY: 2, maxY: 5 },
    'POINT Z (150000 6580000 44)': { minX: 150000, maxX: 150000, minY: 6580000, maxY: 6580000 },
  }

  for (const [wkt, { xdr, ndr }] of Object.entries(fixtures)) {
    it(`reads ${wkt} in both byte orders`, () => {
      expect(wkbEnvelope(bytes(xdr))).toEqual(expected[wkt])
      expect(wkbEnvelope(bytes(ndr))).toEqual(expected[wkt])
    })
  }

  it('tells Z and M apart, also in the ISO type codes', () => {
    expect(wkbSummary(bytes(fixtures['POINT Z (150000 6580000 44)'].ndr))).toMatchObject({ hasZ: true, hasM: false })
    expect(wkbSummary(bytes(fixtures['LINESTRING M (1 2 3, 4 5 6)'].xdr))).toMatchObject({ hasZ: false, hasM: true })
    expect(wkbSummary(bytes(fixtures[multiPolygon].ndr))).toMatchObject({ hasZ: false, hasM: false })
  })

  it('gives the outermost geometry type', () => {
    expect(wkbSummary(bytes(fixtures[multiPolygon].xdr)).type).toBe(6)
    expect(wkbSummary(bytes(fixtures['GEOMETRYCOLLECTION(POINT(-1 7),LINESTRING(3 4,5 6))'].ndr)).type).toBe(7)
    expect(wkbSummary(bytes(fixtures['POINT Z (150000 6580000 44)'].ndr)).type).toBe(1)
  })

  it('gives no envelope for POINT EMPTY (NaN coordinates) and an empty collection', () => {
    expect(wkbEnvelope(bytes('00000000017ff80000000000007ff8000000000000'))).toBeNull()
    expect(wkbEnvelope(bytes('010700000000000000'))).toBeNull()
  })

  it('reads a geometry inside a larger buffer (a slice of a pg Buffer)', () => {
    const point = bytes(fixtures['POINT Z (150000 6580000 44)'].ndr)
    const padded = new Uint8Array(point.length + 7)
    padded.set(point, 3)
    expect(wkbEnvelope(padded.subarray(3, 3 + point.length))).toEqual(expected['POINT Z (150000 6580000 44)'])
  })

  it('reads EWKB Z/M flags but refuses an embedded SRID, which a GeoPackage cannot hold', () => {
    expect(() => wkbEnvelope(bytes(ewkbMultiPolygon3006))).toThrow(/SRID/)
    expect(() => wkbEnvelope(bytes(ewkbLineStringM3006))).toThrow(/SRID/)
    // The same line without the SRID flag and its four bytes: EWKB's M bit alone.
    const withoutSrid = bytes('0102000040' + ewkbLineStringM3006.slice(18))
    expect(wkbSummary(withoutSrid)).toEqual({ type: 2, envelope: { minX: 1, maxX: 4, minY: 2, maxY: 5 }, hasZ: false, hasM: true })
  })

  it('refuses truncated, trailing or unknown input with a message', () => {
    const ndr = fixtures[multiPolygon].ndr
    expect(() => wkbEnvelope(bytes(ndr.slice(0, -2)))).toThrow(/ends at byte/)
    expect(() => wkbEnvelope(bytes(ndr + '00'))).toThrow(/after its geometry/)
    expect(() => wkbEnvelope(bytes('0208000000'))).toThrow(/byte order 2/)
    expect(() => wkbEnvelope(bytes('0108000000'))).toThrow(/type 8/)
    expect(() => wkbEnvelope(new Uint8Array())).toThrow(/ends at byte 0/)
  })
})
