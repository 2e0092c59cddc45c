/**
 * Planning environment changes (promise 4): where unsafe places cluster, which sites to pick and
 * why, the measures taken, whether they helped, and the weekly situation picture (lägesbild).
 * Shared by the client and the server.
 */
import { z } from 'zod'
import { todayInSweden } from '../../today.ts'
import { longText, plausibleDate, shortText } from './fields.ts'
import { reportCategories, timesOfDay } from './report-schemas.ts'
import type { ReportCategory } from './report-schemas.ts'

/** Where a place of evidence comes from: a public report, a safety walk, a staff incident (EST). */
export const evidenceSources = ['public', 'walk', 'staff'] as const
export type EvidenceSource = (typeof evidenceSources)[number]

/** A comma-separated list in a query string, each value one of `values`; empty or missing means all. */
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : [...values]))
    .pipe(z.array(z.enum(values)).min(1))
}

/** A number in a query string between `min` and `max`; missing or empty means `fallback`. */
function numberIn(min: number, max: number, fallback: number, what: { en: string; sv: string }) {
  return z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce
      .number()
      .refine((value) => Number.isFinite(value) && value >= min && value <= max, {
        message: `${what.en} must be between ${min} and ${max}.`,
        params: { sv: `${what.sv} ska vara mellan ${min} och ${max}.` },
      })
      .default(fallback),
  )
}

/** The period's last day is `to`, or today when only `from` is given. */
const periodInOrder = (query: { from?: string | undefined; to?: string | undefined }) =>
  !query.from || query.from <= (query.to ?? todayInSweden())
const periodEndsAfterStart = {
  message: 'The period must end on or after the day it starts (without an end, it ends today).',
  params: { sv: 'Perioden måste sluta samma dag som den börjar eller senare (utan slut slutar den i dag).' },
  path: ['to'],
}

/** Which places count as evidence: category, time of day, period and source. */
const evidenceFilterShape = {
  categories: listOf(reportCategories),
  times_of_day: listOf(timesOfDay),
  sources: listOf(evidenceSources),
  /** The first and last day (inclusive); the default is the twelve months up to today. */
  from: plausibleDate.optional(),
  to: plausibleDate.optional(),
}

export const DEFAULT_CLUSTER_METRES = 50
export const DEFAULT_CLUSTER_MIN_POINTS = 5
export const DEFAULT_CELL_METRES = 100

/** The score's weights; each component's points are its count times its weight. */
export const scoreWeightShape = {
  w_count: numberIn(0, 100, 1, { en: 'The weight for the number of places', sv: 'Vikten för antalet platser' }),
  w_severity: numberIn(0, 100, 2, { en: 'The weight for serious places', sv: 'Vikten för allvarliga platser' }),
  w_recent: numberIn(0, 100, 1, { en: 'The weight for recent places', sv: 'Vikten för nya platser' }),
  w_centrum: numberIn(0, 1000, 10, { en: 'The weight for the centrum zone', sv: 'Vikten för centrumzonen' }),
  w_measure: numberIn(0, 1000, 10, { en: 'The deduction for a measure done nearby', sv: 'Avdraget för en genomförd åtgärd i närheten' }),
}
export type ScoreWeights = { [K in keyof typeof scoreWeightShape]: number }

export const hotspotQuery = z
  .object({
    ...evidenceFilterShape,
    ...scoreWeightShape,
    distance_m: numberIn(5, 500, DEFAULT_CLUSTER_METRES, { en: 'The cluster distance (m)', sv: 'Klusteravståndet (m)' }),
    min_points: numberIn(2, 100, DEFAULT_CLUSTER_MIN_POINTS, { en: 'The smallest cluster', sv: 'Minsta klustret' }).pipe(z.int()),
  })
  .strict()
  .refine(periodInOrder, periodEndsAfterStart)
export type HotspotQuery = z.infer<typeof hotspotQuery>

export const hexGridQuery = z
  .object({
    ...evidenceFilterShape,
    cell_m: numberIn(25, 1000, DEFAULT_CELL_METRES, { en: 'The cell size (m)', sv: 'Cellstorleken (m)' }),
    /** The visible map in WGS84: minLon,minLat,maxLon,maxLat; without it the whole municipality. */
    bbox: z
      .string()
      .optional()
      .transform((value, context) => {
        if (value === undefined) return undefined
        const numbers = value.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
        const [minLon, minLat, maxLon, maxLat] = numbers
        const inRange = minLon! >= -180 && maxLon! <= 180 && minLat! >= -90 && maxLat! <= 90
        if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || minLon! >= maxLon! || minLat! >= maxLat! || !inRange) {
          context.addIssue({
            code: 'custom',
            message: 'Give the box as minLon,minLat,maxLon,maxLat in degrees (longitude −180–180, latitude −90–90) with min below max.',
            params: { sv: 'Ange rutan som minLon,minLat,maxLon,maxLat i grader (longitud −180–180, latitud −90–90) med min under max.' },
          })
          return z.NEVER
        }
        return [minLon!, minLat!, maxLon!, maxLat!] as [number, number, number, number]
      }),
  })
  .strict()
  .refine(periodInOrder, periodEndsAfterStart)
export type HexGridQuery = z.infer<typeof hexGridQuery>

/** The parts of a site's score, as counts; the points are each count times its weight. */
export interface ScoreParts {
  /** Places in the cluster. */
  count: number
  /** Serious places: a report with three or more "me too", a high-priority walk observation, a threat or drug dealing. */
  severe: number
  /** Places from the last 90 days. */
  recent: number
  /** 1 when the cluster's centre lies in a centrum zone. */
  in_centrum: 0 | 1
  /** 1 when a measure is done within 100 m of the cluster. */
  measure_nearby: 0 | 1
}

export const RECENT_DAYS = 90
export const MEASURE_NEARBY_METRES = 100

export interface CandidateSite {
  /** Rank by score, from 1. */
  rank: number
  score: number
  parts: ScoreParts
  centre: { type: 'Point'; coordinates: [number, number] }
  /** The cluster's outline: its places' convex hull widened by half the cluster distance. */
  outline: { type: 'Polygon'; coordinates: [number, number][][] }
  by_source: Record<EvidenceSource, number>
  top_category: ReportCategory | null
  place_name: string | null
  first_at: string
  last_at: string
  report_ids: number[]
  observation_ids: number[]
}

export interface HotspotResult {
  sites: CandidateSite[]
  /** How many places matched the filters (0: no data). */
  evidence_count: number
  /** Places in no cluster. */
  noise_count: number
  period: { from: string; to: string }
}

export interface HexCell {
  type: 'Feature'
  geometry: { type: 'Polygon'; coordinates: [number, number][][] }
  properties: { count: number; weight: number }
}
export interface HexGridResult {
  type: 'FeatureCollection'
  features: HexCell[]
  period: { from: string; to: string }
  cell_m: number
  /** The half-life of the recency weight, in days. */
  half_life_days: number
}

export const measureTypes = [
  'lighting', 'vegetation_clearance', 'visibility', 'furniture_fixings', 'camera', 'art_activity', 'other',
] as const
export type MeasureType = (typeof measureTypes)[number]
export const measureStates = ['proposed', 'decided', 'done', 'rejected'] as const
export type MeasureState = (typeof measureStates)[number]
export const measureResponsibles = ['kommun', 'polis', 'fastighetsagare', 'annan'] as const

const positionField = z.tuple([z.number().min(10.03).max(24.17), z.number().min(54.96).max(69.07)])
const closedRing = z
  .array(positionField)
  .min(4)
  .max(5000)
  .refine((ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1], {
    message: 'A ring must end where it starts.',
    params: { sv: 'En ring måste sluta där den börjar.' },
  })
const measureShapes = ['Point', 'LineString', 'Polygon']
/** A measure's shape in WGS84: a point (a lamp), a line (a path) or a polygon (a patch to clear). */
export const measureGeometry = z
  .object({
    type: z.string().refine((type) => measureShapes.includes(type), {
      message: 'Draw the measure as a point, a line or an area (Point, LineString or Polygon).',
      params: { sv: 'Rita åtgärden som en punkt, en linje eller en yta (Point, LineString eller Polygon).' },
    }),
  })
  .loose()
  .pipe(z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: positionField }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: z.array(positionField).min(2).max(2000) }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(closedRing).min(1).max(20) }).strict(),
  ]))
export type MeasureGeometry = z.infer<typeof measureGeometry>

export const MAX_LINKS = 500
export const DEFAULT_EFFECT_RADIUS_METRES = 150

export const measureBody = z
  .object({
    title: shortText(200).min(3),
    description: longText(5000),
    type: z.enum(measureTypes),
    status: z.enum(measureStates),
    rejected_reason: shortText(1000),
    responsible: z.enum(measureResponsibles),
    /** Who in practice: a department or a company. */
    responsible_detail: shortText(200),
    proposed_on: plausibleDate,
    decided_on: plausibleDate.nullable(),
    done_on: plausibleDate.nullable(),
    cost_sek: z.int().min(0).max(1_000_000_000).nullable(),
    geometry: measureGeometry,
    report_ids: z.array(z.int().min(1).max(2_147_483_647)).max(MAX_LINKS),
    observation_ids: z.array(z.int().min(1).max(2_147_483_647)).max(MAX_LINKS),
    /** On a change: the `updated_at` the planner's copy has; a 409 when someone else changed the measure since. */
    updated_at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .superRefine((measure, context) => {
    const problem = (path: string, en: string, sv: string) => context.addIssue({ code: 'custom', path: [path], message: en, params: { sv } })
    if (measure.status === 'rejected' && !measure.rejected_reason?.trim()) {
      problem('rejected_reason', 'Say why the measure was rejected: the public sees it.', 'Ange varför åtgärden avslogs: allmänheten ser det.')
    }
    if (measure.status === 'done' && !measure.done_on) {
      problem('done_on', 'Give the day the measure was done.', 'Ange dagen då åtgärden blev genomförd.')
    }
    if (measure.status === 'decided' && !measure.decided_on) {
      problem('decided_on', 'Give the day the measure was decided.', 'Ange dagen då åtgärden beslutades.')
    }
    if (measure.status !== 'done' && measure.done_on) {
      problem('done_on', 'Only a measure that is done has a done date.', 'Bara en genomförd åtgärd har ett datum för genomförande.')
    }
    if (typeof measure.done_on === 'string' && measure.done_on > todayInSweden()) {
      problem('done_on', 'A measure cannot be done in the future.', 'En åtgärd kan inte vara genomförd i framtiden.')
    }
    if (typeof measure.decided_on === 'string' && typeof measure.proposed_on === 'string' && measure.decided_on < measure.proposed_on) {
      problem('decided_on', 'A measure is decided on or after the day it was proposed.', 'En åtgärd beslutas samma dag som den föreslogs eller senare.')
    }
    if (measure.status === 'proposed' && measure.decided_on) {
      problem('decided_on', 'A proposal has no decision date yet.', 'Ett förslag har inget beslutsdatum än.')
    }
    if (typeof measure.done_on === 'string' && typeof measure.decided_on === 'string' && measure.done_on < measure.decided_on) {
      problem('done_on', 'A measure is done on or after the day it was decided.', 'En åtgärd genomförs samma dag som den beslutades eller senare.')
    }
    if (typeof measure.done_on === 'string' && typeof measure.proposed_on === 'string' && measure.done_on < measure.proposed_on) {
      problem('done_on', 'A measure is done on or after the day it was proposed.', 'En åtgärd genomförs samma dag som den föreslogs eller senare.')
    }
  })
export type MeasureBody = z.infer<typeof measureBody>

export const measureListQuery = z
  .object({ status: z.enum([...measureStates, 'all']).default('all') })
  .strict()

/** The reports and walk observations near a drawn measure, to choose the ones it answers. */
export const nearbyEvidenceBody = z
  .object({
    geometry: measureGeometry,
    radius_m: z.number().min(1).max(1000),
  })
  .strict()

export interface LinkedReport {
  id: number
  category: ReportCategory
  status: string
  reported_at: string
  description: string
}
export interface LinkedObservation {
  id: number
  walk_id: number
  walk_title: string
  category: ReportCategory
  observed_at: string
  description: string
}

export interface Measure {
  id: number
  title: string
  description: string
  type: MeasureType
  status: MeasureState
  rejected_reason: string
  responsible: (typeof measureResponsibles)[number]
  responsible_detail: string
  proposed_on: string
  decided_on: string | null
  done_on: string | null
  cost_sek: number | null
  geometry: MeasureGeometry
  in_centrum: boolean
  report_ids: number[]
  observation_ids: number[]
  updated_at: string
}

export interface MeasureDetails extends Measure {
  reports: LinkedReport[]
  observations: LinkedObservation[]
}

/** The after period is as long as the time since the measure, up to this. */
export const MAX_EFFECT_MONTHS = 12

export const effectQuery = z
  .object({
    radius_m: numberIn(25, 1000, DEFAULT_EFFECT_RADIUS_METRES, { en: 'The radius (m)', sv: 'Radien (m)' }),
  })
  .strict()

/** What a verdict says; the client words it. */
export const effectVerdicts = ['too_early', 'too_few', 'fewer', 'more', 'no_clear_change'] as const
export type EffectVerdict = (typeof effectVerdicts)[number]

export interface MeasureEffect {
  measure_id: number
  title: string
  type: MeasureType
  done_on: string
  /** The length of each period, in whole months (0: done less than a month ago). */
  months: number
  before: { from: string; to: string; near: number; rest: number }
  after: { from: string; to: string; near: number; rest: number }
  /** The places expected near the measure after it, had they followed the rest of the municipality. */
  expected_after: number | null
  /** After divided by expected, with a 95 % interval; null when it cannot be computed. */
  ratio: number | null
  ratio_low: number | null
  ratio_high: number | null
  verdict: EffectVerdict
}

/** The lägesbild covers a week (Monday–Sunday), a quarter or a year. */
export const situationPeriods = ['week', 'quarter', 'year'] as const
export type SituationPeriod = (typeof situationPeriods)[number]

export const situationQuery = z
  .object({
    period: z.enum(situationPeriods).default('week'),
    /** Any day in the period; the default is the last whole week, quarter or year. */
    date: plausibleDate.optional(),
  })
  .strict()

export interface SituationRow {
  source: EvidenceSource
  /** A report category or an incident type. */
  type: string
  count: number
  /** The average of the four periods before. */
  previous_average: number
  /** Counts per bin (weeks; months for a year), oldest first, matching `bins`. */
  series: number[]
}

export interface SituationPicture {
  period: SituationPeriod
  from: string
  to: string
  /** The start of each bin of `series`. */
  bins: string[]
  rows: SituationRow[]
  total: number
  previous_average: number
  /** The places of the period, for the map: source, type, time. */
  places: { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: { source: EvidenceSource; type: string; at: string } }[] }
  /** The places with most entries in the period (100 m clusters). */
  top_places: { centre: { type: 'Point'; coordinates: [number, number] }; count: number; place_name: string | null; top_type: string }[]
}
