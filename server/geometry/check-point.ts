import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import { servedMunicipalitiesPhrase } from '../municipalities/served-municipalities.ts'
import { isInSwedenBox } from './sweden-box.ts'
import type { PointGeometry } from '../shared/api/report-schemas.ts'

export interface CheckedPoint {
  /** The point in EPSG:3006, as EWKT for the caller to store. */
  ewkt: string
  municipalityCode: string
}

/** A reported point (WGS84) must lie inside a municipality the app serves; a 400 on `field` otherwise. */
export async function checkPoint(db: Queryable, geometry: PointGeometry, field = 'geometry'): Promise<CheckedPoint> {
  if (!isInSwedenBox(geometry.coordinates)) throw await outsideMunicipality(db, field)
  const [row] = await db.query<{ code: string | null; ewkt: string }>(
    `WITH p AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006) AS geom)
     SELECT ST_AsEWKT(p.geom) AS ewkt,
            (SELECT m.code FROM municipality m WHERE ST_Intersects(p.geom, m.boundary) ORDER BY m.added_order LIMIT 1) AS code
       FROM p`,
    geometry.coordinates,
  )
  if (!row?.code) throw await outsideMunicipality(db, field)
  return { ewkt: row.ewkt, municipalityCode: row.code }
}

/** Names the municipalities the app serves: "inom Kristinehamns, Storfors eller Filipstads kommun". */
async function outsideMunicipality(db: Queryable, field: string) {
  const where = await servedMunicipalitiesPhrase(db)
  return invalidInput([{ field, message: `The place must lie ${where.en}.`, message_sv: `Platsen måste ligga ${where.sv}.` }])
}
