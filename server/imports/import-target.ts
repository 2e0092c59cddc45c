/**
 * What each kind of object an import can make has in common: the fields attributes can fill, the
 * geometry it takes, and a check that runs the same rules as the app's own create. A checked
 * feature without problems carries the function that saves it inside the import's transaction.
 */
import type { Actor } from '../audit/audit-log.ts'
import type { Queryable } from '../db/database.ts'
import { AppError } from '../errors.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import type { FileImportProblem, FileImportTarget, TargetField } from '../shared/api/file-import-schemas.ts'
import type { Role } from '../shared/roles.ts'
import { fieldProblems } from '../validation/field-problems.ts'
import type { Converted } from './attribute-values.ts'
import type { AttributeValue } from './source-file.ts'
import type { GeoJsonGeometry } from './source-geometry.ts'

/** A target field with the attribute names that suggest it (compared squeezed, see attribute-values.ts). */
export interface TargetFieldSpec extends TargetField {
  suggestedBy: string[]
}

export interface FeatureToCheck {
  index: number
  /** In the file's coordinates, multi-geometries of one part already made single. */
  geometry: GeoJsonGeometry | null
  srid: ImportSrid
  /** The mapped attributes' values by target field; undefined where nothing is mapped. */
  attributes: Record<string, AttributeValue | undefined>
}

export interface SaveContext {
  actor: Actor & { userId: number }
  role: Role
  requestId: string
  /** The municipality a kommun account imports into (server/municipalities/staff-scope.ts); null: the whole police area. */
  scope: string | null
}

export interface CheckedFeature {
  label: string | null
  problems: FileImportProblem[]
  values: Record<string, unknown>
  /** In WGS84, for the preview. */
  preview: GeoJsonGeometry | null
  /** Saves the feature (only when it has no problems); answers the new object's id. */
  save?: (tx: Queryable, context: SaveContext) => Promise<number>
}

export interface ImportTarget {
  name: FileImportTarget
  fields: TargetFieldSpec[]
  check(db: Queryable, feature: FeatureToCheck): Promise<CheckedFeature>
}

/** Collects the problems of one feature as its check goes along. */
export class ProblemList {
  readonly items: FileImportProblem[] = []

  add(field: string | null, sv: string, en: string): void {
    this.items.push({ field, message: en, message_sv: sv })
  }

  /** A converted attribute's value, or its problem noted against the field. */
  take<T>(field: string, converted: Converted<T>): T | undefined {
    if ('problem' in converted) {
      this.add(field, converted.problem.sv, converted.problem.en)
      return undefined
    }
    return converted.value
  }

  /** Zod's issues from the app's own body schema, on the target field they concern; fields already reported are skipped. */
  addIssues(issues: Parameters<typeof fieldProblems>[0], fieldOf: (path: string) => string): void {
    const reported = new Set(this.items.map((item) => item.field))
    for (const problem of fieldProblems(issues)) {
      const field = fieldOf(problem.field)
      if (!reported.has(field)) this.items.push({ field, message: problem.message, message_sv: problem.message_sv })
    }
  }

  /**
   * Runs one of the app's own checks (they answer a 400 naming the problem); its problems are
   * noted and undefined returned. PostGIS refusing the coordinates themselves is a problem too.
   */
  async run<T>(field: string, check: () => Promise<T>): Promise<T | undefined> {
    try {
      return await check()
    } catch (error) {
      const fields = error instanceof AppError ? error.extra.fields : undefined
      if (fields) for (const problem of fields) this.add(field, problem.message_sv, problem.message)
      else if (isGeometryError(error)) this.add(field, unreadable.sv, unreadable.en)
      else throw error
      return undefined
    }
  }

  get ok(): boolean {
    return this.items.length === 0
  }
}

/** PostGIS refusing a geometry (invalid GeoJSON, a transform that fails) answers with SQLSTATE XX… or 22…. */
export const isGeometryError = (error: unknown) => /^(XX|22)/.test(String((error as { code?: unknown }).code ?? ''))

const unreadable = {
  sv: 'PostGIS kunde inte läsa geometrin i det valda koordinatsystemet.',
  en: 'PostGIS could not read the geometry in the chosen coordinate system.',
}

const typeWords: Record<string, { sv: string; en: string }> = {
  Point: { sv: 'en punkt', en: 'a point' },
  MultiPoint: { sv: 'flera punkter', en: 'several points' },
  LineString: { sv: 'en linje', en: 'a line' },
  MultiLineString: { sv: 'flera linjer', en: 'several lines' },
  Polygon: { sv: 'en yta', en: 'an area' },
  MultiPolygon: { sv: 'flera ytor', en: 'several areas' },
  GeometryCollection: { sv: 'en samling geometrier', en: 'a geometry collection' },
}

/**
 * The feature's geometry when it is of a type the target takes; otherwise a problem saying what
 * it is and what is wanted.
 */
export function geometryOfType(
  problems: ProblemList,
  geometry: GeoJsonGeometry | null,
  types: readonly string[],
  wanted: { sv: string; en: string },
): GeoJsonGeometry | null {
  if (!geometry) {
    problems.add('geometry', `Objektet saknar geometri: ${wanted.sv}.`, `The feature has no geometry: ${wanted.en}.`)
    return null
  }
  if (types.includes(geometry.type)) return geometry
  const is = typeWords[geometry.type] ?? { sv: geometry.type, en: geometry.type }
  problems.add('geometry', `Fel geometrityp: objektet är ${is.sv} (${geometry.type}), ${wanted.sv}.`, `Wrong geometry type: the feature is ${is.en} (${geometry.type}), ${wanted.en}.`)
  return null
}

/** The geometry in WGS84 (as GeoJSON, 2D), read and transformed by PostGIS. */
export async function toWgs84(db: Queryable, problems: ProblemList, geometry: GeoJsonGeometry, srid: ImportSrid): Promise<GeoJsonGeometry | null> {
  const row = await problems.run('geometry', async () => {
    const [result] = await db.query<{ geojson: string }>(
      `SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON($1)), $2::integer), 4326), 9) AS geojson`,
      [JSON.stringify(geometry), srid],
    )
    return result
  })
  if (!row) return null
  try {
    return JSON.parse(row.geojson) as GeoJsonGeometry
  } catch {
    // Coordinates that transform to infinity come back as text JSON cannot hold.
    problems.add('geometry', unreadable.sv, unreadable.en)
    return null
  }
}
