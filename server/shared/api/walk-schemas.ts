/**
 * Safety walks (trygghetsvandringar): what staff plan, what participants note on the walk, the
 * protocol that is published, and what the public sees. Shared by the client and the server.
 */
import { z } from 'zod'
import { isInSwedenBox } from '../../geometry/sweden-box.ts'
import { plausibleDate, shortText } from './fields.ts'
import { photoField, pointGeometry, reportCategories } from './report-schemas.ts'
import type { PointGeometry, ReportCategory } from './report-schemas.ts'

export const walkLights = ['daylight', 'dark'] as const
export const walkStatuses = ['planned', 'done', 'cancelled'] as const
export type WalkStatus = (typeof walkStatuses)[number]
export const assessments = ['safe', 'unsafe'] as const
export const responsibleParties = ['kommun', 'polis', 'fastighetsagare', 'annan'] as const
export const priorities = ['low', 'medium', 'high'] as const
/** A measure from the protocol: 'none' for a place that needs nothing; 'not_done' gives a reason. */
export const measureStatuses = ['none', 'proposed', 'in_progress', 'done', 'not_done'] as const
export type MeasureStatus = (typeof measureStatuses)[number]

/** The method says about 20 participants; a larger number is allowed but never above this. */
export const MAX_PARTICIPANTS = 200
export const MAX_ROUTE_POSITIONS = 2000
/** An observation farther than this from the route gets a warning (it is still saved). */
export const FAR_FROM_ROUTE_METRES = 100
/** The walks per calendar year that the promise names. */
export const WALKS_PROMISED_PER_YEAR = 2

const outsideSweden = {
  message: 'The place lies outside Sweden (SWEREF 99 TM).',
  params: { sv: 'Platsen ligger utanför Sverige (SWEREF 99 TM).' },
}
/** A WGS84 position where SWEREF 99 TM is defined (server/ogc/sweref-bbox.ts): elsewhere it cannot be stored. */
const swedishPosition = z
  .tuple([z.number(), z.number()])
  .refine(isInSwedenBox, outsideSweden)
const swedishPoint = z.object({ type: z.literal('Point'), coordinates: swedishPosition }).strict()

/** A walking route: a GeoJSON LineString in WGS84 with at least two different positions. */
export const routeGeometry = z
  .object({
    type: z
      .string()
      .refine((type) => type === 'LineString', {
        message: 'The route must be a line (LineString).',
        params: { sv: 'Rutten ska vara en linje (LineString).' },
      })
      .transform((): 'LineString' => 'LineString'),
    coordinates: z.array(swedishPosition).min(2).max(MAX_ROUTE_POSITIONS),
  })
  .strict()
  .refine((line) => line.coordinates.some(([lon, lat]) => lon !== line.coordinates[0]?.[0] || lat !== line.coordinates[0]?.[1]), {
    message: 'The route needs at least two different points.',
    params: { sv: 'Rutten behöver minst två olika punkter.' },
    path: ['coordinates'],
  })
export type RouteGeometry = z.infer<typeof routeGeometry>

/** The calendar date in Sweden of an instant: the walk's date, as the pre- and follow-up meetings are compared with. */
export function swedishDate(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  )
}

/** A walk as staff plan it; the same body creates and replaces one. */
export const walkBody = z
  .object({
    title: shortText(200).min(3),
    starts_at: z.iso.datetime({ offset: true }),
    duration_minutes: z.number().int().min(15).max(480),
    light: z.enum(walkLights),
    status: z.enum(walkStatuses),
    meeting_point_name: shortText(200).min(2),
    meeting_point: swedishPoint,
    route: routeGeometry,
    invited: shortText(1000),
    max_participants: z.number().int().min(1).max(MAX_PARTICIPANTS).nullable(),
    pre_meeting_on: plausibleDate.nullable(),
    follow_up_on: plausibleDate.nullable(),
    how_to_join: shortText(2000),
  })
  .strict()
  .superRefine((walk, context) => {
    // Runs even when a field failed its own check: only a real instant has a date to compare.
    if (typeof walk.starts_at !== 'string' || Number.isNaN(Date.parse(walk.starts_at))) return
    const walkDate = swedishDate(walk.starts_at)
    if (walk.status === 'done' && Date.parse(walk.starts_at) > Date.now()) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'A walk that has not started yet cannot be done.',
        params: { sv: 'En vandring som inte har börjat än kan inte vara genomförd.' },
      })
    }
    if (walk.pre_meeting_on && walk.pre_meeting_on > walkDate) {
      context.addIssue({
        code: 'custom',
        path: ['pre_meeting_on'],
        message: `The pre-meeting must be on or before the walk's date (${walkDate}).`,
        params: { sv: `Förmötet ska vara samma dag som vandringen eller före (${walkDate}).` },
      })
    }
    if (walk.follow_up_on && walk.follow_up_on < walkDate) {
      context.addIssue({
        code: 'custom',
        path: ['follow_up_on'],
        message: `The follow-up meeting must be on or after the walk's date (${walkDate}).`,
        params: { sv: `Uppföljningsmötet ska vara samma dag som vandringen eller senare (${walkDate}).` },
      })
    }
  })
export type WalkBody = z.infer<typeof walkBody>

/** An observation noted on the walk, sent from a phone; `client_id` makes a resend after a lost answer harmless. */
export const observationBody = z
  .object({
    client_id: z.uuid(),
    category: z.enum(reportCategories),
    assessment: z.enum(assessments),
    rating: z.number().int().min(0).max(3).nullable(),
    description: shortText(1000),
    geometry: pointGeometry,
    observed_at: z.iso
      .datetime({ offset: true })
      .refine((value) => Date.parse(value) <= Date.now() + 10 * 60_000, {
        message: 'The time lies in the future: check the phone’s clock.',
        params: { sv: 'Tiden ligger i framtiden: kontrollera telefonens klocka.' },
      })
      .optional(),
    photo: photoField.optional(),
  })
  .strict()
export type ObservationBody = z.infer<typeof observationBody>

/** The protocol's columns for one observation, set after the walk. */
export const protocolEntryBody = z
  .object({
    category: z.enum(reportCategories),
    assessment: z.enum(assessments),
    rating: z.number().int().min(0).max(3).nullable(),
    description: shortText(1000),
    proposed_measure: shortText(1000),
    responsible: z.enum(responsibleParties).nullable(),
    priority: z.enum(priorities).nullable(),
    deadline_on: plausibleDate.nullable(),
    measure_status: z.enum(measureStatuses),
    measure_reason: shortText(1000),
    measure_done_on: plausibleDate.nullable(),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.measure_status === 'not_done' && entry.measure_reason === '') {
      context.addIssue({
        code: 'custom',
        path: ['measure_reason'],
        message: 'Say why the measure will not be done.',
        params: { sv: 'Skriv varför åtgärden inte blir av.' },
      })
    }
    if (entry.measure_status !== 'none' && entry.proposed_measure === '') {
      context.addIssue({
        code: 'custom',
        path: ['proposed_measure'],
        message: 'Describe the measure, or choose "no measure needed".',
        params: { sv: 'Beskriv åtgärden, eller välj "ingen åtgärd behövs".' },
      })
    }
  })
export type ProtocolEntryBody = z.infer<typeof protocolEntryBody>

export const publishProtocolBody = z.object({ protocol_summary: shortText(5000) }).strict()

export const walkStatsQuery = z.object({}).strict()

/** The evidence for the next route: how far back reports and walks count, and how big a cluster must be. */
export const hotspotQuery = z
  .object({
    months: z.coerce.number().int().min(1).max(60).default(12),
    min_points: z.coerce.number().int().min(2).max(50).default(3),
  })
  .strict()

export const MAX_ROUTE_STOPS = 50

/** A route proposal: from the meeting point through the chosen places. */
export const routeProposalBody = z
  .object({
    start: swedishPoint,
    stops: z.array(swedishPoint).min(1).max(MAX_ROUTE_STOPS),
  })
  .strict()

export interface WalkSummary {
  id: number
  title: string
  starts_at: string
  duration_minutes: number
  light: (typeof walkLights)[number]
  status: WalkStatus
  meeting_point_name: string
  meeting_point: PointGeometry
  route: RouteGeometry
  length_m: number
  invited: string
  max_participants: number | null
  pre_meeting_on: string | null
  follow_up_on: string | null
  how_to_join: string
  protocol_summary: string
  protocol_published_at: string | null
  observation_count: number
  updated_at: string
}

export interface WalkObservation {
  id: number
  walk_id: number
  category: ReportCategory
  assessment: (typeof assessments)[number]
  rating: number | null
  description: string
  proposed_measure: string
  responsible: (typeof responsibleParties)[number] | null
  priority: (typeof priorities)[number] | null
  deadline_on: string | null
  measure_status: MeasureStatus
  measure_reason: string
  measure_done_on: string | null
  observed_at: string
  geometry: PointGeometry
  has_photo: boolean
  /** Metres from the walk's route. */
  distance_from_route_m: number
}

/** A walk with its observations: the protocol (public once published, staff always). */
export interface WalkProtocol {
  walk: WalkSummary
  observations: WalkObservation[]
}

/** What the phone gets back for an observation it sent. */
export interface ObservationReceipt {
  observation: WalkObservation
  /** The same client_id had been received before: nothing new was saved. */
  already_received: boolean
  /** Farther than FAR_FROM_ROUTE_METRES from the route: saved, with a warning to check the point. */
  far_from_route: boolean
}

export interface WalkYearStats {
  year: number
  walks_done: number
  walks_planned: number
  target: number
  /** Measures from this year's walks whose protocol is published, by status. */
  measures: Record<Exclude<MeasureStatus, 'none'>, number>
}

/** A cluster of reports and walk observations that no walk has passed recently. */
export interface UnvisitedHotspot {
  id: number
  /** The cluster's centre, WGS84. */
  centre: PointGeometry
  report_count: number
  observation_count: number
  /** The most frequent category in the cluster. */
  top_category: ReportCategory
  /** Metres to the nearest walk route of the period, or null when no walk was done in it. */
  nearest_walk_m: number | null
  /** A place name near the centre, when one is known. */
  place_name: string | null
}

export interface RouteProposal {
  route: RouteGeometry
  /** Straight-line metres along the proposed order (SWEREF 99 TM). */
  length_m: number
  /** The stops' indexes in the order walked. */
  order: number[]
  /** The length of the plain nearest-neighbour order, before 2-opt. */
  nearest_neighbour_m: number
}
