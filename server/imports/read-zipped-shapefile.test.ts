import { readFileSync } from 'node:fs'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_UNZIPPED_BYTES } from './import-limits.ts'
import { readZippedShapefile } from './read-zipped-shapefile.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)))

describe('readZippedShapefile', () => {
  it('reads shapes, attributes in the .cpg encoding and the CRS from the .prj', () => {
    const file = readZippedShapefile(fixture('areas-3006.zip'))
    expect(file).toMatchObject({ format: 'shapefile', layer: 'omraden', attributes: ['namn', 'status', 'hushall'], crs: { srid: 3006 } })
    expect(file.features.map((feature) => feature.properties)).toEqual([
      { namn: 'Exempel: Import Östra Ängen', status: 'active', hushall: 24 },
      { namn: 'Exempel: Import Åsgården', status: 'planerad', hushall: 12 },
    ])
    // The second area has a hole: an outer ring and one inner ring.
    expect(file.features[1]?.geometry).toMatchObject({ type: 'Polygon', coordinates: [expect.any(Array), expect.any(Array)] })
  })

  it('says nothing about the CRS without a .prj, and ignores what macOS adds to a zip', () => {
    const files = unzipSync(fixture('bad-no-prj.zip'))
    const withClutter = zipSync({ ...files, '__MACOSX/._omraden.shp': strToU8('junk'), '.DS_Store': strToU8('junk') })
    expect(readZippedShapefile(withClutter).crs).toEqual({ srid: null, declared: null })
  })

  it('refuses a truncated zip, a zip without a .shp, and one that would unpack too large', () => {
    expect(() => readZippedShapefile(fixture('bad-truncated.zip'))).toThrow(/damaged or cut short/)
    expect(() => readZippedShapefile(zipSync({ 'a.txt': strToU8('hej') }))).toThrow(/holds no \.shp file/)
    // A zip bomb's declared size (in the central directory) is checked before anything is inflated.
    const bomb = zipSync({ 'big.shp': new Uint8Array(1000) })
    const central = findSignature(bomb, 0x02014b50)
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(central + 24, MAX_UNZIPPED_BYTES + 1, true)
    expect(() => readZippedShapefile(bomb)).toThrow(/too large/)
  })
})

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = 0; at + 4 <= bytes.length; at++) if (view.getUint32(at, true) === signature) return at
  throw new Error('no such signature')
}
