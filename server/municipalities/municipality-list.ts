/** The municipalities the app serves, in the order they were added: the first is the installation's own. */
import type { Queryable } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { MunicipalitySummary } from '../shared/api/municipality-schemas.ts'

const summarySelect = `
  SELECT m.code, m.name, m.county,
         m.added_order = (SELECT min(added_order) FROM municipality) AS is_default,
         ARRAY[round(ST_XMin(b)::numeric, 5), round(ST_YMin(b)::numeric, 5), round(ST_XMax(b)::numeric, 5), round(ST_YMax(b)::numeric, 5)]::float8[] AS bbox,
         (SELECT count(*)::integer FROM urban_area u WHERE u.municipality_code = m.code) AS urban_areas,
         round((ST_Area(m.boundary) / 1e6)::numeric, 1)::float8 AS area_km2
    FROM municipality m, LATERAL (SELECT Box2D(ST_Transform(m.boundary, 4326)) AS b) box`

export async function listMunicipalities(db: Queryable): Promise<MunicipalitySummary[]> {
  return db.query<MunicipalitySummary>(`${summarySelect} ORDER BY m.added_order`)
}

export async function findMunicipality(db: Queryable, code: string): Promise<MunicipalitySummary | undefined> {
  const [row] = await db.query<MunicipalitySummary>(`${summarySelect} WHERE m.code = $1`, [code])
  return row
}

/** A `?kommun=` filter: the code when the app serves it, null for none given; 404 for one it does not serve. */
export async function municipalityFilter(db: Queryable, code: string | undefined): Promise<string | null> {
  if (code === undefined) return null
  return (await chosenMunicipality(db, code)).code
}

/** The public pages' municipality: the one chosen (`?kommun=`), or the installation's own; 404 for one the app does not serve. */
export async function chosenMunicipality(db: Queryable, code: string | undefined): Promise<{ code: string; name: string }> {
  const [row] = await db.query<{ code: string; name: string }>(
    `SELECT code, name FROM municipality WHERE ($1::text IS NULL OR code = $1) ORDER BY added_order LIMIT 1`,
    [code ?? null],
  )
  if (!row) {
    throw notFound('municipality_not_found', `Appen har ingen kommun med kod ${code ?? ''}.`, `The app does not serve municipality ${code ?? ''}.`)
  }
  return row
}
