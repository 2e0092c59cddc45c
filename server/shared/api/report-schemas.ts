/**
 * Reports of unsafe places: what a resident sends, what the receipt shows, and what staff
 * change when they moderate. The categories are shared with safety-walk observations.
 */
import { z } from 'zod'
import { longText, shortText } from './fields.ts'

export const reportCategories = [
  'lighting',
  'vegetation',
  'visibility',
  'paths',
  'tunnels',
  'graffiti_littering',
  'people_groups',
  'signage',
  'other',
] as const
export type ReportCategory = (typeof reportCategories)[number]

export const timesOfDay = ['day', 'evening', 'night'] as const
export const weekParts = ['weekday', 'weekend', 'all_week'] as const

/**
 * What a report can be. 'received' waits for moderation and 'rejected' is never public; the
 * others are public. A closing without a fix ('not_actionable', 'rejected') gives a reason and
 * 'duplicate' names the report it duplicates.
 */
export const reportStatuses = [
  'received',
  'published',
  'under_review',
  'measure_planned',
  'fixed',
  'not_actionable',
  'duplicate',
  'rejected',
] as const
export type ReportStatus = (typeof reportStatuses)[number]
export const publicReportStatuses = ['published', 'under_review', 'measure_planned', 'fixed', 'not_actionable'] as const
export const statusesNeedingReason: readonly ReportStatus[] = ['not_actionable', 'rejected']
export const closingStatuses: readonly ReportStatus[] = ['fixed', 'not_actionable', 'duplicate', 'rejected']

export const REPORT_TEXT_MIN = 5
export const REPORT_TEXT_MAX = 2000

/** A WGS84 point, longitude then latitude; whether it lies in the municipality is checked in PostGIS. */
export const pointGeometry = z
  .object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  })
  .strict()
export type PointGeometry = z.infer<typeof pointGeometry>

/** A photo as base64 (no data: prefix); the server checks that it is an image and re-encodes it. */
export const photoField = z
  .string()
  .min(1)
  .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value), { message: 'The photo must be sent as base64.', params: { sv: 'Bilden ska skickas som base64.' } })
  .meta({ format: 'byte' })

/** A report from a resident (no login). `website` is a honeypot: people never see it, bots fill it in. */
export const createReportBody = z
  .object({
    category: z.enum(reportCategories),
    time_of_day: z.enum(timesOfDay),
    week_part: z.enum(weekParts),
    description: shortText(REPORT_TEXT_MAX).min(REPORT_TEXT_MIN),
    geometry: pointGeometry,
    photo: photoField.optional(),
    website: z.string().max(200).meta({ format: 'honeypot' }).optional(),
  })
  .strict()
export type CreateReportBody = z.infer<typeof createReportBody>

/** What the resident keeps: the report's number and a private link to follow it. */
export interface ReportReceipt {
  id: number
  /** The secret in the private link; only its hash is stored. */
  token: string
  /** The private page's path: /rapport#<token> (the fragment never reaches a server log). */
  status_path: string
  /** The report as saved. */
  report: ReportStatusView
}

export interface ReportStatusStep {
  status: ReportStatus
  answer: string
  reason: string
  changed_at: string
}

/** What the private link shows: the report as sent (after moderation) and its history. */
export interface ReportStatusView {
  id: number
  category: ReportCategory
  time_of_day: (typeof timesOfDay)[number]
  week_part: (typeof weekParts)[number]
  description: string
  status: ReportStatus
  status_reason: string
  answer: string
  duplicate_of: number | null
  me_too_count: number
  reported_at: string
  has_photo: boolean
  /** Free text and photo were removed after the retention period. */
  text_removed: boolean
  history: ReportStatusStep[]
}

export const receiptParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) })

/** Reports near a chosen spot, before sending ("already reported?"). */
/** A decimal number in a query string ("14.1075"); nothing else is read as one. */
const decimal = z.string().refine((value) => /^-?[0-9]{1,3}(\.[0-9]{1,20})?$/.test(value), {
  message: 'Give a decimal number, e.g. 14.1075.',
  params: { sv: 'Ange ett decimaltal, till exempel 14.1075.' },
}).transform(Number)

export const nearbyReportsQuery = z
  .object({
    lon: decimal.pipe(z.number().min(-180).max(180)),
    lat: decimal.pipe(z.number().min(-90).max(90)),
  })
  .strict()

/** A published report near the spot; placed on the public grid, never at its exact point. */
export interface NearbyReport {
  id: number
  category: ReportCategory
  time_of_day: (typeof timesOfDay)[number]
  status: ReportStatus
  description: string
  me_too_count: number
  reported_month: string
  /** To the report's public grid point (never its exact one), rounded up to 10 m. */
  distance_m: number
}

/** A place name to search when reporting without a map. */
export const placeSearchQuery = z.object({ q: shortText(100).min(2) }).strict()

export const placeKinds = ['tatort', 'centrum', 'place', 'watch_area', 'meeting_point', 'address'] as const
export interface PlaceMatch {
  id: number
  name: string
  kind: (typeof placeKinds)[number]
  /** [lon, lat] in WGS84. */
  coordinates: [number, number]
}

/** Staff import an address list: CSV (name;lon;lat or name,x,y) or GeoJSON points. */
export const importPlacesBody = z
  .object({
    format: z.enum(['csv', 'geojson']),
    content: z.string().min(1).meta({ format: 'file' }),
    /** The CRS of the coordinates: 4326 (lon/lat), 3006 or 3008 (metres). */
    srid: z.union([z.literal(4326), z.literal(3006), z.literal(3008)]),
    /** Check and report only; nothing is saved. */
    dry_run: z.boolean().optional(),
  })
  .strict()
export type ImportPlacesBody = z.infer<typeof importPlacesBody>

export interface PlaceImportProblem {
  /** The line (CSV, counting the header as 1) or feature number (GeoJSON, from 1). */
  row: number
  message: string
  message_sv: string
}

export interface PlaceImportReport {
  saved: boolean
  /** Rows that can be (or were) saved. */
  accepted: number
  problems: PlaceImportProblem[]
}

/** A report as staff see it in the moderation queue: exact place, original text markers, suggestions. */
export interface StaffReport {
  id: number
  category: ReportCategory
  time_of_day: (typeof timesOfDay)[number]
  week_part: (typeof weekParts)[number]
  description: string
  status: ReportStatus
  status_reason: string
  answer: string
  duplicate_of: number | null
  me_too_count: number
  reported_at: string
  updated_at: string
  /** [lon, lat] of the exact point. */
  coordinates: [number, number]
  photo: { hidden: boolean } | null
  /** The text was edited to remove personal data; the original is in the audit log. */
  text_edited: boolean
  text_removed: boolean
  /** Same-category reports within 50 m that are not closed: candidates to merge. */
  duplicate_candidates: { id: number; status: ReportStatus; distance_m: number; description: string }[]
}

export const staffReportQuery = z
  .object({
    status: z.enum([...reportStatuses, 'open', 'all']).optional(),
    category: z.enum(reportCategories).optional(),
    limit: z.string().regex(/^[1-9][0-9]{0,2}$/).transform(Number).pipe(z.number().max(500)).optional(),
  })
  .strict()
export type StaffReportQuery = z.infer<typeof staffReportQuery>

/** A moderation: any of status (with its reason or duplicate), category, text, answer, photo visibility. */
export const moderateReportBody = z
  .object({
    status: z.enum(reportStatuses).optional(),
    status_reason: shortText(1000).optional(),
    duplicate_of: z.int().min(1).max(2_147_483_647).optional(),
    category: z.enum(reportCategories).optional(),
    /** The text with personal data removed; the original is kept apart, shown only from the audit log. */
    description: shortText(REPORT_TEXT_MAX).min(1).optional(),
    answer: longText(2000).optional(),
    photo_hidden: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, {
    message: 'Change at least one field.',
    params: { sv: 'Ändra minst ett fält.' },
  })
export type ModerateReportBody = z.infer<typeof moderateReportBody>

/** Atom feed of public status changes, for the municipality or one box (WGS84). */
export const reportFeedQuery = z
  .object({
    bbox: z
      .string()
      .refine((value) => /^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$/.test(value), {
        message: 'Give the box as minLon,minLat,maxLon,maxLat.',
        params: { sv: 'Ange rutan som minLon,minLat,maxLon,maxLat.' },
      })
      .optional(),
  })
  .strict()
