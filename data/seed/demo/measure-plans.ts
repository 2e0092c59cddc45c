/**
 * The environment measures of the demo set, in and near the centre: what was proposed, decided,
 * done or rejected, and the shape each one has on the map.
 */
import { PLACES } from './centrum.ts'
import { irregularRing, offset, pointGeometry } from './geometry.ts'
import type { Rng } from './random.ts'
import type { DemoMeasure, LineStringGeometry, LonLat, PointGeometry, PolygonGeometry, Responsible } from './types.ts'

export interface MeasurePlan {
  title: string
  description: string
  type: DemoMeasure['type']
  status: DemoMeasure['status']
  responsible: Responsible
  cost: number | null
  shape: (rng: Rng) => DemoMeasure['geometry']
}

/** A point `east` and `north` metres from `at`. */
const pointAt = (at: LonLat, east = 0, north = 0) => (): PointGeometry => pointGeometry(offset(at, east, north))
/** A line through points given as [east, north] metres from `origin`. */
const lineThrough = (origin: LonLat, steps: [number, number][]) => (): LineStringGeometry => ({
  type: 'LineString',
  coordinates: steps.map(([east, north]) => offset(origin, east, north)),
})
/** An irregular patch of `minRadius`–`maxRadius` metres around `at`. */
const patchAround = (at: LonLat, minRadius: number, maxRadius: number) => (rng: Rng): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [irregularRing(rng, at, minRadius, maxRadius, rng.int(5, 7))],
})

export const MEASURE_PLANS: readonly MeasurePlan[] = [
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
