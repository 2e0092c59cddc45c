/**
 * The reports (those a measure may answer) and unsafe walk observations near a drawn measure,
 * nearest first; for kommun staff (`scope`) only their own municipality's.
 */
import type { Queryable } from '../db/database.ts'
import type { LinkedObservation, LinkedReport, MeasureGeometry } from '../shared/api/planning-schemas.ts'

const MAX_NEARBY = 200

export async function nearbyEvidence(
  db: Queryable,
  geometry: MeasureGeometry,
  radiusMetres: number,
  scope: string | null = null,
): Promise<{ reports: (LinkedReport & { distance_m: number })[]; observations: (LinkedObservation & { distance_m: number })[] }> {
  const shape = `(SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006))`
  const reports = await db.query<LinkedReport & { distance_m: number }>(
    `SELECT r.id, r.category, r.status, r.reported_at, r.description, round(ST_Distance(r.geom, s.geom))::int AS distance_m
       FROM report r, ${shape} AS s(geom)
      WHERE ST_DWithin(r.geom, s.geom, $2) AND r.status NOT IN ('received', 'rejected', 'duplicate', 'not_actionable')
        AND ($4::text IS NULL OR r.municipality_code = $4)
      ORDER BY ST_Distance(r.geom, s.geom), r.id LIMIT $3`,
    [JSON.stringify(geometry), radiusMetres, MAX_NEARBY, scope],
  )
  const observations = await db.query<LinkedObservation & { distance_m: number }>(
    `SELECT o.id, o.walk_id, w.title AS walk_title, o.category, o.observed_at, o.description,
            round(ST_Distance(o.geom, s.geom))::int AS distance_m
       FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id, ${shape} AS s(geom)
      WHERE ST_DWithin(o.geom, s.geom, $2) AND o.assessment = 'unsafe' AND ($4::text IS NULL OR w.municipality_code = $4)
      ORDER BY ST_Distance(o.geom, s.geom), o.id LIMIT $3`,
    [JSON.stringify(geometry), radiusMetres, MAX_NEARBY, scope],
  )
  return { reports, observations }
}
