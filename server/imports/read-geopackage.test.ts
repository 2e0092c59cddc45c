import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sqlJs } from '../sqlite/sql-js.ts'
import { MAX_FEATURES } from './import-limits.ts'
import { geometryOf, readGeoPackage } from './read-geopackage.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)))

describe('readGeoPackage', () => {
  it('reads the first feature table: its attributes (not the fid), values, and CRS from gpkg_spatial_ref_sys', async () => {
    const file = await readGeoPackage(fixture('routes-3008.gpkg'))
    expect(file).toMatchObject({ format: 'geopackage', layer: 'rutter', crs: { srid: 3008, declared: 'EPSG:3008' } })
    expect(file.attributes).toEqual(['titel', 'starttid', 'minuter', 'ljus', 'samling'])
    expect(file.features[0]?.properties).toEqual({
      titel: 'Exempel: Kvällsvandring i centrum', starttid: '2027-04-20T19:00:00.000', minuter: 90, ljus: 'mörker', samling: 'Norra torget',
    })
    // The WKB after the GeoPackage header: little-endian (1), LineString (2).
    const wkb = (file.features[0]?.geometry as { wkb: Uint8Array }).wkb
    expect([...wkb.subarray(0, 5)]).toEqual([1, 2, 0, 0, 0])
  })

  it('names a coordinate system it does not take', async () => {
    expect((await readGeoPackage(fixture('bad-areas-3857.gpkg'))).crs).toEqual({ srid: null, declared: 'EPSG:3857 (WGS 84 / Pseudo-Mercator)' })
  })

  it('refuses a damaged file with SQLite\'s own words', async () => {
    await expect(readGeoPackage(fixture('routes-3008.gpkg').subarray(0, 6000))).rejects.toThrow(/cannot be read as GeoPackage: SQLite answered/)
  })

  it('reads the GeoPackage geometry header: envelope sizes, the empty flag, and refuses what is no geometry', () => {
    const blob = (flags: number, envelopeBytes: number) => Uint8Array.from([0x47, 0x50, 0, flags, 0, 0, 0, 0, ...new Array(envelopeBytes).fill(9), 1, 1, 0, 0, 0])
    expect(geometryOf(blob(0b0000_0001, 0), 0)).toEqual({ wkb: Uint8Array.from([1, 1, 0, 0, 0]) })
    expect(geometryOf(blob(0b0000_0011, 32), 0)).toEqual({ wkb: Uint8Array.from([1, 1, 0, 0, 0]) })
    expect(geometryOf(blob(0b0000_1001, 64), 0)).toEqual({ wkb: Uint8Array.from([1, 1, 0, 0, 0]) })
    expect(geometryOf(blob(0b0001_0001, 0), 0)).toBeNull()
    expect(geometryOf(null, 0)).toBeNull()
    expect(() => geometryOf(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), 2)).toThrow(/feature 3 is not a GeoPackage geometry/)
    expect(() => geometryOf(blob(0b0000_1011, 0), 0)).toThrow(/unknown envelope/)
  })

  it('refuses views, virtual tables and generated columns before reading a row: they would run SQL the file chose', async () => {
    // Each case makes an ordinary GeoPackage into one the import must not run. The view ends here, so
    // that the test ends without the check too; without `WHERE` it would block the server for good.
    const endless = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i AS fid, NULL AS geom, i AS namn FROM n'
    const cases: Array<[string, string[], RegExp]> = [
      ['a feature table that is a view of a million computed rows', ['DROP TABLE omraden', `CREATE VIEW omraden AS ${endless}`], /omraden is a view or a virtual table/],
      ['gpkg_contents as a view', ['ALTER TABLE gpkg_contents RENAME TO c', 'CREATE VIEW gpkg_contents AS SELECT * FROM c'], /gpkg_contents is a view or a virtual table/],
      ['gpkg_geometry_columns as a view', ['ALTER TABLE gpkg_geometry_columns RENAME TO g', 'CREATE VIEW gpkg_geometry_columns AS SELECT * FROM g'], /gpkg_geometry_columns is a view/],
      ['gpkg_spatial_ref_sys as a view', ['ALTER TABLE gpkg_spatial_ref_sys RENAME TO s', 'CREATE VIEW gpkg_spatial_ref_sys AS SELECT * FROM s'], /gpkg_spatial_ref_sys is a view/],
      ['a virtual feature table', ['DROP TABLE omraden', 'CREATE VIRTUAL TABLE omraden USING fts4(geom, namn)'], /omraden is a view or a virtual table/],
      ['a generated column', ['ALTER TABLE omraden ADD COLUMN dubbel AS (length(namn) * 2)'], /column dubbel in omraden is generated or hidden/],
      ['a missing gpkg_spatial_ref_sys', ['DROP TABLE gpkg_spatial_ref_sys'], /it has no table gpkg_spatial_ref_sys/],
    ]
    expect((await readGeoPackage(await geoPackage([]))).features).toHaveLength(2)
    for (const [name, statements, message] of cases) {
      const refused = readGeoPackage(await geoPackage(statements))
      await expect(refused, name).rejects.toMatchObject({ status: 400, code: 'file_unreadable' })
      await expect(refused, name).rejects.toThrow(message)
    }
  })

  it('reads at most one row more than the limit, and still names how many there are', async () => {
    const tooMany = await geoPackage([
      `WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < ${MAX_FEATURES + 10}) INSERT INTO omraden (fid, namn) SELECT i, 'x' FROM n`,
    ])
    await expect(readGeoPackage(tooMany)).rejects.toThrow(`${MAX_FEATURES + 10} features`)
  })
})

/**
 * A small GeoPackage of two points in EPSG:3006, as GDAL lays one out, changed by `statements`
 * (run last) into what a test needs.
 */
async function geoPackage(statements: string[]): Promise<Uint8Array> {
  const sqlite = await sqlJs()
  const db = new sqlite.Database()
  try {
    db.run(`
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      INSERT INTO gpkg_spatial_ref_sys VALUES ('SWEREF99 TM', 3006, 'EPSG', 3006, 'undefined', NULL);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, srs_id INTEGER);
      INSERT INTO gpkg_contents VALUES ('omraden', 'features', 'omraden', 3006);
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
      INSERT INTO gpkg_geometry_columns VALUES ('omraden', 'geom', 'POINT', 3006, 0, 0);
      CREATE TABLE omraden (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, namn TEXT);
    `)
    for (const [fid, x, y] of [[1, 449000, 6575000], [2, 449100, 6575100]] as const) {
      db.run('INSERT INTO omraden (fid, geom, namn) VALUES (?, ?, ?)', [fid, pointBlob(x, y), `Område ${fid}`])
    }
    for (const statement of statements) db.run(statement)
    return db.export()
  } finally {
    db.close()
  }
}

/** A GeoPackage geometry: the 'GP' header with no envelope, then a little-endian WKB point. */
function pointBlob(x: number, y: number): Uint8Array {
  const blob = new Uint8Array(8 + 21)
  const view = new DataView(blob.buffer)
  blob.set([0x47, 0x50, 0, 0b0000_0001])
  view.setInt32(4, 3006, true)
  blob[8] = 1
  view.setUint32(9, 1, true)
  view.setFloat64(13, x, true)
  view.setFloat64(21, y, true)
  return blob
}
