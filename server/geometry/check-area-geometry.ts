import type { Queryable } from '../db/database.ts'
import type { FieldProblem } from '../errors.ts'
import { invalidInput } from '../errors.ts'
import type { AreaGeometry } from '../shared/api/fields.ts'

export interface CheckedArea {
  /** The geometry in EPSG:3006, as EWKT for the caller to store. */
  ewkt: string
  /** The municipality the area lies in. */
  municipalityCode: string
}

/**
 * Checks a drawn or imported area in PostGIS: a valid polygon (no self-intersections) lying inside
 * a municipality – the given one, or any for a new area. Throws a 400 naming the problem.
 */
export async function checkAreaGeometry(
  db: Queryable,
  geometry: AreaGeometry,
  municipalityCode: string | null,
  field = 'geometry',
): Promise<CheckedArea> {
  const [row] = await db.query<{ valid: boolean; reason: string; code: string | null; ewkt: string }>(
    `WITH g AS (SELECT ST_Multi(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON($1)), 4326), 3006)) AS geom)
     SELECT ST_IsValid(g.geom) AS valid, ST_IsValidReason(g.geom) AS reason, ST_AsEWKT(g.geom) AS ewkt,
            (SELECT m.code FROM municipality m
              WHERE ($2::text IS NULL OR m.code = $2) AND ST_CoveredBy(g.geom, m.boundary) LIMIT 1) AS code
       FROM g`,
    [JSON.stringify(geometry), municipalityCode],
  )
  if (!row) throw new Error('geometry check returned no row')
  if (!row.valid) throw invalidInput([selfIntersecting(field, row.reason)])
  if (!row.code) throw invalidInput([outside(field)])
  return { ewkt: row.ewkt, municipalityCode: row.code }
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
