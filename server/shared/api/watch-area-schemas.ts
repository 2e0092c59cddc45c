import { z } from 'zod'
import { areaGeometry, longText, pastDate, plausibleDate, shortText } from './fields.ts'
import type { AreaGeometry } from './fields.ts'

export const watchAreaStatuses = ['planned', 'active', 'inactive'] as const
export const signsConditions = ['good', 'worn', 'damaged', 'missing'] as const

/** A new grannsamverkan area, drawn on the map or imported. */
export const createWatchAreaBody = z
  .object({
    name: shortText(200).min(1),
    status: z.enum(watchAreaStatuses),
    households: z.int().min(1).max(100_000).nullable().optional(),
    startup_meeting_on: plausibleDate.nullable().optional(),
    notes: longText(5000).optional(),
    geometry: areaGeometry,
  })
  .strict()
export type CreateWatchAreaBody = z.infer<typeof createWatchAreaBody>

/** A change to a grannsamverkan area's record; `null` clears an optional value. */
export const updateWatchAreaBody = z
  .object({
    name: shortText(200).min(1).optional(),
    status: z.enum(watchAreaStatuses).optional(),
    households: z.int().min(1).max(100_000).nullable().optional(),
    startup_meeting_on: plausibleDate.nullable().optional(),
    last_verified_on: pastDate.nullable().optional(),
    signs_count: z.int().min(0).max(1000).optional(),
    signs_condition: z.enum(signsConditions).nullable().optional(),
    signs_checked_on: pastDate.nullable().optional(),
    notes: longText(5000).optional(),
    geometry: areaGeometry.optional(),
    /** The `updated_at` the editor's copy has; a 409 when someone else changed the area since. */
    updated_at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'updated_at'), {
    message: 'Change at least one field.',
    params: { sv: 'Ändra minst ett fält.' },
  })
export type UpdateWatchAreaBody = z.infer<typeof updateWatchAreaBody>

/** A contact person: personal data, shown to the police and admins only. */
export interface ContactPerson {
  id: number
  name: string
  phone: string | null
  email: string | null
  is_main: boolean
}

export interface WatchAreaRecord {
  id: number
  name: string
  status: (typeof watchAreaStatuses)[number]
  households: number | null
  startup_meeting_on: string | null
  last_verified_on: string | null
  signs_count: number
  signs_condition: (typeof signsConditions)[number] | null
  signs_checked_on: string | null
  /** Staff notes: absent for the public. */
  notes?: string
  area_m2: number
  updated_at: string
  geometry: AreaGeometry
  /** Only for roles that may see personal data; absent otherwise. */
  contacts?: ContactPerson[]
  /** How many contact persons there are, for everyone. */
  contact_count: number
  /** In a write's answer: the outline sent crossed itself and was repaired; show the stored one. */
  geometry_repaired?: boolean
}

/** Why an area needs the police's attention (server/watch-areas/register.ts). */
export const updateReasonCodes = ['no_contact', 'not_updated', 'signs_damaged', 'never_started'] as const
export type UpdateReasonCode = (typeof updateReasonCodes)[number]

/** One row of the register, as the police screen lists it (no geometry: the map reads /ogc). */
export interface RegisterEntry {
  id: number
  name: string
  status: (typeof watchAreaStatuses)[number]
  households: number | null
  contact_count: number
  startup_meeting_on: string | null
  /** The latest meeting or verification, if any. */
  last_update_on: string | null
  signs_condition: (typeof signsConditions)[number] | null
  /** Empty when the area is in order; inactive areas never need an update. */
  reasons: UpdateReasonCode[]
  /** Higher is more urgent; 0 when there are no reasons. */
  urgency: number
}

/** `GET /api/watch-areas`: the register, most urgent first, and the threshold it was judged by. */
export interface Register {
  areas: RegisterEntry[]
  update_threshold_months: number
}

/** `GET /api/grannsamverkan/active-areas`: what the public map says about grannsamverkan in a municipality. */
export interface ActiveAreasAnswer {
  municipality: { code: string; name: string }
  active_areas: number
}
