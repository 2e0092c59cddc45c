/**
 * Importing a GIS file (GeoJSON, a zipped Shapefile or a GeoPackage) into grannsamverkan areas,
 * walk routes or measures. The same body previews (every feature checked, nothing saved) and
 * saves (all features in one transaction, or none); the file travels again with the save, so the
 * server keeps nothing between the two.
 */
import { z } from 'zod'
import { importCrsCodes } from './import-schemas.ts'

export const fileImportTargets = ['watch-areas', 'walk-routes', 'measures'] as const
export type FileImportTarget = (typeof fileImportTargets)[number]
export type FileImportFormat = 'geojson' | 'shapefile' | 'geopackage'

/** A target field's name, as in the app's own payloads (`title`, `starts_at`). */
const fieldName = z
  .string()
  .refine((name) => /^[a-z][a-z_]{0,39}$/.test(name), {
    message: 'Give a field name such as title.',
    params: { sv: 'Ange ett fältnamn, till exempel title.' },
  })
/** An attribute name from the file: any printable text but short. */
const attributeName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\p{Cc}\p{Cs}]/u.test(name), {
    message: 'An attribute name cannot hold control characters.',
    params: { sv: 'Ett attributnamn kan inte innehålla styrtecken.' },
  })

export const fileImportBody = z
  .object({
    /** The file's bytes in base64; how large it may be is the request limit (IMPORT_LIMIT_KB). */
    file_base64: z.base64().min(4),
    /** The file's coordinate system when it does not say; one it contradicts is refused. */
    crs: z.enum(importCrsCodes).optional(),
    /** Target field → the file's attribute holding it. Without it the server suggests one by the names. */
    mapping: z.record(fieldName, attributeName).optional(),
  })
  .strict()
export type FileImportBody = z.infer<typeof fileImportBody>

export interface FileImportProblem {
  /** The target field it is about (`title`, `geometry`), or null for the feature as a whole. */
  field: string | null
  message: string
  message_sv: string
}

export type TargetFieldKind = 'text' | 'integer' | 'date' | 'datetime' | 'choice'

/** A field of the target that attributes can fill. */
export interface TargetField {
  name: string
  required: boolean
  kind: TargetFieldKind
  /** The codes a choice field takes (Swedish and English words for them are understood too). */
  choices?: string[]
}

export interface FilePreviewFeature {
  /** 0-based, in the file's order. */
  index: number
  /** The name or title it would get. */
  label: string | null
  ok: boolean
  problems: FileImportProblem[]
  /** What each target field would be, as it would be saved (defaults filled in). */
  values: Record<string, unknown>
  /** The shape in WGS84 for the map; null when it cannot be read. */
  geometry: unknown
}

export interface FilePreview {
  target: FileImportTarget
  format: FileImportFormat
  /** The GeoPackage table or Shapefile read; null for GeoJSON. */
  layer: string | null
  crs: {
    /** What the file names (e.g. `EPSG:3006`), or null when it says nothing. */
    declared: string | null
    /** The coordinate system the file was read in. */
    used: (typeof importCrsCodes)[number]
  }
  attributes: string[]
  fields: TargetField[]
  /** The mapping used: the one sent, or the one suggested from the attribute names. */
  mapping: Record<string, string>
  features: FilePreviewFeature[]
  problem_count: number
}

export interface FileImportResult {
  target: FileImportTarget
  created: Array<{ id: number; label: string }>
}
