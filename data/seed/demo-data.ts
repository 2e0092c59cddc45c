/**
 * FICTIONAL EXAMPLE DATA – NOTHING IN THIS FILE IS REAL.
 *
 * Builds a demo set for Trygghetskartan so that the map, the promise follow-up and the staff
 * views have something to show: a centrum zone, grannsamverkan areas with contact persons and
 * meetings, safety walks with observations, public reports and environment measures.
 * Every area name starts with "Exempel: ", every person is made up ("Anna Exempelsson"), phone
 * numbers are 070-000 00 NN and e-mail addresses end in @example.se. Places in the centre are
 * placed roughly, not surveyed; descriptions are invented. Every row is inserted with
 * `is_demo = true` so it can be told apart from, and deleted before, real data.
 *
 * The generation is pure and deterministic: one seeded PRNG stream per part (never Math.random,
 * never the clock), so the same reference date always gives byte-identical output. Geometry does
 * not depend on the reference date at all; dates are laid out relative to it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  booleanIntersects,
  booleanPointInPolygon,
  booleanWithin,
  length as turfLength,
  lineString,
  point,
  pointToLineDistance,
  polygon,
} from '@turf/turf'
import type { Queryable } from '../../server/db/database.ts'

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** [lon, lat] in WGS84, rounded to 6 decimals (about 0.1 m). */
export type LonLat = [number, number]
export interface PointGeometry {
  type: 'Point'
  coordinates: LonLat
}
export interface LineStringGeometry {
  type: 'LineString'
  coordinates: LonLat[]
}
export interface PolygonGeometry {
  type: 'Polygon'
  coordinates: LonLat[][]
}

export type UrbanAreaName = 'Kristinehamn' | 'Björneborg' | 'Bäckhammar'
export type Category =
  | 'lighting'
  | 'vegetation'
  | 'visibility'
  | 'paths'
  | 'tunnels'
  | 'graffiti_littering'
  | 'people_groups'
  | 'signage'
  | 'other'
export type Responsible = 'kommun' | 'polis' | 'fastighetsagare' | 'annan'

export interface DemoFocusZone {
  name: string
  kind: 'centrum'
  description: string
  geometry: PolygonGeometry
}

export interface DemoContactPerson {
  name: string
  phone: string
  email: string
  isMain: boolean
}

export interface DemoWatchArea {
  name: string
  urbanArea: UrbanAreaName
  status: 'planned' | 'active' | 'inactive'
  households: number
  /** ISO date; null when the area never had its start-up meeting. */
  startupMeetingOn: string | null
  lastVerifiedOn: string | null
  signsCount: number
  signsCondition: 'good' | 'worn' | 'damaged' | 'missing' | null
  signsCheckedOn: string | null
  notes: string
  geometry: PolygonGeometry
  contacts: DemoContactPerson[]
}

export interface DemoMeeting {
  kind: 'startup' | 'yearly' | 'update_visit'
  heldOn: string
  attendees: number
  heldBy: 'polis' | 'kommun' | 'polis_kommun'
  notes: string
  /** Indexes into `DemoData.watchAreas`. */
  areaIndexes: number[]
}

export interface DemoWalkObservation {
  category: Category
  assessment: 'safe' | 'unsafe'
  rating: number
  description: string
  proposedMeasure: string
  responsible: Responsible | null
  priority: 'low' | 'medium' | 'high' | null
  deadlineOn: string | null
  geometry: PointGeometry
}

export interface DemoSafetyWalk {
  title: string
  /** ISO timestamp with the Swedish UTC offset of that day, e.g. 2016-11-15T18:00:00+01:00. */
  startsAt: string
  light: 'daylight' | 'dark'
  status: 'planned' | 'done'
  meetingPointName: string
  meetingPoint: PointGeometry
  maxParticipants: number
  invited: string
  preMeetingOn: string
  followUpOn: string
  route: LineStringGeometry
  observations: DemoWalkObservation[]
}

export interface DemoReport {
  category: Category
  timeOfDay: 'day' | 'evening' | 'night'
  weekPart: 'weekday' | 'weekend' | 'all_week'
  description: string
  status: 'new' | 'published' | 'measure_planned' | 'fixed' | 'rejected'
  answer: string
  meTooCount: number
  reportedAt: string
  geometry: PointGeometry
}

export interface DemoMeasure {
  title: string
  description: string
  type: 'lighting' | 'vegetation_clearance' | 'visibility' | 'furniture_fixings' | 'camera' | 'art_activity' | 'other'
  status: 'proposed' | 'decided' | 'done' | 'rejected'
  rejectedReason: string | null
  responsible: Responsible
  decidedOn: string | null
  doneOn: string | null
  costSek: number | null
  geometry: PointGeometry | LineStringGeometry | PolygonGeometry
}

export interface DemoData {
  focusZones: DemoFocusZone[]
  watchAreas: DemoWatchArea[]
  meetings: DemoMeeting[]
  walks: DemoSafetyWalk[]
  reports: DemoReport[]
  measures: DemoMeasure[]
}

export interface DemoCounts {
  watchAreas: number
  contactPersons: number
  meetings: number
  walks: number
  observations: number
  reports: number
  measures: number
  focusZones: number
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** The municipality every demo row belongs to. */
export const DEMO_MUNICIPALITY_CODE = '1781'

// Declared up here because module-level tables below already compute with them.
const DAY_MS = 86_400_000
const METRES_PER_DEGREE = 111_320

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
  }
}

/**
 * Inserts the demo set in `tx`. Expects municipality 1781 and its urban areas to be loaded
 * already (see base-data.ts). Does not delete earlier demo rows: run it on a fresh database or
 * delete `is_demo` rows first.
 */
export async function insertDemoData(tx: Queryable, referenceDate: Date): Promise<DemoCounts> {
  const found = await tx.query('SELECT 1 FROM municipality WHERE code = $1', [DEMO_MUNICIPALITY_CODE])
  if (found.length === 0) throw new Error(`Municipality ${DEMO_MUNICIPALITY_CODE} is missing: load the base data first`)

  const data = generateDemoData(referenceDate)
  for (const zone of data.focusZones) await insertFocusZone(tx, zone)

  const areaIds: number[] = []
  let contactPersons = 0
  for (const area of data.watchAreas) {
    const areaId = await insertWatchArea(tx, area)
    areaIds.push(areaId)
    for (const contact of area.contacts) await insertContactPerson(tx, areaId, contact)
    contactPersons += area.contacts.length
  }
  for (const meeting of data.meetings) {
    await insertMeeting(tx, meeting, meeting.areaIndexes.map((index) => must(areaIds[index], 'area id')))
  }

  let observations = 0
  for (const walk of data.walks) {
    const walkId = await insertSafetyWalk(tx, walk)
    for (const observation of walk.observations) await insertObservation(tx, walkId, observation)
    observations += walk.observations.length
  }
  for (const report of data.reports) await insertReport(tx, report)
  for (const measure of data.measures) await insertMeasure(tx, measure)

  return {
    watchAreas: data.watchAreas.length,
    contactPersons,
    meetings: data.meetings.length,
    walks: data.walks.length,
    observations,
    reports: data.reports.length,
    measures: data.measures.length,
    focusZones: data.focusZones.length,
  }
}

// ---------------------------------------------------------------------------------------------
// SQL: one statement per table, values always as parameters
// ---------------------------------------------------------------------------------------------

/** GeoJSON in WGS84 (parameter n) to the stored SWEREF 99 TM. */
const geomFrom = (n: number) => `ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($${n}), 4326), 3006)`

async function insertFocusZone(tx: Queryable, zone: DemoFocusZone): Promise<void> {
  await tx.query(
    `INSERT INTO focus_zone (municipality_code, name, kind, description, is_demo, geom)
     VALUES ($1, $2, $3, $4, true, ST_Multi(${geomFrom(5)}))`,
    [DEMO_MUNICIPALITY_CODE, zone.name, zone.kind, zone.description, JSON.stringify(zone.geometry)],
  )
}

async function insertWatchArea(tx: Queryable, area: DemoWatchArea): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, last_verified_on,
       signs_count, signs_condition, signs_checked_on, notes, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, ST_Multi(${geomFrom(11)}))
     RETURNING id`,
    [
      DEMO_MUNICIPALITY_CODE,
      area.name,
      area.status,
      area.households,
      area.startupMeetingOn,
      area.lastVerifiedOn,
      area.signsCount,
      area.signsCondition,
      area.signsCheckedOn,
      area.notes,
      JSON.stringify(area.geometry),
    ],
  )
  return Number(must(rows[0], 'watch_area id').id)
}

async function insertContactPerson(tx: Queryable, areaId: number, contact: DemoContactPerson): Promise<void> {
  await tx.query(
    `INSERT INTO contact_person (area_id, name, phone, email, is_main, is_demo)
     VALUES ($1, $2, $3, $4, $5, true)`,
    [areaId, contact.name, contact.phone, contact.email, contact.isMain],
  )
}

async function insertMeeting(tx: Queryable, meeting: DemoMeeting, areaIds: number[]): Promise<void> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO meeting (kind, held_on, attendees, held_by, notes, is_demo)
     VALUES ($1, $2, $3, $4, $5, true)
     RETURNING id`,
    [meeting.kind, meeting.heldOn, meeting.attendees, meeting.heldBy, meeting.notes],
  )
  const meetingId = Number(must(rows[0], 'meeting id').id)
  for (const areaId of areaIds) {
    await tx.query('INSERT INTO meeting_area (meeting_id, area_id) VALUES ($1, $2)', [meetingId, areaId])
  }
}

async function insertSafetyWalk(tx: Queryable, walk: DemoSafetyWalk): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point,
       max_participants, invited, pre_meeting_on, follow_up_on, is_demo, route)
     VALUES ($1, $2, $3, $4, $5, $6, ${geomFrom(7)}, $8, $9, $10, $11, true, ${geomFrom(12)})
     RETURNING id`,
    [
      DEMO_MUNICIPALITY_CODE,
      walk.title,
      walk.startsAt,
      walk.light,
      walk.status,
      walk.meetingPointName,
      JSON.stringify(walk.meetingPoint),
      walk.maxParticipants,
      walk.invited,
      walk.preMeetingOn,
      walk.followUpOn,
      JSON.stringify(walk.route),
    ],
  )
  return Number(must(rows[0], 'safety_walk id').id)
}

async function insertObservation(tx: Queryable, walkId: number, observation: DemoWalkObservation): Promise<void> {
  await tx.query(
    `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, proposed_measure,
       responsible, priority, deadline_on, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, ${geomFrom(10)})`,
    [
      walkId,
      observation.category,
      observation.assessment,
      observation.rating,
      observation.description,
      observation.proposedMeasure,
      observation.responsible,
      observation.priority,
      observation.deadlineOn,
      JSON.stringify(observation.geometry),
    ],
  )
}

async function insertReport(tx: Queryable, report: DemoReport): Promise<void> {
  await tx.query(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, answer,
       me_too_count, reported_at, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, ${geomFrom(10)})`,
    [
      DEMO_MUNICIPALITY_CODE,
      report.category,
      report.timeOfDay,
      report.weekPart,
      report.description,
      report.status,
      report.answer,
      report.meTooCount,
      report.reportedAt,
      JSON.stringify(report.geometry),
    ],
  )
}

async function insertMeasure(tx: Queryable, measure: DemoMeasure): Promise<void> {
  await tx.query(
    `INSERT INTO measure (municipality_code, title, description, type, status, rejected_reason, responsible,
       decided_on, done_on, cost_sek, is_demo, geom)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, ${geomFrom(11)})`,
    [
      DEMO_MUNICIPALITY_CODE,
      measure.title,
      measure.description,
      measure.type,
      measure.status,
      measure.rejectedReason,
      measure.responsible,
      measure.decidedOn,
      measure.doneOn,
      measure.costSek,
      JSON.stringify(measure.geometry),
    ],
  )
}

// ---------------------------------------------------------------------------------------------
// Places in and around the centre (approximate, for the demo only)
// ---------------------------------------------------------------------------------------------

/** About 700 m east–west by 450 m north–south around Kungsgatan and the two squares. */
const CENTRUM_RING: LonLat[] = [
  [14.102, 59.3088],
  [14.1034, 59.3072],
  [14.108, 59.307],
  [14.1131, 59.3074],
  [14.1142, 59.3091],
  [14.1126, 59.3108],
  [14.1076, 59.311],
  [14.1031, 59.3103],
  [14.102, 59.3088],
]
const CENTRE: LonLat = [14.108, 59.309]

/** Named spots used for meeting points, hotspots and labels in descriptions. */
const PLACES = {
  norraTorget: { label: 'Norra torget', at: [14.1075, 59.3098] as LonLat },
  radhuset: { label: 'Norra torget, vid rådhuset', at: [14.1073, 59.3101] as LonLat },
  sodraTorget: { label: 'Södra torget', at: [14.1082, 59.308] as LonLat },
  kungsgatan: { label: 'Kungsgatan', at: [14.1058, 59.3091] as LonLat },
  resecentrum: { label: 'Resecentrum', at: [14.1035, 59.3082] as LonLat },
  stadsparken: { label: 'Stadsparken', at: [14.1128, 59.3099] as LonLat },
  gangtunneln: { label: 'Gångtunneln vid stationen', at: [14.103, 59.307] as LonLat },
}

function centrumZone(): DemoFocusZone {
  return {
    name: 'Centrum (exempelavgränsning)',
    kind: 'centrum',
    description:
      'Exempel på avgränsning av centrala Kristinehamn kring Kungsgatan, Norra och Södra torget och resecentrum. ' +
      'Används för att följa upp medborgarlöftena om ordning och trygghet i centrum och om tryggare miljöer i centrum. ' +
      'Fiktiv gräns för demo, inte kommunens beslutade avgränsning.',
    geometry: { type: 'Polygon', coordinates: [CENTRUM_RING] },
  }
}

// ---------------------------------------------------------------------------------------------
// Urban areas (tätorter) from the open data, used to keep everything on land
// ---------------------------------------------------------------------------------------------

interface UrbanAreaShape {
  name: UrbanAreaName
  ring: LonLat[]
  bbox: [number, number, number, number]
  feature: ReturnType<typeof polygon>
  outline: ReturnType<typeof lineString>
}

const URBAN_AREAS_FILE = path.resolve(import.meta.dirname, '../open/kristinehamn/kristinehamn_tatorter_lm.geojson')
let urbanAreaCache: Map<UrbanAreaName, UrbanAreaShape> | undefined

function readUrbanAreas(): Map<UrbanAreaName, UrbanAreaShape> {
  if (urbanAreaCache) return urbanAreaCache
  const collection = JSON.parse(readFileSync(URBAN_AREAS_FILE, 'utf8')) as {
    features: { properties: { namn: string }; geometry: { type: string; coordinates: unknown } }[]
  }
  const shapes = new Map<UrbanAreaName, UrbanAreaShape>()
  for (const name of ['Kristinehamn', 'Björneborg', 'Bäckhammar'] as const) {
    const feature = collection.features.find((f) => f.properties.namn === name)
    // The demo only knows single polygons; a changed source file should fail loudly, not misplace areas.
    if (feature?.geometry.type !== 'Polygon') throw new Error(`Tätort ${name} missing or not a Polygon in ${URBAN_AREAS_FILE}`)
    const ring = must((feature.geometry.coordinates as LonLat[][])[0], `${name} outer ring`)
    const lons = ring.map((p) => p[0])
    const lats = ring.map((p) => p[1])
    shapes.set(name, {
      name,
      ring,
      bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
      feature: polygon([ring]),
      outline: lineString(ring),
    })
  }
  urbanAreaCache = shapes
  return shapes
}

/** Inside the tätort and at least `margin` metres from its edge (the generalised edge may cut into water). */
function isWellInside(shape: UrbanAreaShape, at: LonLat, margin: number): boolean {
  const p = point(at)
  return booleanPointInPolygon(p, shape.feature) && pointToLineDistance(p, shape.outline, { units: 'meters' }) >= margin
}

function randomPointInside(rng: Rng, shape: UrbanAreaShape, margin: number, accept: (at: LonLat) => boolean): LonLat {
  const [minLon, minLat, maxLon, maxLat] = shape.bbox
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const at = roundLonLat([minLon + rng.next() * (maxLon - minLon), minLat + rng.next() * (maxLat - minLat)])
    if (isWellInside(shape, at, margin) && accept(at)) return at
  }
  throw new Error(`No room for a demo point in ${shape.name}`)
}

// ---------------------------------------------------------------------------------------------
// Grannsamverkan areas: geometry, history, contact persons, meetings
// ---------------------------------------------------------------------------------------------

/** How many areas go where, how big they are and how far apart their centres must be. */
const AREA_LAYOUT: readonly { urbanArea: UrbanAreaName; count: number; radius: [number, number]; spacing: number }[] = [
  { urbanArea: 'Kristinehamn', count: 21, radius: [80, 190], spacing: 520 },
  { urbanArea: 'Björneborg', count: 3, radius: [75, 140], spacing: 360 },
  { urbanArea: 'Bäckhammar', count: 2, radius: [75, 130], spacing: 340 },
]

/** Made-up street-like names; with the "Exempel: " prefix they cannot pass for registered areas. */
const AREA_NAMES = [
  'Lärkstigen', 'Syrenbacken', 'Hasselgläntan', 'Tranvägen', 'Blåklockan', 'Rönnbärsgatan', 'Vitsippan',
  'Ekorrstigen', 'Talltoppen', 'Näktergalen', 'Kastanjegläntan', 'Lönnlunden', 'Fläderbacken', 'Gökvägen',
  'Ljungheden', 'Björkdungen', 'Smultronbacken', 'Kvarnängen', 'Linblomman', 'Trastvägen', 'Mossgläntan',
  'Enbacken', 'Hägerstigen', 'Vildrosen', 'Sparvgränd', 'Nyponbacken', 'Klöverängen', 'Kaprifolen',
]

interface PlacedArea {
  name: string
  urbanArea: UrbanAreaName
  geometry: PolygonGeometry
}

/** Irregular small polygons inside the tätorter, away from the edges, the centre and each other. */
function placeWatchAreas(urbanAreas: Map<UrbanAreaName, UrbanAreaShape>): PlacedArea[] {
  const rng = createRng('watch-area-geometry')
  const names = rng.shuffle(AREA_NAMES)
  const centrum = polygon([CENTRUM_RING])
  const centrumOutline = lineString(CENTRUM_RING)
  const placed: { centre: LonLat; feature: ReturnType<typeof polygon>; area: PlacedArea }[] = []

  for (const layout of AREA_LAYOUT) {
    const shape = must(urbanAreas.get(layout.urbanArea), layout.urbanArea)
    for (let n = 0; n < layout.count; n++) {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 5000) throw new Error(`Could not place demo watch area ${n + 1} in ${layout.urbanArea}`)
        const centre = randomPointInside(rng, shape, 150, (at) =>
          placed.every((other) => distanceMetres(other.centre, at) >= layout.spacing),
        )
        const ring = irregularRing(rng, centre, layout.radius[0], layout.radius[1], rng.int(4, 7))
        const feature = polygon([ring])
        const fits =
          booleanWithin(feature, shape.feature) &&
          ring.every((vertex) => isWellInside(shape, vertex, 60)) &&
          !booleanIntersects(feature, centrum) &&
          ring.every((vertex) => pointToLineDistance(point(vertex), centrumOutline, { units: 'meters' }) >= 150) &&
          placed.every((other) => !booleanIntersects(feature, other.feature))
        if (!fits) continue
        const name = `Exempel: ${must(names[placed.length], 'area name')}`
        const geometry: PolygonGeometry = { type: 'Polygon', coordinates: [ring] }
        placed.push({ centre, feature, area: { name, urbanArea: layout.urbanArea, geometry } })
        break
      }
    }
  }
  return placed.map((p) => p.area)
}

/** The story of one area relative to the reference date; drives every date and flag below. */
interface AreaPlan {
  index: number
  status: DemoWatchArea['status']
  startupDay: number | null
  /** Last day anyone from the area was active; null while it is still alive. */
  quietSince: number | null
  damagedSigns: boolean
  noContact: boolean
}

const FRESH_WINDOW_DAYS = 365

function buildWatchAreas(
  urbanAreas: Map<UrbanAreaName, UrbanAreaShape>,
  refDay: number,
): { watchAreas: DemoWatchArea[]; meetings: DemoMeeting[] } {
  const placed = placeWatchAreas(urbanAreas)
  const rng = createRng('watch-area-history')

  // Three areas never got started: two in town, one in Bäckhammar.
  const inTown = placed.flatMap((a, i) => (a.urbanArea === 'Kristinehamn' ? [i] : []))
  const inBackhammar = placed.flatMap((a, i) => (a.urbanArea === 'Bäckhammar' ? [i] : []))
  const planned = new Set([...rng.shuffle(inTown).slice(0, 2), rng.pick(inBackhammar)])
  const started = rng.shuffle(placed.map((_, i) => i).filter((i) => !planned.has(i)))

  const startupMeetings = assignStartupMeetings(rng, started, refDay)
  const plans = planAreaHistories(rng, placed.length, planned, started, startupMeetings, refDay)
  const meetings = [...startupMeetings, ...yearlyMeetings(rng, plans, refDay), ...updateVisits(rng, plans, refDay)]
  // Plain code-unit order (not localeCompare), so the output never depends on the machine's locale.
  meetings.sort((a, b) => compareText(a.heldOn, b.heldOn) || compareText(a.kind, b.kind))

  const contacts = new ContactFactory(rng)
  const watchAreas = placed.map((area, index) => {
    const plan = must(plans[index], 'area plan')
    return describeArea(rng, area, plan, meetings, contacts, refDay)
  })
  return { watchAreas, meetings }
}

/**
 * Start-up meeting dates: a few before the first promise (2012, 2014), two each year from 2016
 * (the promise says "at least twice a year"), but only one in every third year from 2020 so that
 * the follow-up shows a promise not met. The areas are shared out in order, earliest first; when
 * there are more areas than meetings, some meetings cover two or three areas.
 */
function assignStartupMeetings(rng: Rng, started: number[], refDay: number): DemoMeeting[] {
  const days: number[] = [
    randomWorkday(rng, dayOf(2012, 9, 1), dayOf(2012, 11, 30)),
    randomWorkday(rng, dayOf(2014, 3, 1), dayOf(2014, 5, 31)),
  ]
  for (let year = 2016; year <= yearOf(refDay); year++) {
    const weakYear = year >= 2020 && (year - 2020) % 3 === 0
    if (!weakYear) days.push(randomWorkday(rng, dayOf(year, 3, 1), dayOf(year, 5, 31)))
    days.push(randomWorkday(rng, dayOf(year, 9, 1), dayOf(year, 11, 30)))
  }
  const held = days.filter((day) => day < refDay)
  // Only with a reference date far in the future are there more dates than areas: the newest go unused.
  held.length = Math.min(held.length, started.length)

  const groups: number[][] = held.map(() => [])
  started.forEach((areaIndex, i) => {
    if (i < held.length) must(groups[i], 'group').push(areaIndex)
  })
  for (const areaIndex of started.slice(held.length)) {
    const open = groups.filter((g) => g.length < 3)
    rng.pick(open.length > 0 ? open : groups).push(areaIndex)
  }
  return held.map((day, i) => {
    const areaIndexes = must(groups[i], 'group')
    return {
      kind: 'startup' as const,
      heldOn: isoDate(day),
      attendees: areaIndexes.reduce((sum) => sum + rng.int(6, 18), 0),
      heldBy: rng.chance(0.6) ? ('polis_kommun' as const) : ('polis' as const),
      notes:
        areaIndexes.length > 1
          ? `Gemensamt uppstartsmöte för ${areaIndexes.length} områden. Kontaktombud utsedda och registrerade.`
          : 'Uppstartsmöte. Kontaktombud utsedda och registrerade.',
      areaIndexes,
    }
  })
}

function planAreaHistories(
  rng: Rng,
  areaCount: number,
  planned: Set<number>,
  started: number[],
  startupMeetings: DemoMeeting[],
  refDay: number,
): AreaPlan[] {
  const startupDay = new Map<number, number>()
  for (const meeting of startupMeetings) {
    for (const index of meeting.areaIndexes) startupDay.set(index, dayFromIso(meeting.heldOn))
  }
  // The two areas started first have since died out.
  const inactive = new Set(started.slice(0, 2))
  const active = started.filter((i) => !inactive.has(i))
  // Only areas started well over a year ago can have gone quiet for a year.
  const staleCandidates = active.filter((i) => must(startupDay.get(i), 'startup') < refDay - FRESH_WINDOW_DAYS - 60)
  const stale = new Set(rng.shuffle(staleCandidates).slice(0, 6))
  const fresh = active.filter((i) => !stale.has(i))
  const noContact = new Set([rng.pick([...stale]), rng.pick(fresh)])
  // Signs wear out, so they are damaged in areas that have had theirs for over a year; the report
  // came with a recent check, so those areas are among the fresh ones.
  const damagedSigns = new Set(
    rng
      .shuffle(fresh.filter((i) => !noContact.has(i) && must(startupDay.get(i), 'startup') < refDay - FRESH_WINDOW_DAYS))
      .slice(0, 3),
  )

  return Array.from({ length: areaCount }, (_, index): AreaPlan => {
    if (planned.has(index)) {
      return { index, status: 'planned', startupDay: null, quietSince: null, damagedSigns: false, noContact: true }
    }
    const start = must(startupDay.get(index), 'startup day')
    let quietSince: number | null = null
    if (inactive.has(index)) quietSince = Math.max(start + 200, refDay - rng.int(1500, 2600))
    if (stale.has(index)) quietSince = Math.max(start + 30, refDay - rng.int(FRESH_WINDOW_DAYS + 35, 1300))
    return {
      index,
      status: inactive.has(index) ? 'inactive' : 'active',
      startupDay: start,
      quietSince,
      damagedSigns: damagedSigns.has(index),
      noContact: noContact.has(index) || inactive.has(index),
    }
  })
}

/** The municipality gathers the contact persons once a year together with the police (Feb–Mar). */
function yearlyMeetings(rng: Rng, plans: AreaPlan[], refDay: number): DemoMeeting[] {
  const meetings: DemoMeeting[] = []
  for (let year = 2017; year <= yearOf(refDay); year++) {
    const day = randomWorkday(rng, dayOf(year, 2, 10), dayOf(year, 3, 20))
    if (day >= refDay) continue
    const areaIndexes = plans
      .filter((p) => p.startupDay !== null && p.startupDay < day && (p.quietSince === null || day <= p.quietSince))
      .filter(() => rng.chance(0.8))
      .map((p) => p.index)
    if (areaIndexes.length === 0) continue
    meetings.push({
      kind: 'yearly',
      heldOn: isoDate(day),
      attendees: areaIndexes.length + rng.int(2, 12),
      heldBy: 'polis_kommun',
      notes: 'Årlig träff för kontaktombud med polis och kommun.',
      areaIndexes,
    })
  }
  return meetings
}

/**
 * Police visits to single areas, spread over each area's active years (never after it went
 * quiet), plus a recent one for some fresh areas and for every area with damaged signs.
 */
function updateVisits(rng: Rng, plans: AreaPlan[], refDay: number): DemoMeeting[] {
  const visits: DemoMeeting[] = []
  const visit = (plan: AreaPlan, day: number, notes: string) => {
    if (plan.startupDay === null || day <= plan.startupDay || day >= refDay) return
    if (plan.quietSince !== null && day > plan.quietSince) return
    const heldBy = rng.chance(0.8) ? 'polis' : 'kommun'
    const attendees = rng.int(2, 6)
    visits.push({ kind: 'update_visit', heldOn: isoDate(day), attendees, heldBy, notes, areaIndexes: [plan.index] })
  }
  const routine = 'Genomgång av kontaktuppgifter och skyltar.'
  for (const plan of plans) {
    if (plan.startupDay === null) continue
    const lastAlive = plan.quietSince ?? refDay - 1
    const historic = rng.int(0, 2)
    for (let n = 0; n < historic; n++) visit(plan, rng.int(plan.startupDay + 60, lastAlive), routine)
    if (plan.damagedSigns) visit(plan, refDay - rng.int(15, 200), 'Skyltarna är skadade; nya är beställda.')
    else if (plan.quietSince === null && rng.chance(0.3)) visit(plan, refDay - rng.int(20, 330), routine)
  }
  return visits
}

function describeArea(
  rng: Rng,
  area: PlacedArea,
  plan: AreaPlan,
  meetings: DemoMeeting[],
  contacts: ContactFactory,
  refDay: number,
): DemoWatchArea {
  const households = rng.int(15, 120)
  const base = { name: area.name, urbanArea: area.urbanArea, households, geometry: area.geometry }
  if (plan.status === 'planned' || plan.startupDay === null) {
    return {
      ...base,
      status: 'planned',
      startupMeetingOn: null,
      lastVerifiedOn: null,
      signsCount: 0,
      signsCondition: null,
      signsCheckedOn: null,
      notes: 'Fiktivt exempelområde. Intresse anmält av boende; uppstartsmöte ej hållet.',
      contacts: [],
    }
  }

  const start = plan.startupDay
  const attended = meetings.filter((m) => m.areaIndexes.includes(plan.index)).map((m) => dayFromIso(m.heldOn))
  let lastVerified = Math.max(start, ...attended)
  // Fresh areas were also confirmed by phone or mail some time in the last year.
  if (plan.quietSince === null) lastVerified = Math.max(lastVerified, refDay - rng.int(10, 300))

  const signs = describeSigns(rng, plan, start, refDay)
  const contactCount = plan.noContact ? 0 : Math.min(3, 1 + Math.floor(households / 45))
  return {
    ...base,
    status: plan.status,
    startupMeetingOn: isoDate(start),
    lastVerifiedOn: isoDate(lastVerified),
    ...signs,
    notes: areaNotes(plan),
    contacts: Array.from({ length: contactCount }, (_, i) => contacts.next(i === 0)),
  }
}

function describeSigns(
  rng: Rng,
  plan: AreaPlan,
  start: number,
  refDay: number,
): Pick<DemoWatchArea, 'signsCount' | 'signsCondition' | 'signsCheckedOn'> {
  const lastAlive = plan.quietSince ?? refDay - 1
  // A random day in [from, to], but never before the signs went up.
  const checkedBetween = (from: number, to: number) =>
    isoDate(Math.max(start, Math.min(to, from + Math.floor(rng.next() * (to - from + 1)))))
  if (plan.status === 'inactive') {
    const signsCount = rng.int(0, 2)
    const signsCondition = signsCount === 0 ? 'missing' : rng.pick(['worn', 'damaged'] as const)
    return { signsCount, signsCondition, signsCheckedOn: checkedBetween(lastAlive - 200, lastAlive) }
  }
  if (plan.damagedSigns) {
    return { signsCount: rng.int(3, 5), signsCondition: 'damaged', signsCheckedOn: checkedBetween(refDay - 200, refDay - 15) }
  }
  return {
    signsCount: rng.int(2, 5),
    signsCondition: rng.chance(0.7) ? 'good' : 'worn',
    signsCheckedOn: checkedBetween(Math.max(start, lastAlive - 700), lastAlive),
  }
}

function areaNotes(plan: AreaPlan): string {
  const notes = ['Fiktivt exempelområde.']
  if (plan.status === 'inactive') notes.push('Inga aktiva kontaktombud sedan flera år.')
  else if (plan.noContact) notes.push('Kontaktombudet har flyttat; ny kontaktperson söks.')
  if (plan.damagedSigns) notes.push('Skyltarna behöver bytas.')
  return notes.join(' ')
}

const FIRST_NAMES = [
  'Anna', 'Lars', 'Karin', 'Erik', 'Maria', 'Johan', 'Eva', 'Per', 'Lena', 'Mikael', 'Sara', 'Anders', 'Emma',
  'Peter', 'Ingrid', 'Ahmed', 'Fatima', 'Olle', 'Maja', 'Nils', 'Birgitta', 'Hassan', 'Elin', 'Gustav',
]
const LAST_NAMES = [
  'Exempelsson', 'Exempeldotter', 'Provsson', 'Testberg', 'Demoqvist', 'Påhittsson', 'Fiktivsson', 'Låtsasson',
  'Modellström', 'Mönstersson',
]

/** Obviously made-up people with numbers no one has (070-000 00 NN) and example.se mail. */
class ContactFactory {
  private readonly used = new Set<string>()
  private counter = 0
  constructor(private readonly rng: Rng) {}

  next(isMain: boolean): DemoContactPerson {
    let first = this.rng.pick(FIRST_NAMES)
    let last = this.rng.pick(LAST_NAMES)
    while (this.used.has(`${first} ${last}`)) {
      first = this.rng.pick(FIRST_NAMES)
      last = this.rng.pick(LAST_NAMES)
    }
    this.used.add(`${first} ${last}`)
    this.counter += 1
    return {
      name: `${first} ${last}`,
      phone: `070-000 00 ${String(this.counter % 100).padStart(2, '0')}`,
      email: `${asciiLower(first)}.${asciiLower(last)}@example.se`,
      isMain,
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Safety walks and their observations
// ---------------------------------------------------------------------------------------------

const MEETING_POINTS = [PLACES.radhuset, PLACES.resecentrum, PLACES.sodraTorget] as const
const INVITED = [
  'Polisen, Kristinehamnsbostäder, gata/park, fritid',
  'Polisen, gata/park, fastighetsägare i centrum, handlare',
  'Polisen, Kristinehamnsbostäder, fältassistenter, gata/park, allmänheten',
] as const

/** The year in which only one walk was held: the promise of two a year was not met. */
function shortWalkYear(refDay: number): number | null {
  const refYear = yearOf(refDay)
  if (refYear > 2020) return 2020
  return refYear > 2018 ? 2018 : null
}

/**
 * Two walks a year from 2016: either a daylight walk in spring and an evening walk in the dark in
 * autumn, or a dark winter walk and a daylight walk in early autumn. Past ones are done; the next
 * one is planned 2–6 weeks after the reference date so the public can sign up.
 */
function buildSafetyWalks(refDay: number): DemoSafetyWalk[] {
  const rng = createRng('safety-walks')
  const walks: DemoSafetyWalk[] = []
  for (let year = 2016; year <= yearOf(refDay); year++) {
    const slots = rng.chance(0.7)
      ? [
          walkSlot(rng, dayOf(year, 4, 20), dayOf(year, 5, 31), 'daylight', 17, 30),
          walkSlot(rng, dayOf(year, 10, 15), dayOf(year, 11, 15), 'dark', 18, 0),
        ]
      : [
          walkSlot(rng, dayOf(year, 2, 1), dayOf(year, 3, 10), 'dark', 18, 0),
          walkSlot(rng, dayOf(year, 9, 1), dayOf(year, 9, 25), 'daylight', 17, 0),
        ]
    if (year === shortWalkYear(refDay)) slots.shift()
    for (const slot of slots) {
      if (slot.day < refDay) walks.push(buildWalk(rng, slot, 'done'))
    }
  }
  const nextDay = nextWalkDay(rng, refDay)
  const nextIsDark = [10, 11, 12, 1, 2, 3].includes(monthOf(nextDay))
  const nextSlot: WalkSlot = nextIsDark
    ? { day: nextDay, light: 'dark', hour: 18, minute: 0 }
    : { day: nextDay, light: 'daylight', hour: 17, minute: 30 }
  walks.push(buildWalk(rng, nextSlot, 'planned'))
  return walks
}

/** Is `day` in the Christmas or the summer holidays, when no one would plan a walk? */
function isHoliday(day: number): boolean {
  const month = monthOf(day)
  const date = new Date(day * DAY_MS).getUTCDate()
  return (month === 12 && date >= 20) || (month === 1 && date <= 6) || month === 7
}

/** A Tuesday–Thursday 2–6 weeks ahead, outside the holidays when the calendar allows. */
function nextWalkDay(rng: Rng, refDay: number): number {
  const window = Array.from({ length: 29 }, (_, i) => refDay + 14 + i).filter((d) => [2, 3, 4].includes(weekday(d)))
  const outsideHolidays = window.filter((d) => !isHoliday(d))
  return rng.pick(outsideHolidays.length > 0 ? outsideHolidays : window)
}

interface WalkSlot {
  day: number
  light: DemoSafetyWalk['light']
  hour: number
  minute: number
}

function walkSlot(rng: Rng, from: number, to: number, light: WalkSlot['light'], hour: number, minute: number): WalkSlot {
  return { day: randomWorkday(rng, from, to), light, hour, minute }
}

function buildWalk(rng: Rng, slot: WalkSlot, status: DemoSafetyWalk['status']): DemoSafetyWalk {
  const meetingPlace = rng.pick(MEETING_POINTS)
  const route = walkRoute(rng, meetingPlace.at)
  const observationCount = status === 'done' ? rng.int(4, 9) : 0
  return {
    title: walkTitle(slot),
    startsAt: localTimestamp(slot.day, slot.hour, slot.minute),
    light: slot.light,
    status,
    meetingPointName: meetingPlace.label,
    meetingPoint: { type: 'Point', coordinates: meetingPlace.at },
    maxParticipants: rng.pick([15, 20, 20, 20, 25]),
    invited: rng.pick(INVITED),
    preMeetingOn: isoDate(slot.day - rng.int(12, 16)),
    followUpOn: isoDate(slot.day + rng.int(14, 21)),
    route: { type: 'LineString', coordinates: route },
    observations: Array.from({ length: observationCount }, () => buildObservation(rng, route, slot)),
  }
}

function walkTitle(slot: WalkSlot): string {
  const month = monthOf(slot.day)
  const season = month <= 2 || month === 12 ? 'vintern' : month <= 5 ? 'våren' : month <= 8 ? 'sommaren' : 'hösten'
  const kind = slot.light === 'dark' ? 'Kvällsvandring i mörker' : 'Trygghetsvandring'
  return `${kind} i centrum, ${season} ${yearOf(slot.day)}`
}

/**
 * A loop of 1.2–2.5 km around the centre that starts and ends at the meeting point: out to an
 * irregular ellipse, once round it, and back.
 */
function walkRoute(rng: Rng, start: LonLat): LonLat[] {
  for (;;) {
    const centre = offset(CENTRE, rng.int(-60, 60), rng.int(-40, 40))
    const radiusEast = rng.int(250, 420)
    const radiusNorth = rng.int(150, 280)
    const loopVertices = rng.int(8, 16)
    const direction = rng.chance(0.5) ? 1 : -1
    const startAngle = Math.atan2(
      (start[1] - centre[1]) * METRES_PER_DEGREE,
      (start[0] - centre[0]) * METRES_PER_DEGREE * Math.cos(toRadians(centre[1])),
    )
    const loop = Array.from({ length: loopVertices }, (_, k) => {
      const angle = startAngle + (direction * 2 * Math.PI * k) / loopVertices
      const wobble = 0.85 + rng.next() * 0.3
      return offset(centre, Math.cos(angle) * radiusEast * wobble, Math.sin(angle) * radiusNorth * wobble)
    })
    const route = [start, ...loop, start]
    const km = turfLength(lineString(route), { units: 'kilometers' })
    if (km >= 1.2 && km <= 2.5) return route
  }
}

const OBSERVATION_WEIGHTS: Record<WalkSlot['light'], readonly (readonly [Category, number])[]> = {
  // In the dark, lighting dominates; by daylight, overgrown vegetation and littering show more.
  dark: [
    ['lighting', 38], ['vegetation', 14], ['people_groups', 18], ['graffiti_littering', 12], ['visibility', 7],
    ['paths', 4], ['tunnels', 4], ['signage', 2], ['other', 1],
  ],
  daylight: [
    ['lighting', 18], ['vegetation', 26], ['people_groups', 16], ['graffiti_littering', 20], ['visibility', 9],
    ['paths', 6], ['tunnels', 2], ['signage', 2], ['other', 1],
  ],
}

function buildObservation(rng: Rng, route: LonLat[], slot: WalkSlot): DemoWalkObservation {
  const at = pointNearRoute(rng, route, 45)
  const category = rng.weighted(OBSERVATION_WEIGHTS[slot.light])
  const place = nearestPlaceLabel(at) ?? 'Längs rutten'
  if (rng.chance(0.25)) {
    return {
      category,
      assessment: 'safe',
      rating: rng.int(2, 3),
      description: `${place}: ${SAFE_TEXT[category]}`,
      proposedMeasure: '',
      responsible: null,
      priority: null,
      deadlineOn: null,
      geometry: { type: 'Point', coordinates: at },
    }
  }
  return {
    category,
    assessment: 'unsafe',
    rating: rng.weighted([[0, 35], [1, 45], [2, 20]] as const),
    description: `${place}: ${rng.pick(UNSAFE_TEXT[category])}`,
    proposedMeasure: rng.pick(MEASURE_TEXT[category]),
    responsible: responsibleFor(rng, category),
    priority: rng.weighted([['high', 25], ['medium', 50], ['low', 25]] as const),
    // Municipal measures aim to be done within six months of the walk (DOMAIN.md).
    deadlineOn: isoDate(slot.day + rng.int(170, 195)),
    geometry: { type: 'Point', coordinates: at },
  }
}

/** A point on a random segment of the route, pushed up to `maxOffset` metres to one side. */
function pointNearRoute(rng: Rng, route: LonLat[], maxOffset: number): LonLat {
  const i = rng.int(0, route.length - 2)
  const a = must(route[i], 'route vertex')
  const b = must(route[i + 1], 'route vertex')
  const t = rng.next()
  const onLine: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
  const east = (b[0] - a[0]) * METRES_PER_DEGREE * Math.cos(toRadians(a[1]))
  const north = (b[1] - a[1]) * METRES_PER_DEGREE
  const norm = Math.hypot(east, north) || 1
  const side = (rng.next() * 2 - 1) * maxOffset
  return offset(onLine, (-north / norm) * side, (east / norm) * side)
}

function responsibleFor(rng: Rng, category: Category): Responsible {
  switch (category) {
    case 'people_groups':
      return rng.chance(0.8) ? 'polis' : 'kommun'
    case 'graffiti_littering':
    case 'visibility':
      return rng.chance(0.5) ? 'fastighetsagare' : 'kommun'
    case 'tunnels':
    case 'other':
      return rng.chance(0.3) ? 'annan' : 'kommun'
    default:
      return 'kommun'
  }
}

// ---------------------------------------------------------------------------------------------
// Reports from the public
// ---------------------------------------------------------------------------------------------

type CategoryWeights = readonly (readonly [Category, number])[]

interface ReportSite {
  /** Used in the description; null = somewhere else in town, with a generic label. */
  place: { label: string; at: LonLat } | null
  /** Standard deviation in metres of the scatter around the place. */
  spread: number
  /** Relative share of all reports. */
  weight: number
  categories: CategoryWeights
}

/** Where the reports cluster: the problem picture puts the unsafety in the centre. */
const REPORT_SITES: readonly ReportSite[] = [
  {
    place: PLACES.norraTorget,
    spread: 70,
    weight: 22,
    categories: [['people_groups', 35], ['graffiti_littering', 25], ['lighting', 25], ['visibility', 10], ['other', 5]],
  },
  {
    place: PLACES.kungsgatan,
    spread: 70,
    weight: 12,
    categories: [['people_groups', 30], ['graffiti_littering', 30], ['lighting', 25], ['signage', 5], ['visibility', 10]],
  },
  {
    place: PLACES.sodraTorget,
    spread: 60,
    weight: 12,
    categories: [['people_groups', 35], ['lighting', 30], ['graffiti_littering', 20], ['vegetation', 15]],
  },
  {
    place: PLACES.resecentrum,
    spread: 75,
    weight: 18,
    categories: [['people_groups', 35], ['lighting', 30], ['graffiti_littering', 15], ['signage', 10], ['visibility', 10]],
  },
  {
    place: PLACES.stadsparken,
    spread: 70,
    weight: 14,
    categories: [['vegetation', 35], ['lighting', 35], ['paths', 15], ['people_groups', 15]],
  },
  {
    place: PLACES.gangtunneln,
    spread: 25,
    weight: 4,
    categories: [['tunnels', 70], ['lighting', 20], ['graffiti_littering', 10]],
  },
  {
    place: null,
    spread: 0,
    weight: 18,
    categories: [
      ['lighting', 30], ['paths', 18], ['vegetation', 18], ['tunnels', 8], ['visibility', 8], ['graffiti_littering', 10],
      ['people_groups', 6], ['signage', 2],
    ],
  },
]

/** Places in the rest of town, for the reports that are not in the centre. */
const OUTSKIRT_LABELS = [
  'Gångväg vid skolan', 'Busshållplatsen', 'Lekplatsen', 'Gång- och cykelvägen', 'Parkeringen vid idrottsplatsen',
  'Gångtunneln under vägen', 'Återvinningsstationen', 'Stigen mellan bostadsområdena',
]

const REPORT_COUNT = 150
const REPORT_HISTORY_DAYS = 3 * 365

function buildReports(urbanAreas: Map<UrbanAreaName, UrbanAreaShape>, refDay: number): DemoReport[] {
  const rng = createRng('reports')
  const town = must(urbanAreas.get('Kristinehamn'), 'Kristinehamn')
  const centrum = polygon([CENTRUM_RING])
  const reports: DemoReport[] = []
  for (let n = 0; n < REPORT_COUNT; n++) {
    const site = rng.weighted(REPORT_SITES.map((s) => [s, s.weight] as const))
    const at = site.place
      ? gaussianPointNear(rng, site.place.at, site.spread)
      : randomPointInside(rng, town, 120, (p) => !booleanPointInPolygon(point(p), centrum))
    const category = rng.weighted(site.categories)
    const label = site.place?.label ?? rng.pick(OUTSKIRT_LABELS)
    const status = rng.weighted([['published', 52], ['measure_planned', 15], ['fixed', 17], ['new', 9], ['rejected', 7]] as const)
    const timeOfDay = rng.weighted([['evening', 45], ['night', 35], ['day', 20]] as const)
    reports.push({
      category,
      timeOfDay,
      weekPart: rng.weighted([['weekend', 40], ['all_week', 35], ['weekday', 25]] as const),
      description: `${label}: ${rng.pick(UNSAFE_TEXT[category])}`,
      status,
      answer: reportAnswer(rng, status, category),
      meTooCount: Math.floor(rng.next() ** 2 * 9),
      reportedAt: reportTimestamp(rng, status, timeOfDay, refDay),
      geometry: { type: 'Point', coordinates: at },
    })
  }
  return reports
}

/** Unmoderated reports are the newest; fixed ones are old enough for the fix to have happened. */
function reportTimestamp(rng: Rng, status: DemoReport['status'], timeOfDay: DemoReport['timeOfDay'], refDay: number): string {
  const [minAge, maxAge] = status === 'new' ? [1, 28] : status === 'fixed' ? [60, REPORT_HISTORY_DAYS] : [3, REPORT_HISTORY_DAYS]
  const day = refDay - rng.int(minAge, maxAge)
  // Night-time problems are mostly reported the morning after.
  const hour = timeOfDay === 'evening' ? rng.int(18, 22) : timeOfDay === 'night' ? rng.pick([7, 8, 9, 23]) : rng.int(9, 16)
  return localTimestamp(day, hour, rng.int(0, 59))
}

function reportAnswer(rng: Rng, status: DemoReport['status'], category: Category): string {
  switch (status) {
    case 'fixed':
      return `${FIXED_TEXT[category]} Tack för att du rapporterade!`
    case 'measure_planned':
      return 'Platsen finns med i kommunens åtgärdsplan och åtgärdas under året.'
    case 'rejected':
      return rng.pick([
        'Rapporten beskriver personer och inte platsen, så den publiceras inte. Beskriv gärna platsen i en ny rapport.',
        'Samma plats finns redan rapporterad; vi har lagt ihop rapporterna.',
      ])
    default:
      return ''
  }
}

// ---------------------------------------------------------------------------------------------
// Environment measures
// ---------------------------------------------------------------------------------------------

interface MeasurePlan {
  title: string
  description: string
  type: DemoMeasure['type']
  status: DemoMeasure['status']
  responsible: Responsible
  cost: number | null
  shape: (rng: Rng) => DemoMeasure['geometry']
}

const pointAt = (at: LonLat, east = 0, north = 0) => (): PointGeometry => ({
  type: 'Point',
  coordinates: offset(at, east, north),
})
/** A line through points given as [east, north] metres from `origin`. */
const lineThrough = (origin: LonLat, steps: [number, number][]) => (): LineStringGeometry => ({
  type: 'LineString',
  coordinates: steps.map(([east, north]) => offset(origin, east, north)),
})
const patchAround = (at: LonLat, minRadius: number, maxRadius: number) => (rng: Rng): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [irregularRing(rng, at, minRadius, maxRadius, rng.int(5, 7))],
})

const MEASURE_PLANS: readonly MeasurePlan[] = [
  {
    title: 'Ny belysning i gångtunneln vid stationen',
    description: 'Ljusare armaturer och ljus väggfärg i tunneln.',
    type: 'lighting',
    status: 'done',
    responsible: 'kommun',
    cost: 85_000,
    shape: pointAt(PLACES.gangtunneln.at),
  },
  {
    title: 'Belysning längs gångstråket genom Stadsparken',
    description: 'Nya belysningsstolpar längs huvudstråket genom parken.',
    type: 'lighting',
    status: 'done',
    responsible: 'kommun',
    cost: 420_000,
    shape: lineThrough(PLACES.stadsparken.at, [
      [-110, -30],
      [-50, 5],
      [0, 15],
      [60, 0],
      [120, 25],
    ]),
  },
  {
    title: 'Röjning av buskage i Stadsparken',
    description: 'Täta buskar gallrade och trädkronor uppstammade för fri sikt.',
    type: 'vegetation_clearance',
    status: 'done',
    responsible: 'kommun',
    cost: 45_000,
    shape: patchAround(offset(PLACES.stadsparken.at, 20, -20), 30, 55),
  },
  {
    title: 'Extra armaturer vid cykelparkeringen, resecentrum',
    description: 'Två nya armaturer över cykelställen.',
    type: 'lighting',
    status: 'done',
    responsible: 'kommun',
    cost: 60_000,
    shape: pointAt(PLACES.resecentrum.at, 25, -15),
  },
  {
    title: 'Sittplatser och belysning mot vattnet, Norra torget',
    description: 'Nya bänkar och låga ljuspunkter i slänten mot vattnet.',
    type: 'furniture_fixings',
    status: 'decided',
    responsible: 'kommun',
    cost: 150_000,
    shape: pointAt(PLACES.norraTorget.at, 10, -35),
  },
  {
    title: 'Gallring av häck längs Södra torget',
    description: 'Häcken sänks till en meter så att torget syns från gatan.',
    type: 'vegetation_clearance',
    status: 'decided',
    responsible: 'kommun',
    cost: 25_000,
    shape: patchAround(offset(PLACES.sodraTorget.at, -40, -15), 20, 35),
  },
  {
    title: 'Belysning på gångvägen mellan Södra torget och resecentrum',
    description: 'Förslag på sammanhängande belysning längs stråket.',
    type: 'lighting',
    status: 'proposed',
    responsible: 'kommun',
    cost: 380_000,
    shape: lineThrough(PLACES.sodraTorget.at, [
      [0, 0],
      [-90, -10],
      [-170, 0],
      [-230, 15],
      [-265, 20],
    ]),
  },
  {
    title: 'Klottersanering och fasadbelysning i gränd vid Kungsgatan',
    description: 'Fastighetsägaren sanerar och sätter upp fasadbelysning.',
    type: 'other',
    status: 'done',
    responsible: 'fastighetsagare',
    cost: 70_000,
    shape: patchAround(offset(PLACES.kungsgatan.at, 30, 40), 15, 30),
  },
  {
    title: 'Konstbelysning i passagen vid resecentrum',
    description: 'Ljuskonst som gör passagen ljusare och mer inbjudande.',
    type: 'art_activity',
    status: 'done',
    responsible: 'kommun',
    cost: 120_000,
    shape: pointAt(PLACES.resecentrum.at, -15, 35),
  },
  {
    title: 'Kamerabevakning på Södra torget',
    description: 'Förslag från trygghetsvandring om kamerabevakning av torget.',
    type: 'camera',
    status: 'rejected',
    responsible: 'polis',
    cost: null,
    shape: pointAt(PLACES.sodraTorget.at, 5, 5),
  },
  {
    title: 'Öppnare hörn vid parkeringen bakom Kungsgatan',
    description: 'Plank tas bort så att hörnet syns från gatan.',
    type: 'visibility',
    status: 'proposed',
    responsible: 'fastighetsagare',
    cost: 30_000,
    shape: patchAround(offset(PLACES.kungsgatan.at, -40, 60), 15, 30),
  },
  {
    title: 'Nya armaturer längs Kungsgatan',
    description: 'Jämnare ljus längs gågatan med nya LED-armaturer.',
    type: 'lighting',
    status: 'decided',
    responsible: 'kommun',
    cost: 520_000,
    shape: lineThrough(PLACES.kungsgatan.at, [
      [-120, -15],
      [-40, -5],
      [40, 5],
      [130, 10],
    ]),
  },
]

const REJECTED_REASON = 'Tillstånd för kamerabevakning bedöms inte kunna ges; belysning och röjning prövas först.'

function buildMeasures(refDay: number): DemoMeasure[] {
  const rng = createRng('measures')
  return MEASURE_PLANS.map((plan) => {
    let decidedOn: number | null = null
    let doneOn: number | null = null
    if (plan.status === 'done') {
      doneOn = refDay - rng.int(30, 1400)
      decidedOn = doneOn - rng.int(30, 200)
    } else if (plan.status === 'decided') {
      decidedOn = refDay - rng.int(14, 300)
    } else if (plan.status === 'rejected') {
      decidedOn = refDay - rng.int(60, 900)
    }
    return {
      title: plan.title,
      description: plan.description,
      type: plan.type,
      status: plan.status,
      rejectedReason: plan.status === 'rejected' ? REJECTED_REASON : null,
      responsible: plan.responsible,
      decidedOn: decidedOn === null ? null : isoDate(decidedOn),
      doneOn: doneOn === null ? null : isoDate(doneOn),
      costSek: plan.cost,
      geometry: plan.shape(rng),
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Texts (Swedish; they describe places, never people)
// ---------------------------------------------------------------------------------------------

const UNSAFE_TEXT: Record<Category, readonly string[]> = {
  lighting: [
    'Mörkt på gångstråket, flera lampor är släckta.',
    'Belysningen når inte fram till cykelparkeringen.',
    'Trasig gatlampa gör hörnet mörkt på kvällen.',
    'Ojämn belysning med mörka partier mellan stolparna.',
  ],
  vegetation: [
    'Höga buskar skymmer sikten längs gångvägen.',
    'Igenvuxen häck gör passagen trång och mörk.',
    'Träden skymmer gatlyktorna.',
    'Täta buskage nära entrén; svårt att se vem som kommer.',
  ],
  visibility: ['Skymd hörna, man ser inte vad som finns bakom.', 'Plank och containrar skymmer överblicken.'],
  paths: ['Ojämn och hal gångväg utan alternativ väg.', 'Gångvägen slutar tvärt vid parkeringen.'],
  tunnels: ['Gångtunneln är mörk och saknar insyn från båda hållen.', 'Lång tunnel utan belysning i mitten.'],
  graffiti_littering: [
    'Mycket klotter och nedskräpning vid väggen.',
    'Överfulla papperskorgar och glassplitter på marken.',
    'Nedklottrad vägg och trasiga fönster ger ett övergivet intryck.',
  ],
  people_groups: [
    'Samlingsplats sena kvällar; platsen ligger avskilt och saknar insyn.',
    'Öde plats på kvällen med få människor i rörelse.',
    'Stökigt kring bänkarna sena kvällar; ingen naturlig övervakning.',
  ],
  signage: ['Skyltning saknas till resecentrum och busshållplatser.', 'Otydlig vägvisning leder in i mörka stråk.'],
  other: ['Avstängd byggarbetsplats leder om gångtrafiken via en mörk passage.'],
}

const SAFE_TEXT: Record<Category, string> = {
  lighting: 'Jämnt ljus och god överblick.',
  vegetation: 'Nyröjd grönyta med fri sikt.',
  visibility: 'Öppen plats med överblick från flera håll.',
  paths: 'Bred och välskött gångväg med alternativa vägar.',
  tunnels: 'Tunneln är ljus och man ser ut i båda ändar.',
  graffiti_littering: 'Rent och välskött, papperskorgarna tömda.',
  people_groups: 'Levande plats med många i rörelse under kvällen.',
  signage: 'Tydlig skyltning till resecentrum.',
  other: 'Trevlig mötesplats med sittplatser.',
}

const MEASURE_TEXT: Record<Category, readonly string[]> = {
  lighting: ['Byt trasiga armaturer och komplettera med fler ljuspunkter.', 'Sätt upp belysning längs hela stråket.'],
  vegetation: ['Röj och gallra buskaget, stamma upp träden.', 'Klipp ner häcken till högst en meter.'],
  visibility: ['Flytta containrarna och öppna upp hörnet.'],
  paths: ['Laga beläggningen och förbättra vinterväghållningen.'],
  tunnels: ['Ny belysning och ljus målning i tunneln.'],
  graffiti_littering: ['Sanera klotter snabbt och töm papperskorgarna oftare.'],
  people_groups: ['Fler aktiviteter och ökad vuxennärvaro kvällstid.', 'Ökad polisiär närvaro kvällstid.'],
  signage: ['Sätt upp tydlig vägvisning.'],
  other: ['Se över omledningen av gångtrafiken.'],
}

const FIXED_TEXT: Record<Category, string> = {
  lighting: 'Belysningen är lagad och kompletterad.',
  vegetation: 'Buskaget är röjt.',
  visibility: 'Hindren är borttagna så att platsen syns bättre.',
  paths: 'Gångvägen är lagad.',
  tunnels: 'Tunneln har fått ny belysning.',
  graffiti_littering: 'Klottret är sanerat och platsen städad.',
  people_groups: 'Platsen har fått bättre belysning och fler aktiviteter kvällstid.',
  signage: 'Ny vägvisning är uppsatt.',
  other: 'Åtgärdat.',
}

/** Label of the nearest named place within 150 m, for "Resecentrum: …" style descriptions. */
function nearestPlaceLabel(at: LonLat): string | null {
  let best: { label: string; metres: number } | null = null
  for (const place of Object.values(PLACES)) {
    if (place === PLACES.radhuset) continue
    const metres = distanceMetres(place.at, at)
    if (metres <= 150 && (best === null || metres < best.metres)) best = { label: place.label, metres }
  }
  return best?.label ?? null
}

// ---------------------------------------------------------------------------------------------
// Pure helpers: PRNG, dates, geometry
// ---------------------------------------------------------------------------------------------

interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  shuffle<T>(items: readonly T[]): T[]
  /** Standard normal (Box–Muller). */
  gaussian(): number
}

/** mulberry32: tiny, fast and good enough for demo data; seeded from a label per stream. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** FNV-1a: turns a stream label into a seed, so each part of the set has its own stream. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function createRng(label: string): Rng {
  const next = mulberry32(hashLabel(`trygghetskartan-demo:${label}`))
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => must(items[Math.floor(next() * items.length)], 'pick from empty list'),
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return must(entries.at(-1), 'weighted pick from empty list')[0]
    },
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]]
      }
      return copy
    },
    gaussian: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  }
  return rng
}

/** Days since 1970-01-01 (UTC); all calendar arithmetic is done on these. */
function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS)
}

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function dayFromIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear()
}

function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** Meetings and walks fall on Tuesday–Thursday evenings. */
function nextWorkday(day: number): number {
  let d = day
  while (![2, 3, 4].includes(weekday(d))) d++
  return d
}

function randomWorkday(rng: Rng, from: number, to: number): number {
  return nextWorkday(rng.int(from, to - 6))
}

function lastSunday(year: number, month: number): number {
  let d = dayOf(year, month + 1, 1) - 1
  while (weekday(d) !== 0) d--
  return d
}

/**
 * Local Swedish time as an ISO timestamp with its offset: CEST (+02) from the last Sunday in March
 * to the last Sunday in October, else CET (+01). Good for daytime hours, which is all we produce.
 */
function localTimestamp(day: number, hour: number, minute: number): string {
  const year = yearOf(day)
  const summer = day >= lastSunday(year, 3) && day < lastSunday(year, 10)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${isoDate(day)}T${pad(hour)}:${pad(minute)}:00+0${summer ? 2 : 1}:00`
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

function roundLonLat([lon, lat]: LonLat): LonLat {
  return [round6(lon), round6(lat)]
}

/** Moves a point `east` and `north` metres (local flat approximation, fine at town scale). */
function offset([lon, lat]: LonLat, east: number, north: number): LonLat {
  return roundLonLat([lon + east / (METRES_PER_DEGREE * Math.cos(toRadians(lat))), lat + north / METRES_PER_DEGREE])
}

function distanceMetres(a: LonLat, b: LonLat): number {
  const east = (b[0] - a[0]) * METRES_PER_DEGREE * Math.cos(toRadians((a[1] + b[1]) / 2))
  const north = (b[1] - a[1]) * METRES_PER_DEGREE
  return Math.hypot(east, north)
}

function gaussianPointNear(rng: Rng, at: LonLat, spread: number): LonLat {
  return offset(at, rng.gaussian() * spread, rng.gaussian() * spread)
}

/**
 * A closed, star-shaped ring: vertices at increasing angles with varied radii, so it is irregular
 * but can never cross itself.
 */
function irregularRing(rng: Rng, centre: LonLat, minRadius: number, maxRadius: number, vertexCount: number): LonLat[] {
  const radius = minRadius + rng.next() * (maxRadius - minRadius)
  const step = (2 * Math.PI) / vertexCount
  const start = rng.next() * 2 * Math.PI
  const ring = Array.from({ length: vertexCount }, (_, k) => {
    const angle = start + k * step + (rng.next() - 0.5) * step * 0.6
    const r = radius * (0.75 + rng.next() * 0.4)
    return offset(centre, Math.cos(angle) * r, Math.sin(angle) * r)
  })
  return [...ring, must(ring[0], 'first vertex')]
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function asciiLower(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('å', 'a')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('é', 'e')
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data: missing ${what}`)
  return value
}
