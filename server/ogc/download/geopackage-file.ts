import type { Database } from 'sql.js'
import type { DownloadLayer, DownloadRow } from './download-layer.ts'
import { columnValue, geoPackageColumns, quoteIdentifier } from './geopackage-columns.ts'
import type { GeoPackageColumn } from './geopackage-columns.ts'
import { geoPackageGeometry, geometryTypeNames } from './geopackage-geometry.ts'
import { spatialRefSystems } from './geopackage-srs.ts'
import { propertyColumns } from './property-columns.ts'
import { sqlJs } from '../../sqlite/sql-js.ts'
import type { Envelope } from './wkb-envelope.ts'

/** "GPKG" in ASCII, and GeoPackage 1.3.0: the two numbers by which readers know the file. */
const GPKG_APPLICATION_ID = 0x47504b47
const GPKG_VERSION = 10300

/**
 * The layer as an OGC GeoPackage 1.3 file: the required metadata tables and one feature table
 * named after the collection, with `geom` (ISO WKB behind a GeoPackage header, in the layer's
 * CRS), the source `id`, and one typed column per property. Built in memory with SQLite in
 * WebAssembly, so the server needs no native SQLite. (No R-tree index: sql.js is built without
 * the rtree module; QGIS and GDAL read the file without one and can add it.)
 */
export async function geoPackageFile(layer: DownloadLayer, rows: readonly DownloadRow<Buffer>[]): Promise<Buffer> {
  if (/^(gpkg|rtree)_/i.test(layer.name)) throw new Error(`"${layer.name}" is a reserved GeoPackage table name`)
  const SQL = await sqlJs()
  const db = new SQL.Database()
  try {
    const geometries = rows.map((row) => (row.geometry ? geoPackageGeometry(row.geometry, layer.srid) : null))
    const columns = geoPackageColumns(propertyColumns(rows), (key) => rows.map((row) => row.properties[key]))
    const idType = rows.every((row) => typeof row.id === 'number') ? 'INTEGER' : 'TEXT'
    const summaries = geometries.flatMap((geometry) => (geometry ? [geometry.summary] : []))
    const geometryType = declaredGeometryType(layer, summaries.map((summary) => summary.type))

    db.run(`PRAGMA application_id = ${GPKG_APPLICATION_ID}; PRAGMA user_version = ${GPKG_VERSION};`)
    // The database lives in memory and is thrown away on any error, so it needs no rollback
    // journal; without one, 100,000 inserts take a third of the time.
    db.run('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
    db.run('BEGIN')
    createMetadataTables(db)
    db.run(
      `CREATE TABLE ${quoteIdentifier(layer.name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ` +
        `geom ${geometryType}, id ${idType}` +
        columns.map((column) => `, ${quoteIdentifier(column.name)} ${column.type}`).join('') +
        ')',
    )
    registerLayer(db, layer, geometryType, {
      bounds: unionOf(summaries.map((summary) => summary.envelope)),
      z: summaries.some((summary) => summary.hasZ) ? 2 : 0,
      m: summaries.some((summary) => summary.hasM) ? 2 : 0,
    })
    insertFeatures(db, layer, columns, rows, geometries.map((geometry) => geometry?.blob ?? null))
    db.run('COMMIT')
    // The exported bytes as they are, not copied: a big file would otherwise be held twice.
    const bytes = db.export()
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } finally {
    db.close()
  }
}

function createMetadataTables(db: Database): void {
  // The table definitions of GeoPackage 1.3, annex C (C.1–C.3), word for word.
  db.run(`CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)`)
  db.run(`CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))`)
  db.run(`CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))`)
  const insert = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)')
  for (const srs of spatialRefSystems) {
    insert.run([srs.srsName, srs.srsId, srs.organization, srs.organizationCoordsysId, srs.definition, srs.description])
  }
  insert.free()
}

function registerLayer(db: Database, layer: DownloadLayer, geometryType: string, extent: { bounds: Envelope | null; z: number; m: number }) {
  const { bounds } = extent
  db.run(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
     VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
    [layer.name, layer.title, layer.description, bounds?.minX ?? null, bounds?.minY ?? null, bounds?.maxX ?? null, bounds?.maxY ?? null, layer.srid],
  )
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, ?, ?)', [layer.name, 'geom', geometryType, layer.srid, extent.z, extent.m])
}

function insertFeatures(
  db: Database,
  layer: DownloadLayer,
  columns: readonly GeoPackageColumn[],
  rows: readonly DownloadRow<Buffer>[],
  blobs: readonly (Uint8Array | null)[],
): void {
  const names = ['geom', 'id', ...columns.map((column) => quoteIdentifier(column.name))]
  const insert = db.prepare(
    `INSERT INTO ${quoteIdentifier(layer.name)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  )
  try {
    rows.forEach((row, index) => {
      insert.run([blobs[index]!, typeof row.id === 'number' ? row.id : String(row.id), ...columns.map((column) => columnValue(column.type, row.properties[column.key]))])
    })
  } finally {
    insert.free()
  }
}

/**
 * The layer's own type when the data agree (so a GIS styles it as polygons), the one type all
 * geometries share when they differ from it (areas are stored as MultiPolygons), else GEOMETRY.
 */
export function declaredGeometryType(layer: DownloadLayer, types: readonly number[]): string {
  const layerType = layer.geometryType.toUpperCase()
  const distinct = [...new Set(types.map((type) => geometryTypeNames[type]!))]
  if (distinct.length === 0) return layerType
  if (distinct.length === 1) return layerType === 'GEOMETRY' ? 'GEOMETRY' : distinct[0]!
  return 'GEOMETRY'
}

function unionOf(envelopes: readonly (Envelope | null)[]): Envelope | null {
  let union: Envelope | null = null
  for (const envelope of envelopes) {
    if (!envelope) continue
    union = union
      ? {
          minX: Math.min(union.minX, envelope.minX),
          maxX: Math.max(union.maxX, envelope.maxX),
          minY: Math.min(union.minY, envelope.minY),
          maxY: Math.max(union.maxY, envelope.maxY),
        }
      : { ...envelope }
  }
  return union
}
