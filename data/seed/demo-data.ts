/**
 * FICTIONAL EXAMPLE DATA – NOTHING IN THIS SET IS REAL.
 *
 * Builds a demo set for Trygghetskartan so that the map, the promise follow-up and the staff
 * views have something to show: a centrum zone, grannsamverkan areas with contact persons and
 * meetings, safety walks with observations, public reports, environment measures and staff
 * incident reports (EST).
 * Every area name starts with "Exempel: ", every person is made up ("Anna Exempelsson"), phone
 * numbers are 070-000 00 NN and e-mail addresses end in @example.se. Places in the centre are
 * placed roughly, not surveyed; descriptions are invented. Every row is inserted with
 * `is_demo = true` so it can be told apart from, and deleted before, real data.
 *
 * The generation is pure and deterministic: one seeded PRNG stream per part (never Math.random,
 * never the clock), so the same reference date always gives byte-identical output. Geometry does
 * not depend on the reference date at all; dates are laid out relative to it.
 *
 * This file is the public entry; the parts live in ./demo/.
 */
import type { Queryable } from '../../server/db/database.ts'
import { centrumZone } from './demo/centrum.ts'
import { dayNumber, yearOf } from './demo/dates.ts'
import { insertDemoRows, requireDemoMunicipality } from './demo/insert.ts'
import { buildIncidents } from './demo/incidents.ts'
import { buildMeasures } from './demo/measures.ts'
import { buildReports } from './demo/reports.ts'
import type { DemoCounts, DemoData } from './demo/types.ts'
import { readUrbanAreas } from './demo/urban-areas.ts'
import { buildSafetyWalks } from './demo/walks.ts'
import { buildWatchAreas } from './demo/watch-areas.ts'

export { DEMO_MUNICIPALITY_CODE } from './demo/insert.ts'
export type {
  Category,
  DemoContactPerson,
  DemoCounts,
  DemoData,
  DemoFocusZone,
  DemoIncident,
  DemoMeasure,
  DemoMeeting,
  DemoReport,
  DemoSafetyWalk,
  DemoWalkObservation,
  DemoWatchArea,
  LineStringGeometry,
  LonLat,
  PointGeometry,
  PolygonGeometry,
  Responsible,
  UrbanAreaName,
} from './demo/types.ts'

/**
 * Builds the whole demo set as plain objects, without touching a database. Histories run from
 * 2012 (first areas) and 2016 (first promise period) up to `referenceDate`, so it must lie in
 * 2018 or later.
 */
export function generateDemoData(referenceDate: Date): DemoData {
  const refDay = dayNumber(referenceDate)
  if (!Number.isFinite(refDay) || yearOf(refDay) < 2018) {
    throw new RangeError('The demo data needs a reference date in 2018 or later (the histories start in 2016)')
  }
  const urbanAreas = readUrbanAreas()
  const { watchAreas, meetings } = buildWatchAreas(urbanAreas, refDay)
  return {
    focusZones: [centrumZone()],
    watchAreas,
    meetings,
    walks: buildSafetyWalks(refDay),
    reports: buildReports(urbanAreas, refDay),
    measures: buildMeasures(refDay),
    incidents: buildIncidents(refDay),
  }
}

/**
 * Inserts the demo set in `tx`. Expects municipality 1781 and its urban areas to be loaded
 * already (see base-data.ts). Does not delete earlier demo rows: run it on a fresh database or
 * delete `is_demo` rows first.
 */
export async function insertDemoData(tx: Queryable, referenceDate: Date): Promise<DemoCounts> {
  await requireDemoMunicipality(tx)
  return insertDemoRows(tx, generateDemoData(referenceDate))
}
