/**
 * Planning the next walk from evidence, at scale: 500 generated walks over ten years with 5,000
 * observations, and 100,000 generated reports. Measures the two figures issue 5 names – the
 * places no walk has passed recently, and the route proposal through 30 of them – on the database
 * directly (as the routes call them), and the same clustering with turf over the same points,
 * loaded beforehand. The generated rows are told apart by their title and text and removed afterwards.
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf'
import { generateWalks as generateWalkCount, removeGeneratedWalks } from '../../data/seed/large/large-walks.ts'
import type { Database } from '../../server/db/database.ts'
import type { PointGeometry } from '../../server/shared/api/report-schemas.ts'
import { proposeRoute } from '../../server/walks/route-proposal.ts'
import { unvisitedHotspots } from '../../server/walks/unvisited-hotspots.ts'
import { generateReports, removeGeneratedReports } from './reports-bench.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'

export { removeGeneratedWalks }

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

/** Walks spread over ten years (about one in ten in the last twelve months) around the centre, each with observations near its route. */
export function generateWalks(db: Database): Promise<void> {
  return generateWalkCount(db, { walks: GENERATED_WALKS, observationsPerWalk: OBSERVATIONS_PER_WALK })
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
