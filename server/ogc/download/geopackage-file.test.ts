import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from 'sql.js'
import type { DownloadLayer, DownloadRow } from './download-layer.ts'
import { declaredGeometryType, geoPackageFile } from './geopackage-file.ts'
import { sqlJs } from '../../sqlite/sql-js.ts'

const layer: DownloadLayer = {
  name: 'walk-observations',
  title: 'Observationer från trygghetsvandringar',
  description: 'Platser som noterades under vandringarna.',
  srid: 3008,
  geometryType: 'Point',
}

/** ISO WKB of a 2D point, in the byte order asked for. */
function pointWkb(x: number, y: number, little = true): Buffer {
  const wkb = Buffer.alloc(21)
  wkb[0] = little ? 1 : 0
  if (little) {
    wkb.writeUInt32LE(1, 1)
    wkb.writeDoubleLE(x, 5)
    wkb.writeDoubleLE(y, 13)
  } else {
    wkb.writeUInt32BE(1, 1)
    wkb.writeDoubleBE(x, 5)
    wkb.writeDoubleBE(y, 13)
  }
  return wkb
}

const rows: DownloadRow<Buffer>[] = [
  {
    id: 11,
    properties: { category: 'belysning', rating: 2, cost: 1500, done: true, observed_on: '2025-10-02', description: 'Mörkt vid Stora torget' },
    geometry: pointWkb(184210.5, 6578001.25),
  },
  {
    id: 12,
    // `id` and `FID` would clash with the reserved columns; `cost` turns REAL; `note` only here.
    properties: { category: 'sikt', rating: 4, cost: 99.5, done: false, observed_on: null, description: null, id: 'x', FID: 3, note: 'ny' },
    geometry: pointWkb(184500, 6577800.75, false),
  },
  // A feature without a place is kept, with a NULL geometry.
  { id: 13, properties: { category: 'annat', rating: null, cost: null, done: null, observed_on: '2025-10-03', description: 'okänd plats' }, geometry: null },
  // POINT EMPTY (NaN coordinates) gets the header's empty flag instead of an envelope.
  { id: 14, properties: { category: 'annat' }, geometry: Buffer.from('0101000000000000000000f87f000000000000f87f', 'hex') },
]

describe('geoPackageFile', () => {
  let bytes: Buffer
  let db: Database
  let dir: string
  let file: string

  beforeAll(async () => {
    bytes = await geoPackageFile(layer, rows)
    db = new (await sqlJs()).Database(bytes)
    dir = mkdtempSync(join(tmpdir(), 'geopackage-file-'))
    file = join(dir, 'walk-observations.gpkg')
    writeFileSync(file, bytes)
  })
  afterAll(() => {
    db?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const all = (sql: string) => db.exec(sql)[0]?.values ?? []

  it('is a SQLite file that says it is a GeoPackage 1.3', () => {
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    expect(bytes.readUInt32BE(68)).toBe(0x47504b47) // application_id in the header
    expect(all('PRAGMA application_id')).toEqual([[0x47504b47]])
    expect(all('PRAGMA user_version')).toEqual([[10300]])
    expect(all('PRAGMA integrity_check')).toEqual([['ok']])
  })

  it('holds the mandatory and the SWEREF 99 reference systems', () => {
    const srs = all('SELECT srs_id, srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys ORDER BY srs_id')
    expect(srs.map((row) => row.slice(0, 4))).toEqual([
      [-1, 'Undefined cartesian SRS', 'NONE', -1],
      [0, 'Undefined geographic SRS', 'NONE', 0],
      [3006, 'SWEREF99 TM', 'EPSG', 3006],
      [3008, 'SWEREF99 13 30', 'EPSG', 3008],
      [4326, 'WGS 84 geodetic', 'EPSG', 4326],
    ])
    expect(srs[3]![4]).toMatch(/^PROJCS\["SWEREF99 13 30".*PARAMETER\["central_meridian",13\.5\].*AUTHORITY\["EPSG","3008"\]\]$/)
  })

  it('registers the layer with its bounds, geometry type and CRS', () => {
    expect(all('SELECT table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents')).toEqual([
      ['walk-observations', 'features', layer.title, layer.description, 184210.5, 6577800.75, 184500, 6578001.25, 3008],
    ])
    expect(all('SELECT * FROM gpkg_geometry_columns')).toEqual([['walk-observations', 'geom', 'POINT', 3008, 0, 0]])
  })

  it('types a column per property and renames the ones that clash with reserved names', () => {
    const columns = all(`PRAGMA table_info("walk-observations")`).map((column) => [column[1], column[2]])
    expect(columns).toEqual([
      ['fid', 'INTEGER'],
      ['geom', 'POINT'],
      ['id', 'INTEGER'],
      ['category', 'TEXT'],
      ['rating', 'INTEGER'],
      ['cost', 'REAL'],
      ['done', 'BOOLEAN'],
      ['observed_on', 'DATE'],
      ['description', 'TEXT'],
      ['id_2', 'TEXT'],
      ['FID_2', 'INTEGER'],
      ['note', 'TEXT'],
    ])
    expect(all(`SELECT sql FROM sqlite_master WHERE name = 'walk-observations'`)[0]![0]).toContain('fid INTEGER PRIMARY KEY AUTOINCREMENT')
    expect(all(`SELECT id, category, rating, cost, done, observed_on, description, id_2, FID_2 FROM "walk-observations" ORDER BY fid`)).toEqual([
      [11, 'belysning', 2, 1500, 1, '2025-10-02', 'Mörkt vid Stora torget', null, null],
      [12, 'sikt', 4, 99.5, 0, null, null, 'x', 3],
      [13, 'annat', null, null, null, '2025-10-03', 'okänd plats', null, null],
      [14, 'annat', null, null, null, null, null, null, null],
    ])
  })

  it('writes each geometry as a GeoPackage header with its envelope, then the WKB as it came', () => {
    const blobs = all(`SELECT geom FROM "walk-observations" ORDER BY fid`).map((row) => row[0] as Uint8Array | null)
    const second = Buffer.from(blobs[1]!)
    expect(second.subarray(0, 4)).toEqual(Buffer.from([0x47, 0x50, 0, 0b011]))
    expect(second.readInt32LE(4)).toBe(3008)
    expect([8, 16, 24, 32].map((offset) => second.readDoubleLE(offset))).toEqual([184500, 184500, 6577800.75, 6577800.75])
    expect(second.subarray(40)).toEqual(rows[1]!.geometry)
    expect(blobs[2]).toBeNull()
    const empty = Buffer.from(blobs[3]!)
    expect(empty[3]).toBe(0b10001)
    expect(empty.subarray(8)).toEqual(rows[3]!.geometry)
  })

  it('is read by GDAL without a warning: count, CRS, values (when ogrinfo is installed)', (context) => {
    if (!hasProgram('ogrinfo')) return context.skip()
    const summary = spawnSync('ogrinfo', ['-al', '-so', file], { encoding: 'utf8' })
    expect(summary.stderr).toBe('')
    expect(summary.stdout).toContain('Layer name: walk-observations')
    expect(summary.stdout).toContain('Geometry: Point')
    expect(summary.stdout).toContain('Feature Count: 4')
    expect(summary.stdout).toMatch(/ID\["EPSG",3008\]/)
    expect(summary.stdout).toContain('Extent: (184210.500000, 6577800.750000) - (184500.000000, 6578001.250000)')
    expect(summary.stdout).toContain('done: Integer(Boolean)')
    expect(summary.stdout).toContain('observed_on: Date')

    const feature = spawnSync('ogrinfo', ['-al', '-q', '-fid', '1', file], { encoding: 'utf8' })
    expect(feature.stderr).toBe('')
    expect(feature.stdout).toContain('description (String) = Mörkt vid Stora torget')
    expect(feature.stdout).toContain('POINT (184210.5 6578001.25)')
  })

  it("passes GDAL's GeoPackage validator (when it is installed)", (context) => {
    const validator = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py'
    if (!existsSync(validator) || !hasProgram('python3')) return context.skip()
    const result = spawnSync('python3', [validator, file], { encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})

describe('geoPackageFile for other layers', () => {
  it('declares MULTIPOLYGON for a polygon layer stored as multipolygons, in WGS 84', async () => {
    // MULTIPOLYGON(((14 59,14.2 59,14.2 59.4,14 59))) as PostGIS writes it in NDR.
    const square = Buffer.from(
      '01060000000100000001030000000100000004000000' +
        ['14 59', '14.2 59', '14.2 59.4', '14 59']
          .map((pair) => {
            const [x, y] = pair.split(' ').map(Number)
            const point = Buffer.alloc(16)
            point.writeDoubleLE(x!, 0)
            point.writeDoubleLE(y!, 8)
            return point.toString('hex')
          })
          .join(''),
      'hex',
    )
    const bytes = await geoPackageFile(
      { name: 'municipalities', title: 'Kommungräns', description: '', srid: 4326, geometryType: 'Polygon' },
      [{ id: '1781', properties: { name: 'Kristinehamn' }, geometry: square }],
    )
    const db = new (await sqlJs()).Database(bytes)
    try {
      expect(db.exec('SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns')[0]!.values).toEqual([['MULTIPOLYGON', 4326]])
      expect(db.exec('SELECT min_x, min_y, max_x, max_y FROM gpkg_contents')[0]!.values).toEqual([[14, 59, 14.2, 59.4]])
      expect(db.exec('SELECT id, name FROM municipalities')[0]!.values).toEqual([['1781', 'Kristinehamn']])
    } finally {
      db.close()
    }
  })

  it('writes an empty layer with no bounds', async () => {
    const db = new (await sqlJs()).Database(await geoPackageFile({ ...layer, srid: 3006 }, []))
    try {
      expect(db.exec('SELECT min_x, max_y, srs_id FROM gpkg_contents')[0]!.values).toEqual([[null, null, 3006]])
      expect(db.exec('SELECT geometry_type_name FROM gpkg_geometry_columns')[0]!.values).toEqual([['POINT']])
    } finally {
      db.close()
    }
  })

  it("hands back sql.js's exported bytes without copying them", async () => {
    // Watches (does not replace) Database#export, to compare the memory the file is in.
    const SQL = await sqlJs()
    const exported: Uint8Array[] = []
    const original = SQL.Database.prototype.export
    SQL.Database.prototype.export = function (this: Database) {
      const bytes = original.call(this)
      exported.push(bytes)
      return bytes
    }
    try {
      const file = await geoPackageFile(layer, rows)
      expect(exported).toHaveLength(1)
      expect(file.buffer).toBe(exported[0]!.buffer)
      expect(file.byteOffset).toBe(exported[0]!.byteOffset)
      expect(file.byteLength).toBe(exported[0]!.byteLength)
      expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    } finally {
      SQL.Database.prototype.export = original
    }
  })

  it('refuses a table name the GeoPackage standard reserves', async () => {
    await expect(geoPackageFile({ ...layer, name: 'gpkg_contents' }, [])).rejects.toThrow(/reserved/)
  })
})

describe('declaredGeometryType', () => {
  const polygons: DownloadLayer = { ...layer, geometryType: 'Polygon' }
  it('follows the data where they agree and falls back to GEOMETRY where they differ', () => {
    expect(declaredGeometryType(polygons, [3, 3])).toBe('POLYGON')
    expect(declaredGeometryType(polygons, [6])).toBe('MULTIPOLYGON')
    expect(declaredGeometryType(polygons, [3, 6])).toBe('GEOMETRY')
    expect(declaredGeometryType(polygons, [])).toBe('POLYGON')
    expect(declaredGeometryType({ ...layer, geometryType: 'Geometry' }, [1, 1])).toBe('GEOMETRY')
  })
})

function hasProgram(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
