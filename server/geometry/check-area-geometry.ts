import type { Queryable } from '../db/database.ts'
import type { FieldProblem } from '../errors.ts'
import { invalidInput } from '../errors.ts'
import type { AreaGeometry } from '../shared/api/fields.ts'

/** The coordinate systems areas are accepted in: WGS84, SWEREF 99 TM, and the municipality's SWEREF 99 13 30. */
export type ImportSrid = 4326 | 3006 | 3008

export interface CheckedArea {
  /** The geometry in EPSG:3006, as EWKT for the caller to store. */
  ewkt: string
  /** The municipality the area lies in. */
  municipalityCode: string
  /** True when an invalid outline was repaired; the caller shows the stored result. */
  repaired: boolean
}

/**
 * Checks a drawn or imported area in PostGIS: a valid polygon lying inside a municipality – the
 * given one, or any for a new area. An invalid outline is repaired with ST_MakeValid (the
 * "structure" method, which keeps what the rings enclose) when the repair is unambiguous: it keeps
 * the same number of polygons and, within 1 %, the same area as the outline drawn – a zero-width
 * spike, say. Anything else, such as a bow-tie that would become two areas or two parts that
 * overlap and would merge, is refused with a 400 naming the problem.
 */
export async function checkAreaGeometry(
  db: Queryable,
  geometry: AreaGeometry,
  municipalityCode: string | null,
  { field = 'geometry', srid = 4326 }: { field?: string; srid?: ImportSrid } = {},
): Promise<CheckedArea> {
  const [row] = await db.query<{ valid: boolean; reason: string; repairable: boolean; code: string | null; ewkt: string }>(
    `WITH drawn AS (SELECT ST_Multi(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON($1)), $3::integer), 3006)) AS geom),
     repaired AS (
       SELECT drawn.geom AS drawn, ST_IsValid(drawn.geom) AS valid, ST_IsValidReason(drawn.geom) AS reason,
              CASE WHEN ST_IsValid(drawn.geom) THEN drawn.geom
                   ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(drawn.geom, 'method=structure'), 3)) END AS geom
         FROM drawn)
     SELECT valid, reason, ST_AsEWKT(geom) AS ewkt,
            NOT valid AND NOT ST_IsEmpty(geom) AND ST_NumGeometries(geom) = ST_NumGeometries(drawn)
              AND abs(ST_Area(geom) - ST_Area(drawn)) <= 0.01 * ST_Area(drawn) AS repairable,
            (SELECT m.code FROM municipality m
              WHERE ($2::text IS NULL OR m.code = $2) AND ST_CoveredBy(repaired.geom, m.boundary) ORDER BY m.added_order LIMIT 1) AS code
       FROM repaired`,
    [JSON.stringify(geometry), municipalityCode, srid],
  )
  if (!row) throw new Error('geometry check returned no row')
  if (!row.valid && !row.repairable) throw invalidInput([selfIntersecting(field, row.reason)])
  if (!row.code) throw invalidInput([outside(field, srid)])
  return { ewkt: row.ewkt, municipalityCode: row.code, repaired: !row.valid }
}

const selfIntersecting = (field: string, reason: string): FieldProblem => ({
  field,
  message: `The area is not a valid polygon (${reason}). Check that its edges do not cross.`,
  message_sv: `Området är ingen giltig polygon (${reason}). Kontrollera att kanterna inte korsar varandra.`,
})

const outside = (field: string, srid: ImportSrid): FieldProblem => ({
  field,
  message: `The area must lie inside the municipality.${srid === 4326 ? '' : ` Are the coordinates really in EPSG:${srid}?`}`,
  message_sv: `Området måste ligga inom kommunen.${srid === 4326 ? '' : ` Är koordinaterna verkligen i EPSG:${srid}?`}`,
})
