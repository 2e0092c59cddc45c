/**
 * Planning environment changes at scale: 100,000 generated reports over ten years and 200 done
 * measures around the centre. Measures the three figures issue 7 names – the hotspot clustering
 * for one year, the hexagon grid for the visible town, the effect figures for every done measure –
 * on the database directly (as the routes call them), the situation picture of a week and a year,
 * and turf's clustersDbscan over the same year's points (read beforehand) for the ratio.
 * The generated rows are told apart by their title and text and removed afterwards.
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf'
import { generateMeasures as generateMeasureCount, removeGeneratedMeasures } from '../../data/seed/large/large-measures.ts'
import type { Database } from '../../server/db/database.ts'
import { measureEffects } from '../../server/measures/measure-effects.ts'
import { candidateSites } from '../../server/planning/candidate-sites.ts'
import { evidenceSql } from '../../server/planning/evidence.ts'
import { hexGrid } from '../../server/planning/hex-grid.ts'
import { situationPicture } from '../../server/planning/situation-picture.ts'
import { hexGridQuery, hotspotQuery } from '../../server/shared/api/planning-schemas.ts'
import { generateReports, removeGeneratedReports } from './reports-bench.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'

export { removeGeneratedMeasures }

export const GENERATED_MEASURES = 200
/** The town as a desk screen shows it at zoom 13–14: about 7 × 6 km around the centre. */
export const TOWN_BBOX = '14.05,59.28,14.17,59.34'

export interface PlanningBench {
  reports: number
  measures: number
  /** Places of evidence in the year clustered, and the sites found. */
  yearEvidence: number
  sitesFound: number
  cellsDrawn: number
  hotspots: Timing
  hexGrid: Timing
  effects: Timing
  situationWeek: Timing
  situationYear: Timing
  /** turf's clustersDbscan over the same year's points, against PostGIS's whole query. */
  clusteringWithTurf: Timing
}

export async function benchPlanning(db: Database): Promise<PlanningBench> {
  await generateReports(db)
  await generateMeasures(db)
  try {
    const [counts] = await db.query<{ reports: number; measures: number }>(
      `SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM measure WHERE status = 'done') AS measures`,
    )
    const yearQuery = hotspotQuery.parse({})
    const found = await candidateSites(db, yearQuery)
    const hotspots = await timeRuns(() => candidateSites(db, yearQuery), 10)
    const gridQuery = hexGridQuery.parse({ bbox: TOWN_BBOX })
    const grid = await hexGrid(db, gridQuery)
    const hexTiming = await timeRuns(() => hexGrid(db, gridQuery), 20)
    const effects = await timeRuns(() => measureEffects(db, 150), 10)
    const situationWeek = await timeRuns(() => situationPicture(db, 'week'), 10)
    const situationYear = await timeRuns(() => situationPicture(db, 'year'), 5)
    const points = await yearPoints(db)
    const clusteringWithTurf = await timeRuns(
      async () => clustersDbscan(points, yearQuery.distance_m / 1000, { minPoints: yearQuery.min_points }),
      3,
    )
    return {
      reports: counts!.reports,
      measures: counts!.measures,
      yearEvidence: found.evidence_count,
      sitesFound: found.sites.length,
      cellsDrawn: grid.features.length,
      hotspots,
      hexGrid: hexTiming,
      effects,
      situationWeek,
      situationYear,
      clusteringWithTurf,
    }
  } finally {
    await removeGeneratedMeasures(db)
    await removeGeneratedReports(db)
  }
}

/** Done measures around the centre, done within the last three years. */
export function generateMeasures(db: Database): Promise<void> {
  return generateMeasureCount(db, GENERATED_MEASURES)
}

/** The same evidence the clustering reads, as WGS84 points for turf. */
async function yearPoints(db: Database) {
  const evidence = evidenceSql(hotspotQuery.parse({}), 1)
  const rows = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT ST_Transform(e.geom, 4326) AS p FROM (${evidence.sql}) e) q`,
    evidence.params,
  )
  return featureCollection(rows.map((row) => point([row.lon, row.lat])))
}
