/**
 * Planning the next walk from evidence, at scale: 500 generated walks over ten years with 5,000
 * observations, and 100,000 generated reports. Measures the two figures issue 5 names – the
 * places no walk has passed recently, and the route proposal through 30 of them – on the database
 * directly (as the routes call them), and the same clustering with turf over the same points,
 * loaded beforehand. The generated rows are told apart by their title and text and removed afterwards.
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf'
import type { Database } from '../../server/db/database.ts'
import type { PointGeometry } from '../../server/shared/api/report-schemas.ts'
import { proposeRoute } from '../../server/walks/route-proposal.ts'
import { unvisitedHotspots } from '../../server/walks/unvisited-hotspots.ts'
import { generateReports, removeGeneratedReports } from './reports-bench.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'

const BENCH_WALK_TITLE = 'Bench-vandring'
export const GENERATED_WALKS = 500
const OBSERVATIONS_PER_WALK = 10
const ROUTE_STOPS = 30
const HOTSPOT_OPTIONS = { months: 12, minPoints: 3 }

export interface WalksBench {
  walks: number
  reports: number
  hotspotsFound: number
  hotspots: Timing
  routeProposal: Timing
  /** turf's clustersDbscan over the same evidence points (read beforehand), against PostGIS's whole query. */
  clusteringWithTurf: Timing
}

export async function benchWalks(db: Database): Promise<WalksBench> {
  await generateReports(db)
  await generateWalks(db)
  try {
    const [counts] = await db.query<{ walks: number; reports: number }>(
      'SELECT (SELECT count(*)::int FROM safety_walk) AS walks, (SELECT count(*)::int FROM report) AS reports',
    )
    const found = await unvisitedHotspots(db, HOTSPOT_OPTIONS)
    const hotspots = await timeRuns(() => unvisitedHotspots(db, HOTSPOT_OPTIONS), 20)
    const stops = routeStops(found.map((hotspot) => hotspot.centre))
    const start: PointGeometry = { type: 'Point', coordinates: [14.1075, 59.3098] }
    const routeProposal = await timeRuns(() => proposeRoute(db, start, stops), 20)
    const evidence = await evidencePoints(db)
    const clusteringWithTurf = await timeRuns(async () => clustersDbscan(evidence, 0.05, { minPoints: HOTSPOT_OPTIONS.minPoints }), 3)
    return { walks: counts!.walks, reports: counts!.reports, hotspotsFound: found.length, hotspots, routeProposal, clusteringWithTurf }
  } finally {
    await removeGeneratedWalks(db)
    await removeGeneratedReports(db)
  }
}

/** Thirty stops: the hotspots found, topped up with fixed points around the centre if there are fewer. */
function routeStops(found: PointGeometry[]): PointGeometry[] {
  const stops = found.slice(0, ROUTE_STOPS)
  for (let index = stops.length; index < ROUTE_STOPS; index++) {
    const angle = (index / ROUTE_STOPS) * 2 * Math.PI
    stops.push({ type: 'Point', coordinates: [14.1075 + 0.02 * Math.cos(angle), 59.3098 + 0.01 * Math.sin(angle)] })
  }
  return stops
}

/** Walks spread over ten years (about one in twenty in the last twelve months) around the centre, each with observations near its route. */
export async function generateWalks(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.17)')
    await tx.query(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p),
            starts AS (
              SELECT n, ST_Translate(centre.p, (random() - 0.5) * 3000, (random() - 0.5) * 3000) AS start,
                     now() - random() * interval '3650 days' AS starts_at
                FROM centre, generate_series(1, $2) AS n)
       INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route)
       SELECT '1781', $1, s.starts_at, 'dark', 'done', 'Mätpunkt', s.start,
              (SELECT ST_MakeLine(ST_Translate(s.start, v.dx, v.dy) ORDER BY v.k)
                 FROM (SELECT k, sum((random() - 0.5) * 500) OVER (ORDER BY k) AS dx, sum((random() - 0.5) * 500) OVER (ORDER BY k) AS dy
                         FROM generate_series(0, 7) AS k WHERE s.n > 0) AS v)
         FROM starts s`,
      [BENCH_WALK_TITLE, GENERATED_WALKS],
    )
    await tx.query(
      `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, observed_at, geom)
       SELECT w.id,
              (ARRAY['lighting', 'vegetation', 'visibility', 'paths', 'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other'])[1 + floor(random() * 9)::int],
              CASE WHEN random() < 0.7 THEN 'unsafe' ELSE 'safe' END, floor(random() * 4)::int, '', w.starts_at,
              ST_Translate(ST_LineInterpolatePoint(w.route, random()), (random() - 0.5) * 40, (random() - 0.5) * 40)
         FROM safety_walk w, generate_series(1, $2) AS n
        WHERE w.title = $1`,
      [BENCH_WALK_TITLE, OBSERVATIONS_PER_WALK],
    )
  })
  await db.query('VACUUM ANALYZE safety_walk')
  await db.query('VACUUM ANALYZE walk_observation')
}

/** The same evidence the hotspot query clusters, as WGS84 points for turf. */
async function evidencePoints(db: Database) {
  const rows = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (
       SELECT ST_Transform(geom, 4326) AS p FROM report
        WHERE status NOT IN ('rejected', 'duplicate') AND reported_at >= now() - make_interval(months => $1)
       UNION ALL
       SELECT ST_Transform(geom, 4326) FROM walk_observation
        WHERE assessment = 'unsafe' AND observed_at >= now() - make_interval(months => $1)) AS e`,
    [HOTSPOT_OPTIONS.months],
  )
  return featureCollection(rows.map((row) => point([row.lon, row.lat])))
}

export async function removeGeneratedWalks(db: Database): Promise<void> {
  await db.query('DELETE FROM safety_walk WHERE title = $1', [BENCH_WALK_TITLE])
}
