/**
 * Reading an import file in the browser and turning the server's report into a map preview.
 * The file is checked only as far as the server needs it to be JSON and a FeatureCollection; every
 * other check (geometry, CRS, names) is the server's, so the report says the same as the import.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { ImportAreasBody, ImportFeatureReport } from '../../../server/shared/api/import-schemas.ts'

export type ImportCollection = ImportAreasBody['collection']

/** What was wrong with the file before anything was sent; the key is under `grannsamverkan.import`. */
export type ImportFileProblem = 'notJson' | 'notCollection' | 'noFeatures'

export type ImportFileResult = { ok: true; collection: ImportCollection } | { ok: false; problem: ImportFileProblem }

/** The file's text as a FeatureCollection, or why it is not one. */
export function parseImportFile(text: string): ImportFileResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'notJson' }
  }
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'FeatureCollection') {
    return { ok: false, problem: 'notCollection' }
  }
  const features = (value as { features?: unknown }).features
  if (!Array.isArray(features)) return { ok: false, problem: 'notCollection' }
  if (features.length === 0) return { ok: false, problem: 'noFeatures' }
  return { ok: true, collection: value as ImportCollection }
}

export interface ImportPreviewProperties {
  ok: boolean
  label: string
}

/** The report's outlines (WGS84) for the map; a feature whose outline could not be read is left out. */
export function importPreview(
  features: readonly ImportFeatureReport[],
  label: (feature: ImportFeatureReport) => string,
): FeatureCollection<Geometry, ImportPreviewProperties> {
  return {
    type: 'FeatureCollection',
    features: features
      .filter((feature) => isPolygonal(feature.geometry))
      .map(
        (feature): Feature<Geometry, ImportPreviewProperties> => ({
          type: 'Feature',
          geometry: feature.geometry as Geometry,
          properties: { ok: feature.ok, label: label(feature) },
        }),
      ),
  }
}

function isPolygonal(geometry: unknown): boolean {
  const type = (geometry as { type?: unknown } | null)?.type
  return type === 'Polygon' || type === 'MultiPolygon'
}

/** The feature's index (0-based) from a server field such as `collection.features.3`; null for any other field. */
export function featureIndexOf(field: string): number | null {
  const match = /^collection\.features\.(\d+)$/.exec(field)
  return match ? Number(match[1]) : null
}
