/**
 * A GeoPackage (OGC 12-128r18): an SQLite file. Its first feature table (in gpkg_contents order)
 * is read; the table's srs_id leads to gpkg_spatial_ref_sys for the coordinate system. Each
 * geometry is a GeoPackage header (magic 'GP', version, flags, srs_id, optional envelope) and
 * then standard WKB, which is handed on as it is for PostGIS to read.
 */
import type { Database as SqliteDatabase, SqlValue } from 'sql.js'
import { findingFromCode, findingFromWkt } from './import-crs.ts'
import { noFeatures, tooManyFeatures, unreadableFile } from './file-errors.ts'
import { MAX_FEATURES } from './import-limits.ts'
import { sqlJs } from '../sqlite/sql-js.ts'
import type { AttributeValue, CrsFinding, SourceFeature, SourceFile } from './source-file.ts'

const problem = (sv: string, en: string) => unreadableFile('GeoPackage', { sv, en })

export async function readGeoPackage(bytes: Uint8Array): Promise<SourceFile> {
  const sqlite = await sqlJs()
  let db: SqliteDatabase | undefined
  try {
    db = new sqlite.Database(bytes)
    return readFeatureTable(db)
  } catch (error) {
    if (error instanceof Error && 'status' in error) throw error
    // sql.js reports a damaged file ("file is not a database", "database disk image is malformed")
    // or a missing GeoPackage table as an SQLite error on the first statement that meets it.
    throw problem(`SQLite svarade "${sqliteMessage(error)}".`, `SQLite answered "${sqliteMessage(error)}".`)
  } finally {
    db?.close()
  }
}

/** The tables every GeoPackage has, which are read before the feature table. */
const GEOPACKAGE_TABLES = ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys']

function readFeatureTable(db: SqliteDatabase): SourceFile {
  for (const name of GEOPACKAGE_TABLES) checkOrdinaryTable(db, name)
  const [table] = rows(
    db,
    `SELECT c.table_name, g.column_name, g.srs_id
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
      WHERE c.data_type = 'features' ORDER BY c.rowid LIMIT 1`,
  )
  if (!table) throw problem('den har ingen tabell med geoobjekt.', 'it has no feature table.')
  const tableName = String(table.table_name)
  const geometryColumn = String(table.column_name)
  const quotedTable = quote(tableName)
  checkOrdinaryTable(db, tableName)

  // The integer primary key (GDAL's fid) is the row's number, not an attribute a person gave it.
  const columns = rows(db, `PRAGMA table_xinfo(${quotedTable})`)
  // A generated column is computed as it is read, by an expression the file chose.
  const generated = columns.find((column) => Number(column.hidden) !== 0)
  if (generated) {
    throw problem(
      `kolumnen ${shortName(String(generated.name))} i ${shortName(tableName)} är beräknad eller dold, och importen läser bara vanliga kolumner.`,
      `the column ${shortName(String(generated.name))} in ${shortName(tableName)} is generated or hidden, and the import reads only ordinary columns.`,
    )
  }
  const attributes = columns
    .filter((column) => column.name !== geometryColumn && !(Number(column.pk) === 1 && /^INTEGER$/i.test(String(column.type))))
    .map((column) => String(column.name))
  // One row more than the limit is enough to know the file is too large, without reading all of it.
  const found = rows(db, `SELECT * FROM ${quotedTable} LIMIT ${MAX_FEATURES + 1}`)
  if (found.length > MAX_FEATURES) throw tooManyFeatures(Number(rows(db, `SELECT count(*) AS n FROM ${quotedTable}`)[0]?.n ?? found.length))
  if (found.length === 0) throw noFeatures()
  const features = found.map((row, index): SourceFeature => {
    const properties: Record<string, AttributeValue> = {}
    for (const name of attributes) properties[name] = attributeValue(row[name])
    return { geometry: geometryOf(row[geometryColumn], index), properties }
  })
  return { format: 'geopackage', layer: tableName, attributes, features, crs: crsOf(db, Number(table.srs_id)) }
}

/**
 * Refuses a name that is not an ordinary table of rows stored in the file. sql.js runs SQLite
 * synchronously on the server's one thread, and it has no progress handler or interrupt to stop
 * a statement, so a view the file defines (a `WITH RECURSIVE` without end, say) or a virtual
 * table would block every other request for as long as it runs. Reading an ordinary table costs
 * no more than the file is large. sqlite_master itself is always a table.
 */
function checkOrdinaryTable(db: SqliteDatabase, name: string): void {
  // SQLite names are matched without regard to case, as SQLite itself matches them.
  const [entry] = rows(db, "SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE AND type IN ('table', 'view')", [name])
  if (!entry) throw problem(`den har ingen tabell ${shortName(name)}.`, `it has no table ${shortName(name)}.`)
  if (entry.type !== 'table' || /^\s*CREATE\s+VIRTUAL\b/i.test(String(entry.sql ?? ''))) {
    throw problem(
      `${shortName(name)} är en vy eller en virtuell tabell, och importen läser bara vanliga tabeller.`,
      `${shortName(name)} is a view or a virtual table, and the import reads only ordinary tables.`,
    )
  }
}

/** A name from the file, cut to a length that fits in a message. */
const shortName = (name: string) => (name.length > 80 ? `${name.slice(0, 80)}…` : name)

/** The table's CRS by its organisation's code; a definition in WKT when the code is not EPSG's. */
function crsOf(db: SqliteDatabase, srsId: number): CrsFinding {
  // -1 and 0 are the specification's "undefined Cartesian" and "undefined geographic" systems.
  if (srsId === -1 || srsId === 0) return { srid: null, declared: null }
  const [srs] = rows(db, 'SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [srsId])
  if (!srs) return { srid: null, declared: `srs_id ${srsId}` }
  if (String(srs.organization).toUpperCase() === 'EPSG') return findingFromCode(Number(srs.organization_coordsys_id), String(srs.srs_name))
  const fromWkt = findingFromWkt(String(srs.definition ?? ''))
  return fromWkt.srid !== null ? fromWkt : { srid: null, declared: `${String(srs.organization)}:${String(srs.organization_coordsys_id)} (${String(srs.srs_name)})` }
}

/** The WKB inside a GeoPackage geometry blob; null for a missing or empty geometry. */
export function geometryOf(blob: SqlValue | undefined, index: number): { wkb: Uint8Array } | null {
  if (blob === null || blob === undefined) return null
  const bad = (sv: string, en: string) => problem(`geometrin i objekt ${index + 1} ${sv}`, `the geometry of feature ${index + 1} ${en}`)
  if (!(blob instanceof Uint8Array) || blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) {
    throw bad('är ingen GeoPackage-geometri.', 'is not a GeoPackage geometry.')
  }
  const flags = blob[3] ?? 0
  const envelopeBytes = [0, 32, 48, 48, 64][(flags >> 1) & 0b111]
  if (envelopeBytes === undefined) throw bad('har ett okänt omslag (envelope).', 'has an unknown envelope.')
  if (flags & 0b10000) return null // the empty-geometry flag
  if (flags & 0b100000) throw bad('använder en utökad typ som inte stöds.', 'uses an extended type that is not supported.')
  const wkb = blob.subarray(8 + envelopeBytes)
  if (wkb.length < 5) throw bad('är avkortad.', 'is cut short.')
  return { wkb }
}

function attributeValue(value: SqlValue | undefined): AttributeValue {
  if (value === undefined || value instanceof Uint8Array) return null
  return value
}

function rows(db: SqliteDatabase, sql: string, params: SqlValue[] = []): Array<Record<string, SqlValue>> {
  const statement = db.prepare(sql, params)
  try {
    const result: Array<Record<string, SqlValue>> = []
    while (statement.step()) result.push(statement.getAsObject())
    return result
  } finally {
    statement.free()
  }
}

/** An SQLite identifier from the file, quoted so that any name reads as a name. */
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

const sqliteMessage = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200)
