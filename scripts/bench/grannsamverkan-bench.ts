/**
 * The police screen's two heavy reads on a large register: the needs-update list and the coverage
 * figures, in PostGIS (as the server runs them) against the same in JavaScript – plain code for the
 * list, @turf/turf for coverage – over the same rows, loaded beforehand (so the JavaScript side is
 * not charged for reading the data).
 */
import { area, featureCollection, intersect, union } from '@turf/turf'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import type { Database } from '../../server/db/database.ts'
import { readCoverage } from '../../server/watch-areas/coverage.ts'
import { readRegister } from '../../server/watch-areas/register.ts'
import { generateLargeRegister, removeLargeRegister } from './large-register.ts'
import { timeRuns } from './time-runs.ts'
import type { Timing } from './time-runs.ts'

export interface GrannsamverkanBench {
  areas: number
  meetings: number
  register: Timing
  /** The first coverage read after the areas changed: the union is computed. */
  coverageAfterChange: number
  /** Later reads, answered from the kept figures (the hints are always read). */
  coverage: Timing
  registerInJs: Timing
  coverageWithTurf: Timing
}

const TODAY = '2026-11-23'
const THRESHOLD_MONTHS = 12

export async function benchGrannsamverkan(db: Database): Promise<GrannsamverkanBench> {
  await generateLargeRegister(db)
  try {
    const [counts] = await db.query<{ areas: number; meetings: number }>(
      'SELECT (SELECT count(*)::integer FROM watch_area) AS areas, (SELECT count(*)::integer FROM meeting) AS meetings',
    )
    const register = await timeRuns(() => readRegister(db, THRESHOLD_MONTHS, TODAY), 20)
    const coverageAfterChange = (await timeRuns(() => readCoverage(db), 1)).p50
    const coverage = await timeRuns(() => readCoverage(db), 20)
    const rows = await loadRows(db)
    const registerInJs = await timeRuns(async () => registerFlags(rows), 20)
    const coverageWithTurf = await timeRuns(async () => coverageShares(rows), 2)
    return { areas: counts!.areas, meetings: counts!.meetings, register, coverageAfterChange, coverage, registerInJs, coverageWithTurf }
  } finally {
    await removeLargeRegister(db)
  }
}


interface Rows {
  areas: { id: number; status: string; startup_meeting_on: string | null; last_verified_on: string | null; signs_condition: string | null; geometry: Polygon | MultiPolygon }[]
  contacts: { area_id: number }[]
  meetings: { area_id: number; held_on: string; kind: string }[]
  towns: { name: string; geometry: Polygon | MultiPolygon }[]
}

async function loadRows(db: Database): Promise<Rows> {
  const [areas, contacts, meetings, towns] = await Promise.all([
    db.query<Rows['areas'][number]>(
      `SELECT id, status, startup_meeting_on::text, last_verified_on::text, signs_condition,
              ST_AsGeoJSON(ST_Transform(geom, 4326), 7)::json AS geometry FROM watch_area`,
    ),
    db.query<Rows['contacts'][number]>('SELECT area_id FROM contact_person'),
    db.query<Rows['meetings'][number]>('SELECT ma.area_id, m.held_on::text, m.kind FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id'),
    db.query<Rows['towns'][number]>(`SELECT name, ST_AsGeoJSON(ST_Transform(geom, 4326), 7)::json AS geometry FROM urban_area WHERE kind = 'tatort'`),
  ])
  return { areas, contacts, meetings, towns }
}

/** The same reasons as server/watch-areas/register.ts, computed in JavaScript. */
function registerFlags(rows: Rows) {
  const withContact = new Set(rows.contacts.map((contact) => contact.area_id))
  const lastMeeting = new Map<number, string>()
  const hadStartup = new Set<number>()
  for (const meeting of rows.meetings) {
    if ((lastMeeting.get(meeting.area_id) ?? '') < meeting.held_on) lastMeeting.set(meeting.area_id, meeting.held_on)
    if (meeting.kind === 'startup') hadStartup.add(meeting.area_id)
  }
  const cutoff = new Date(TODAY)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - THRESHOLD_MONTHS)
  const limit = cutoff.toISOString().slice(0, 10)
  return rows.areas.map((row) => {
    const lastUpdate = [row.last_verified_on, lastMeeting.get(row.id)].filter(Boolean).sort().at(-1) ?? null
    return {
      id: row.id,
      noContact: row.status !== 'inactive' && !withContact.has(row.id),
      notUpdated: row.status === 'active' && (lastUpdate === null || lastUpdate < limit),
      signsDamaged: row.status !== 'inactive' && (row.signs_condition === 'damaged' || row.signs_condition === 'missing'),
      neverStarted: row.status === 'planned' || (row.status === 'active' && !row.startup_meeting_on && !hadStartup.has(row.id)),
    }
  })
}

/** The covered share of each tätort with turf: the union of the active areas, cut with each tätort. */
function coverageShares(rows: Rows) {
  const active = rows.areas
    .filter((row) => row.status === 'active')
    .map((row): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: row.geometry }))
  const covered = active.length > 1 ? union(featureCollection(active)) : active[0]
  return rows.towns.map((town) => {
    const townFeature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: town.geometry }
    const inside = covered ? intersect(featureCollection([townFeature, covered])) : null
    return { name: town.name, share: inside ? area(inside) / area(townFeature) : 0 }
  })
}
