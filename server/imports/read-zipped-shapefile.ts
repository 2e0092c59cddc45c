/**
 * A zipped Shapefile: the .shp with its .dbf (attributes), .prj (coordinate system) and .cpg
 * (text encoding) beside it. A zip with several Shapefiles is read by its first, in name order,
 * and the layer read is named in the preview.
 */
import { unzipSync } from 'fflate'
import { findingFromWkt } from './import-crs.ts'
import { fileTooLarge, noFeatures, tooManyFeatures, unreadableFile } from './file-errors.ts'
import { MAX_FEATURES, MAX_UNZIPPED_BYTES } from './import-limits.ts'
import { encodingOfCpg, readDbf } from './read-dbf.ts'
import { readShp, ShapefileError } from './read-shp.ts'
import type { SourceFile } from './source-file.ts'

const problem = (sv: string, en: string) => unreadableFile('Shapefile (zip)', { sv, en })

export function readZippedShapefile(bytes: Uint8Array): SourceFile {
  const files = unzip(bytes)
  const shpName = Object.keys(files)
    .filter((name) => /\.shp$/i.test(name) && !isClutter(name))
    .sort()[0]
  if (!shpName) throw problem('zip-filen innehåller ingen .shp-fil.', 'the zip holds no .shp file.')
  const base = shpName.slice(0, -4)
  const sibling = (extension: string) => files[`${base}.${extension}`] ?? files[`${base}.${extension.toUpperCase()}`]
  const text = (extension: string) => {
    const file = sibling(extension)
    return file ? new TextDecoder('utf-8').decode(file) : null
  }
  const shp = files[shpName] as Uint8Array
  const dbf = sibling('dbf')
  const cpg = text('cpg')
  const prj = text('prj')
  try {
    const geometries = readShp(shp)
    if (geometries.length > MAX_FEATURES) throw tooManyFeatures(geometries.length)
    // The .dbf holds one record per shape; readDbf refuses any other count before reading one.
    const table = dbf ? readDbf(dbf, cpg === null ? null : encodingOfCpg(cpg), geometries.length) : { fields: [], records: [] }
    // A record marked deleted in the .dbf takes its shape with it.
    const features = geometries.flatMap((geometry, index) => {
      const properties = dbf ? table.records[index] : {}
      return properties ? [{ geometry, properties }] : []
    })
    if (features.length === 0) throw noFeatures()
    const layer = base.split('/').pop() ?? base
    return { format: 'shapefile', layer, attributes: table.fields, features, crs: prj === null ? { srid: null, declared: null } : findingFromWkt(prj) }
  } catch (error) {
    if (error instanceof ShapefileError) throw problem(error.sv, error.en)
    throw error
  }
}

/** The zip's files by name; the sizes the zip declares are summed before anything is inflated. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let unpacked = 0
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (isClutter(file.name)) return false
        unpacked += file.originalSize
        if (unpacked > MAX_UNZIPPED_BYTES) throw fileTooLarge()
        return true
      },
    })
  } catch (error) {
    if (error instanceof Error && 'status' in error) throw error
    throw problem('zip-filen är trasig eller avkortad.', 'the zip is damaged or cut short.')
  }
}

/** What macOS and Windows leave in zips they make. */
const isClutter = (name: string) => /(^|\/)(__MACOSX|\.)/.test(name) || name.endsWith('/')
