import type { Queryable } from '../db/database.ts'
import type { FieldProblem } from '../errors.ts'
import { invalidInput } from '../errors.ts'
import type { AreaGeometry } from '../shared/api/fields.ts'

/**
 * Checks a drawn or imported area in PostGIS: a valid polygon (no self-intersections) lying
 * inside the municipality. Throws a 400 naming the problem; returns the geometry as EPSG:3006 EWKT
 * for the caller to store.
 */
export async function checkAreaGeometry(db: Queryable, geometry: AreaGeometry, municipalityCode: string, field = 'geometry'): Promise<string> {
  const [row] = await db.query<{ valid: boolean; reason: string; inside: boolean; ewkt: string }>(
    `WITH g AS (SELECT ST_Multi(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON($1)), 4326), 3006)) AS geom)
     SELECT ST_IsValid(g.geom) AS valid, ST_IsValidReason(g.geom) AS reason,
            coalesce(ST_CoveredBy(g.geom, m.boundary), false) AS inside, ST_AsEWKT(g.geom) AS ewkt
       FROM g LEFT JOIN municipality m ON m.code = $2`,
    [JSON.stringify(geometry), municipalityCode],
  )
  if (!row) throw new Error('geometry check returned no row')
  const problem = !row.valid ? selfIntersecting(field, row.reason) : !row.inside ? outside(field) : undefined
  if (problem) throw invalidInput([problem])
  return row.ewkt
}

const selfIntersecting = (field: string, reason: string): FieldProblem => ({
  field,
  message: `The area is not a valid polygon (${reason}). Check that its edges do not cross.`,
  message_sv: `Området är ingen giltig polygon (${reason}). Kontrollera att kanterna inte korsar varandra.`,
})

const outside = (field: string): FieldProblem => ({
  field,
  message: 'The area must lie inside the municipality.',
  message_sv: 'Området måste ligga inom kommunen.',
})
