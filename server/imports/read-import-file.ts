/**
 * Reads an uploaded GIS file, whatever it is: the format is told by its first bytes, not by its
 * name – a zip is a zipped Shapefile, an SQLite file a GeoPackage, anything else is tried as
 * GeoJSON. GeoPackage geometries (WKB) are read by PostGIS, so every feature leaves here as GeoJSON
 * in the file's own coordinates.
 */
import type { Queryable } from '../db/database.ts'
import { fileTooLarge, unknownFormat, unreadableFile } from './file-errors.ts'
import { MAX_FILE_BYTES } from './import-limits.ts'
import { readGeoJson } from './read-geojson.ts'
import { readGeoPackage } from './read-geopackage.ts'
import { readZippedShapefile } from './read-zipped-shapefile.ts'
import type { SourceFile } from './source-file.ts'
import { checkPositionCounts } from './source-geometry.ts'
import type { GeoJsonGeometry } from './source-geometry.ts'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const SQLITE_MAGIC = [...'SQLite format 3\0'].map((char) => char.charCodeAt(0))

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte)

export async function readImportFile(db: Queryable, bytes: Uint8Array): Promise<SourceFile> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge()
  if (bytes.byteLength === 0) throw unknownFormat()
  let file: SourceFile
  if (startsWith(bytes, ZIP_MAGIC)) file = readZippedShapefile(bytes)
  else if (startsWith(bytes, SQLITE_MAGIC)) file = await geometriesFromWkb(db, await readGeoPackage(bytes))
  else if (looksLikeJson(bytes)) file = readGeoJson(bytes)
  else throw unknownFormat()
  checkPositionCounts(file.features)
  return file
}

/** JSON starts with `{` after optional white space and a byte-order mark. */
function looksLikeJson(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  for (let at = start; at < Math.min(bytes.length, start + 1024); at++) {
    const byte = bytes[at]
    if (byte === 0x7b) return true
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false
  }
  return false
}

/** Chunks of WKB per statement: large enough to be quick, small enough for one query's parameters. */
const WKB_CHUNK = 500

/** WKB geometries to GeoJSON in PostGIS (Z and M dropped); a blob PostGIS cannot read makes the file unreadable. */
async function geometriesFromWkb(db: Queryable, file: SourceFile): Promise<SourceFile> {
  const features = [...file.features]
  const pending = features.flatMap((feature, index) => (feature.geometry && 'wkb' in feature.geometry ? [{ index, wkb: feature.geometry.wkb }] : []))
  for (let from = 0; from < pending.length; from += WKB_CHUNK) {
    const chunk = pending.slice(from, from + WKB_CHUNK)
    let converted: Array<{ n: number; geojson: string | null }>
    try {
      converted = await db.query<{ n: number; geojson: string | null }>(
        `SELECT n::integer AS n, ST_AsGeoJSON(ST_Force2D(ST_GeomFromWKB(decode(hex, 'hex'))), 9) AS geojson
           FROM unnest($1::text[]) WITH ORDINALITY AS t(hex, n)`,
        [chunk.map(({ wkb }) => Buffer.from(wkb).toString('hex'))],
      )
    } catch (error) {
      if (!/^(XX|22)/.test(String((error as { code?: unknown }).code ?? ''))) throw error
      throw unreadableFile('GeoPackage', {
        sv: 'PostGIS kunde inte läsa en av geometrierna (WKB).',
        en: 'PostGIS could not read one of its geometries (WKB).',
      })
    }
    for (const { n, geojson } of converted) {
      const target = chunk[n - 1]
      if (!target) continue
      const source = features[target.index]
      if (source) features[target.index] = { ...source, geometry: geojson === null ? null : (JSON.parse(geojson) as GeoJsonGeometry) }
    }
  }
  return { ...file, features }
}
