/** A measure's drawn shape, checked in PostGIS: a valid point, line or polygon inside the municipality. */
import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import type { MeasureGeometry } from '../shared/api/planning-schemas.ts'

export interface CheckedMeasureGeometry {
  /** The shape in EPSG:3006, as EWKT for the caller to store. */
  ewkt: string
  municipalityCode: string
}

export async function checkMeasureGeometry(db: Queryable, geometry: MeasureGeometry): Promise<CheckedMeasureGeometry> {
  const [row] = await db.query<{ valid: boolean; reason: string; ewkt: string; code: string | null }>(
    `WITH drawn AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS geom)
     SELECT ST_IsValid(geom) AS valid, ST_IsValidReason(geom) AS reason, ST_AsEWKT(geom) AS ewkt,
            (SELECT m.code FROM municipality m WHERE ST_CoveredBy(drawn.geom, m.boundary) ORDER BY m.added_order LIMIT 1) AS code
       FROM drawn`,
    [JSON.stringify(geometry)],
  )
  if (!row) throw new Error('geometry check returned no row')
  if (!row.valid) {
    throw invalidInput([
      {
        field: 'geometry',
        message: `The shape is not valid (${row.reason}). Check that its edges do not cross and a line has two different points.`,
        message_sv: `Formen är inte giltig (${row.reason}). Kontrollera att kanterna inte korsar varandra och att en linje har två olika punkter.`,
      },
    ])
  }
  if (!row.code) {
    throw invalidInput([
      { field: 'geometry', message: 'The measure must lie inside the municipality.', message_sv: 'Åtgärden måste ligga inom kommunen.' },
    ])
  }
  return { ewkt: row.ewkt, municipalityCode: row.code }
}
