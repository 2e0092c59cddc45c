import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DownloadLayer, DownloadRow } from './download-layer.ts'
import { geoJsonFile } from './geojson-file.ts'

const layer: DownloadLayer = { name: 'walk-observations', title: 'Observationer', description: '', srid: 4326, geometryType: 'Point' }
const rows: DownloadRow<string>[] = [
  // Written with the precision and spacing PostGIS gives, to show that it is kept as it came.
  { id: 1, properties: { category: 'belysning', rating: 2, done: false, note: 'Ljus "saknas"' }, geometry: '{"type":"Point","coordinates":[14.1092,59.3093]}' },
  { id: 2, properties: { category: null }, geometry: null },
]

describe('geoJsonFile', () => {
  it('writes a plain RFC 7946 FeatureCollection in WGS 84, without a crs member', () => {
    const text = geoJsonFile(layer, rows)
    expect(JSON.parse(text)).toEqual({
      type: 'FeatureCollection',
      name: 'walk-observations',
      features: [
        {
          type: 'Feature',
          id: 1,
          geometry: { type: 'Point', coordinates: [14.1092, 59.3093] },
          properties: { category: 'belysning', rating: 2, done: false, note: 'Ljus "saknas"' },
        },
        { type: 'Feature', id: 2, geometry: null, properties: { category: null } },
      ],
    })
    expect(text).toContain('"geometry":{"type":"Point","coordinates":[14.1092,59.3093]}')
  })

  it('names the EPSG code in a crs member for SWEREF 99 TM and 13 30', () => {
    for (const srid of [3006, 3008] as const) {
      const parsed = JSON.parse(geoJsonFile({ ...layer, srid }, []))
      expect(parsed.crs).toEqual({ type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${srid}` } })
      expect(parsed.features).toEqual([])
    }
  })

  it('keeps string ids as strings', () => {
    const parsed = JSON.parse(geoJsonFile(layer, [{ id: '1781', properties: {}, geometry: null }]))
    expect(parsed.features[0].id).toBe('1781')
  })

  it('is read by GDAL in SWEREF 99 13 30 (when ogrinfo is installed)', (context) => {
    if (!hasGdal()) return context.skip()
    const dir = mkdtempSync(join(tmpdir(), 'geojson-file-'))
    try {
      const file = join(dir, 'observations.geojson')
      const sweref: DownloadRow<string>[] = [{ ...rows[0]!, geometry: '{"type":"Point","coordinates":[150125.5,6578475.25]}' }]
      writeFileSync(file, geoJsonFile({ ...layer, srid: 3008 }, sweref))
      const info = execFileSync('ogrinfo', ['-al', '-so', file], { encoding: 'utf8' })
      expect(info).toContain('Layer name: walk-observations')
      expect(info).toContain('Feature Count: 1')
      expect(info).toMatch(/ID\["EPSG",3008\]/)
      expect(info).toContain('Extent: (150125.500000, 6578475.250000) - (150125.500000, 6578475.250000)')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

function hasGdal(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
