import { z } from 'zod'

export const importCrsCodes = ['EPSG:4326', 'EPSG:3006', 'EPSG:3008'] as const

/**
 * Areas from a GeoJSON file. Each feature is checked on its own (its geometry against the CRS, its
 * name and status), so the answer can report per feature; `dry_run` checks without saving. A real
 * import saves every feature or none.
 */
export const importAreasBody = z
  .object({
    crs: z.enum(importCrsCodes),
    dry_run: z.boolean(),
    /** The property holding each area's name (default `name`): letters, digits, space, `_`, `.` or `-`. */
    name_property: z
      .string()
      .trim()
      .max(100)
      .refine((name) => /^[\p{L}\p{N}_ .-]+$/u.test(name), {
        message: 'Give the name of a property in the file, such as name or NAMN.',
        params: { sv: 'Ange namnet på en egenskap i filen, till exempel name eller NAMN.' },
      })
      .meta({ format: 'property-name' })
      .optional(),
    collection: z
      .object({
        type: z.literal('FeatureCollection'),
        features: z
          .array(z.object({ type: z.literal('Feature'), geometry: z.unknown(), properties: z.record(z.string(), z.unknown()).nullable() }).loose())
          .min(1)
          .max(2000),
      })
      .loose(),
  })
  .strict()
export type ImportAreasBody = z.infer<typeof importAreasBody>

export interface ImportProblem {
  message: string
  message_sv: string
}

/** What the import makes (or would make) of one feature. */
export interface ImportFeatureReport {
  /** 0-based, in the file's order. */
  index: number
  name: string | null
  status: 'planned' | 'active' | 'inactive'
  ok: boolean
  problems: ImportProblem[]
  area_m2: number | null
  /** The outline crossed itself and would be (was) repaired. */
  repaired: boolean
  /** The outline in WGS84 as it would be stored, for the preview; null when it cannot be read. */
  geometry: unknown
}

/** A dry run's answer, and a real import's when it saved everything; with any problem a real import answers 400 naming each. */
export interface ImportReport {
  /** True when the areas were saved (never on a dry run). */
  saved: boolean
  features: ImportFeatureReport[]
  /** The new areas' ids, in the file's order, when saved. */
  created_ids: number[]
}
