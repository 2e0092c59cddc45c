/**
 * Where the next walk should go: clusters of reports and unsafe walk observations (DBSCAN in
 * metres, in PostGIS) that no walk route of the last twelve months passed within 50 m. The
 * evidence goes back `months`; the walks always twelve months, as the promise is yearly.
 */
import type { Queryable } from '../db/database.ts'
import type { UnvisitedHotspot } from '../shared/api/walk-schemas.ts'

/** Points closer than this belong to one cluster. */
const CLUSTER_METRES = 50
/** A walk route this close to a place has passed it. */
const PASSED_METRES = 50
const WALK_MONTHS = 12
const MAX_HOTSPOTS = 30

export interface HotspotOptions {
  /** How far back reports and observations count. */
  months: number
  /** The smallest cluster. */
  minPoints: number
  /** One municipality's places and walks (kommun staff); null: the whole police area. */
  scope?: string | null
}

export async function unvisitedHotspots(db: Queryable, options: HotspotOptions): Promise<UnvisitedHotspot[]> {
  return db.query<UnvisitedHotspot>(
    `WITH evidence AS (
       SELECT r.geom, r.category, true AS is_report FROM report r
        WHERE r.status NOT IN ('rejected', 'duplicate') AND r.reported_at >= now() - make_interval(months => $1)
          AND ($7::text IS NULL OR r.municipality_code = $7)
       UNION ALL
       SELECT o.geom, o.category, false FROM walk_observation o
        WHERE o.assessment = 'unsafe' AND o.observed_at >= now() - make_interval(months => $1)
          AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM safety_walk w WHERE w.id = o.walk_id AND w.municipality_code = $7))),
     recent_walks AS (
       SELECT route FROM safety_walk WHERE status = 'done' AND starts_at >= now() - make_interval(months => $4)
          AND ($7::text IS NULL OR municipality_code = $7)),
     -- Everywhere within 50 m of a recent route, as one shape: PostGIS prepares it once and tests
     -- each place against it quickly (a third of the time of a lookup per place).
     passed_area AS (SELECT ST_Union(ST_Buffer(route, $5)) AS area FROM recent_walks),
     clustered AS (
       SELECT ST_ClusterDBSCAN(e.geom, eps => $2, minpoints => $3) OVER () AS cluster, e.geom, e.category, e.is_report,
              coalesce(ST_Intersects((SELECT area FROM passed_area), e.geom), false) AS passed
         FROM evidence e),
     -- A cluster is passed when a walk came within 50 m of at least half of its places: a long
     -- cluster along a street is not passed by a walk that crossed one end of it.
     clusters AS (
       SELECT ST_Centroid(ST_Collect(geom)) AS centre, ST_Collect(geom) AS places,
              count(*) FILTER (WHERE is_report)::int AS report_count,
              count(*) FILTER (WHERE NOT is_report)::int AS observation_count,
              -- The most frequent category; a tie goes to the first in alphabetical order.
              mode() WITHIN GROUP (ORDER BY category) AS top_category
         FROM clustered WHERE cluster IS NOT NULL GROUP BY cluster
       HAVING 2 * count(*) FILTER (WHERE passed) < count(*)),
     ranked AS (
       SELECT c.*, row_number() OVER (ORDER BY c.report_count + c.observation_count DESC, ST_X(c.centre), ST_Y(c.centre))::int AS id
         FROM clusters c)
     SELECT r.id, ST_AsGeoJSON(ST_Transform(r.centre, 4326), 6)::json AS centre, r.report_count, r.observation_count, r.top_category,
            (SELECT round(min(ST_Distance(w.route, r.places)))::int FROM recent_walks w) AS nearest_walk_m,
            (SELECT p.name FROM place_name p
              WHERE p.kind IN ('centrum', 'place', 'meeting_point', 'address') AND ST_DWithin(p.geom, r.centre, 150)
              ORDER BY p.geom <-> r.centre LIMIT 1) AS place_name
       FROM ranked r WHERE r.id <= $6 ORDER BY r.id`,
    [options.months, CLUSTER_METRES, options.minPoints, WALK_MONTHS, PASSED_METRES, MAX_HOTSPOTS, options.scope ?? null],
  )
}
