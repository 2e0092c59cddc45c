import type { Queryable } from '../../db/database.ts'
import type { CollectionDefinition, PublicSettings } from '../collections.ts'
import type { Srid } from '../crs.ts'
import type { FeatureFilter } from '../feature-queries.ts'
import { fromWhere } from '../feature-queries.ts'
import { SqlParams } from '../sql-params.ts'
import type { DownloadRow } from './download-layer.ts'
import type { DownloadFormatName } from './download-formats.ts'

export interface DownloadQuery extends FeatureFilter {
  srid: Srid
}

/** 7 decimals in degrees (about a centimetre), 3 in metres: more than any source here is precise to. */
const decimalsFor = (srid: Srid) => (srid === 4326 ? 7 : 3)

/**
 * How each format wants the geometry, made by PostGIS in the file's CRS. Files keep x first
 * (easting, or longitude in EPSG:4326), the order GIS programs write and read in files (GeoPackage
 * stores x,y by its standard; WKT and GeoJSON files are read that way by GDAL and QGIS), so unlike
 * the API's answers nothing is flipped here.
 */
const encodings: Record<DownloadFormatName, (geometry: string, srid: Srid) => string> = {
  csv: (geometry, srid) => `ST_AsText(${inCrs(geometry, srid, decimalsFor(srid))})`,
  gpkg: (geometry, srid) => `ST_AsBinary(${inCrs(geometry, srid, decimalsFor(srid))})`,
  // No `crs` member in each geometry: the file names its CRS once (geojson-file.ts).
  geojson: (geometry, srid) => `ST_AsGeoJSON(${inCrs(geometry, srid)}, ${decimalsFor(srid)}, 0)`,
}

/** Rounded so WKT and WKB carry no noise from the transform; GeoJSON rounds itself. */
function inCrs(geometry: string, srid: Srid, decimals?: number) {
  const transformed = srid === 3006 ? geometry : `ST_Transform(${geometry}, ${srid})`
  return decimals === undefined ? transformed : `ST_SnapToGrid(${transformed}, ${10 ** -decimals})`
}

interface Row extends Record<string, unknown> {
  id: string | number
  properties: Record<string, unknown> | string
  geometry: string | Uint8Array | null
}

/**
 * Every feature of the collection that matches the filters, with no paging, in id order: the same
 * rows and properties as `items` (same visibility rules, the public's coarsened report points),
 * with the geometry encoded for the format.
 */
export async function queryDownloadRows(
  db: Queryable,
  collection: CollectionDefinition,
  settings: PublicSettings,
  format: 'gpkg',
  query: DownloadQuery,
): Promise<DownloadRow<Buffer>[]>
export async function queryDownloadRows(
  db: Queryable,
  collection: CollectionDefinition,
  settings: PublicSettings,
  format: 'csv' | 'geojson',
  query: DownloadQuery,
): Promise<DownloadRow<string>[]>
export async function queryDownloadRows(
  db: Queryable,
  collection: CollectionDefinition,
  settings: PublicSettings,
  format: DownloadFormatName,
  query: DownloadQuery,
): Promise<DownloadRow<string | Buffer>[]> {
  const params = new SqlParams()
  const geometry = collection.geometry(params, settings)
  const matching = fromWhere(collection, settings, params, query, geometry)
  const rows = await db.query<Row>(
    `SELECT ${collection.idColumn} AS id, ${collection.properties} AS properties, ${encodings[format](geometry, query.srid)} AS geometry
     ${matching} ORDER BY ${collection.idColumn}`,
    params.values,
  )
  return rows.map((row) => ({
    id: row.id,
    properties: flatProperties(typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties),
    geometry: row.geometry === null ? null : typeof row.geometry === 'string' ? row.geometry : Buffer.from(row.geometry),
  }))
}

/** Files have flat columns: a nested value (none today) becomes its JSON text rather than getting lost. */
function flatProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, value !== null && typeof value === 'object' ? JSON.stringify(value) : value]),
  )
}
