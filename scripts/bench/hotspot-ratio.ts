/**
 * PostGIS against turf for a spatial analysis on the large data: hotspot clustering of a year's
 * evidence (the planning screen's default query). The same points, the same distance and minimum
 * size: ST_ClusterDBSCAN in the database (the points' cluster ids brought back) against turf's
 * clustersDbscan over the points read beforehand, and the planning screen's whole ranked query.
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf'
import type { Database } from '../../server/db/database.ts'
import { candidateSites } from '../../server/planning/candidate-sites.ts'
import { evidenceSql } from '../../server/planning/evidence.ts'
import { hotspotQuery } from '../../server/shared/api/planning-schemas.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'

export interface HotspotRatio {
  places: number
  distanceM: number
  postgis: Timing
  turf: Timing
  /** The candidate sites as the planning screen asks for them: clustering, scores and links. */
  candidateSites: Timing
}

export async function benchHotspotRatio(db: Database): Promise<HotspotRatio> {
  const query = hotspotQuery.parse({})
  const evidence = evidenceSql(query, 1)
  const next = evidence.params.length + 1
  const clusterSql = `SELECT ST_ClusterDBSCAN(e.geom, eps => $${next}::float8, minpoints => $${next + 1}::int) OVER () AS cluster FROM (${evidence.sql}) e`
  const clusterParams = [...evidence.params, query.distance_m, query.min_points]
  const rows = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT ST_Transform(e.geom, 4326) AS p FROM (${evidence.sql}) e) q`,
    evidence.params,
  )
  const points = featureCollection(rows.map((row) => point([row.lon, row.lat])))
  await db.query(clusterSql, clusterParams)
  const postgis = await timeRuns(() => db.query(clusterSql, clusterParams), 5)
  const turf = await timeRuns(async () => clustersDbscan(points, query.distance_m / 1000, { minPoints: query.min_points }), 3)
  const sites = await timeRuns(() => candidateSites(db, query), 3)
  return { places: rows.length, distanceM: query.distance_m, postgis, turf, candidateSites: sites }
}
