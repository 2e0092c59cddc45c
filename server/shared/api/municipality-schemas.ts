/**
 * The municipalities of the police area. An admin adds one from its boundary file (GeoJSON, a
 * zipped Shapefile or a GeoPackage, as Lantmäteriet's files come: the code and name are read from
 * the feature's properties) and, optionally, its tätorter file.
 */
import { z } from 'zod'
import { importCrsCodes } from './import-schemas.ts'

/** A Swedish municipality code (kommunkod): four digits, the county's two first. */
export const municipalityCodeField = z
  .string()
  .refine((code) => /^[0-9]{4}$/.test(code), {
    message: 'Give a municipality code: four digits, such as 1781.',
    params: { sv: 'Ange en kommunkod: fyra siffror, till exempel 1781.' },
  })
  // The refinement in the JSON Schema too, so the bad-input corpus knows the field takes no free text.
  .meta({ pattern: '^[0-9]{4}$' })

export const addMunicipalityBody = z
  .object({
    /** The boundary file's bytes in base64 (IMPORT_LIMIT_KB bounds the request). */
    boundary_base64: z.base64().min(4),
    /** The tätorter file's bytes in base64; without it the municipality starts with none. */
    urban_areas_base64: z.base64().min(4).optional(),
    /** The files' coordinate system when they do not say; one that contradicts a file is refused. */
    crs: z.enum(importCrsCodes).optional(),
  })
  .strict()
export type AddMunicipalityBody = z.infer<typeof addMunicipalityBody>

/** `?kommun=1760`: one municipality's records; without it, the whole police area (or, on the promises page, the default one). */
export const municipalityQuery = z.object({ kommun: municipalityCodeField.optional() }).strict()

/** A municipality as lists show it. */
export interface MunicipalitySummary {
  code: string
  name: string
  county: string
  /** The installation's own municipality: the public pages show it when none is chosen. */
  is_default: boolean
  /** [west, south, east, north] in WGS84, for a map to zoom to. */
  bbox: [number, number, number, number]
  /** Its tätorter and other built-up areas. */
  urban_areas: number
  /** Square kilometres, land and water. */
  area_km2: number
}

export interface MunicipalityList {
  municipalities: MunicipalitySummary[]
}
