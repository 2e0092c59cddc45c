/**
 * Where the next walk should go: clusters of reports and unsafe walk observations (DBSCAN in
 * metres, in PostGIS) whose centre no walk route of the last twelve months passed within 50 m.
 */
import type { Queryable } from '../db/database.ts'
import type { UnvisitedHotspot } from '../shared/api/walk-schemas.ts'

/** Points closer than this belong to one cluster. */
const CLUSTER_METRES = 50
/** A walk route this close to a cluster's centre has passed it. */
const PASSED_METRES = 50
const WALK_MONTHS = 12
const MAX_HOTSPOTS = 30

export interface HotspotOptions {
  /** How far back reports and observations count. */
  months: number
  /** The smallest cluster. */
  minPoints: number
}

export async function unvisitedHotspots(db: Queryable, options: HotspotOptions): Promise<UnvisitedHotspot[]> {
  return db.query<UnvisitedHotspot>(
    `WITH evidence AS (
       SELECT r.geom, r.category, true AS is_report FROM report r
        WHERE r.status NOT IN ('rejected', 'duplicate') AND r.reported_at >= now() - make_interval(months => $1)
       UNION ALL
       SELECT o.geom, o.category, false FROM walk_observation o
        WHERE o.assessment = 'unsafe' AND o.observed_at >= now() - make_interval(months => $1)),
     clustered AS (
       SELECT ST_ClusterDBSCAN(geom, eps => $2, minpoints => $3) OVER () AS cluster, geom, category, is_report FROM evidence),
     clusters AS (
       SELECT ST_Centroid(ST_Collect(geom)) AS centre,
              count(*) FILTER (WHERE is_report)::int AS report_count,
              count(*) FILTER (WHERE NOT is_report)::int AS observation_count,
              mode() WITHIN GROUP (ORDER BY category) AS top_category
         FROM clustered WHERE cluster IS NOT NULL GROUP BY cluster),
     recent_walks AS (
       SELECT route FROM safety_walk WHERE status = 'done' AND starts_at >= now() - make_interval(months => $4)),
     unvisited AS (
       SELECT c.*, (SELECT min(ST_Distance(w.route, c.centre)) FROM recent_walks w) AS nearest_walk
         FROM clusters c
        WHERE NOT EXISTS (SELECT 1 FROM recent_walks w WHERE ST_DWithin(w.route, c.centre, $5))
        ORDER BY c.report_count + c.observation_count DESC, ST_X(c.centre), ST_Y(c.centre)
        LIMIT $6)
     SELECT row_number() OVER ()::int AS id, ST_AsGeoJSON(ST_Transform(u.centre, 4326), 6)::json AS centre,
            u.report_count, u.observation_count, u.top_category, round(u.nearest_walk)::int AS nearest_walk_m,
            (SELECT p.name FROM place_name p
              WHERE p.kind IN ('centrum', 'place', 'meeting_point', 'address') AND ST_DWithin(p.geom, u.centre, 150)
              ORDER BY p.geom <-> u.centre LIMIT 1) AS place_name
       FROM unvisited u`,
    [options.months, CLUSTER_METRES, options.minPoints, WALK_MONTHS, PASSED_METRES, MAX_HOTSPOTS],
  )
}
