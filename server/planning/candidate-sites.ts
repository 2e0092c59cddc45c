/**
 * Where unsafe places cluster, ranked as candidate sites for a measure. PostGIS clusters the
 * evidence with DBSCAN in metres (SWEREF 99 TM); each cluster gets a score a planner can defend:
 *
 *   score = w_count × places + w_severity × serious places + w_recent × places of the last 90 days
 *         + w_centrum × (1 in a centrum zone) − w_measure × (1 when a measure is done within 100 m)
 *
 * Every part is returned, so the screen can show the sum in words and numbers.
 */
import type { Queryable } from '../db/database.ts'
import type { CandidateSite, HotspotQuery, HotspotResult } from '../shared/api/planning-schemas.ts'
import { MAX_LINKS, MEASURE_NEARBY_METRES, RECENT_DAYS } from '../shared/api/planning-schemas.ts'
import { evidencePeriod, evidenceSql } from './evidence.ts'

/** The list stops here: a planner reads the top of it. */
const MAX_SITES = 100

export async function candidateSites(db: Queryable, query: HotspotQuery & { scope?: string | null }): Promise<HotspotResult> {
  const evidence = evidenceSql(query, 1)
  const next = evidence.params.length + 1
  const [distance, minPoints, wCount, wSevere, wRecent, wCentrum, wMeasure, recentDays, nearbyMetres, maxLinks, maxSites] =
    ['float8', 'int', 'float8', 'float8', 'float8', 'float8', 'float8', 'int', 'float8', 'int', 'int'].map((type, n) => `$${next + n}::${type}`)
  const [row] = await db.query<{ evidence_count: number; noise_count: number; sites: CandidateSite[] }>(
    `WITH clustered AS (
       SELECT e.*, ST_ClusterDBSCAN(e.geom, eps => ${distance}, minpoints => ${minPoints}) OVER () AS cluster
         FROM (${evidence.sql}) e),
     clusters AS (
       SELECT cluster, ST_Collect(geom) AS places, ST_Centroid(ST_Collect(geom)) AS centre,
              count(*)::int AS count,
              count(*) FILTER (WHERE severity = 3)::int AS severe,
              count(*) FILTER (WHERE at >= now() - make_interval(days => ${recentDays}))::int AS recent,
              count(*) FILTER (WHERE source = 'public')::int AS public_count,
              count(*) FILTER (WHERE source = 'walk')::int AS walk_count,
              count(*) FILTER (WHERE source = 'staff')::int AS staff_count,
              -- The most frequent category of reports and observations; a tie goes to the first alphabetically.
              mode() WITHIN GROUP (ORDER BY type) FILTER (WHERE source <> 'staff') AS top_category,
              min(at) AS first_at, max(at) AS last_at,
              -- Only the reports a measure may answer, so "create a measure here" links them all.
              (array_agg(id ORDER BY id) FILTER (WHERE source = 'public' AND linkable))[1:${maxLinks}] AS report_ids,
              (array_agg(id ORDER BY id) FILTER (WHERE source = 'walk'))[1:${maxLinks}] AS observation_ids
         FROM clustered WHERE cluster IS NOT NULL GROUP BY cluster),
     scored AS (
       SELECT c.*,
              EXISTS (SELECT 1 FROM focus_zone z WHERE z.kind = 'centrum' AND ST_Intersects(z.geom, c.centre))::int AS in_centrum,
              EXISTS (SELECT 1 FROM measure m WHERE m.status = 'done' AND ST_DWithin(m.geom, c.places, ${nearbyMetres}))::int AS measure_nearby
         FROM clusters c),
     ranked AS (
       SELECT s.*, round((${wCount} * s.count + ${wSevere} * s.severe + ${wRecent} * s.recent
                          + ${wCentrum} * s.in_centrum - ${wMeasure} * s.measure_nearby)::numeric, 1) AS score
         FROM scored s),
     numbered AS (
       SELECT r.*, row_number() OVER (ORDER BY r.score DESC, r.count DESC, ST_X(r.centre), ST_Y(r.centre))::int AS rank
         FROM ranked r)
     SELECT (SELECT count(*)::int FROM clustered) AS evidence_count,
            (SELECT count(*)::int FROM clustered WHERE cluster IS NULL) AS noise_count,
            coalesce((SELECT json_agg(json_build_object(
                'rank', n.rank, 'score', n.score,
                'parts', json_build_object('count', n.count, 'severe', n.severe, 'recent', n.recent,
                                           'in_centrum', n.in_centrum, 'measure_nearby', n.measure_nearby),
                'centre', ST_AsGeoJSON(ST_Transform(n.centre, 4326), 6)::json,
                'outline', ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_ConvexHull(n.places), ${distance} / 2.0, 'quad_segs=4'), 4326), 6)::json,
                'by_source', json_build_object('public', n.public_count, 'walk', n.walk_count, 'staff', n.staff_count),
                'top_category', n.top_category,
                'place_name', (SELECT p.name FROM place_name p
                                WHERE p.kind IN ('centrum', 'place', 'meeting_point', 'address') AND ST_DWithin(p.geom, n.centre, 150)
                                ORDER BY p.geom <-> n.centre LIMIT 1),
                'first_at', n.first_at, 'last_at', n.last_at,
                'report_ids', coalesce(n.report_ids, '{}'), 'observation_ids', coalesce(n.observation_ids, '{}'))
              ORDER BY n.rank) FROM numbered n WHERE n.rank <= ${maxSites}), '[]') AS sites`,
    [
      ...evidence.params,
      query.distance_m, query.min_points, query.w_count, query.w_severity, query.w_recent, query.w_centrum, query.w_measure,
      RECENT_DAYS, MEASURE_NEARBY_METRES, MAX_LINKS, MAX_SITES,
    ],
  )
  if (!row) throw new Error('hotspot query returned no row')
  return { sites: row.sites.map((site) => ({ ...site, score: Number(site.score) })), evidence_count: row.evidence_count, noise_count: row.noise_count, period: evidencePeriod(query) }
}
