import { z } from 'zod'
import { longText, plausibleDate } from './fields.ts'

export const meetingKinds = ['startup', 'yearly', 'update_visit'] as const
export const meetingHosts = ['polis', 'kommun', 'polis_kommun'] as const

/** A grannsamverkan meeting: held (never in the future), covering one or more areas. */
export const meetingBody = z
  .object({
    kind: z.enum(meetingKinds),
    held_on: plausibleDate,
    area_ids: z.array(z.int().min(1).max(2_147_483_647)).min(1).max(50),
    attendees: z.int().min(0).max(10_000).nullable().optional(),
    held_by: z.enum(meetingHosts),
    notes: longText(5000).optional(),
  })
  .strict()
export type MeetingBody = z.infer<typeof meetingBody>

export const meetingQuery = z
  .object({ area_id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).optional() })
  .strict()

export interface Meeting {
  id: number
  kind: (typeof meetingKinds)[number]
  held_on: string
  attendees: number | null
  held_by: (typeof meetingHosts)[number]
  notes: string
  areas: { id: number; name: string }[]
}

/** Promise 5 per calendar year: start-up meetings held (target at least 2) and areas updated. */
export interface GrannsamverkanYear {
  year: number
  startup_meetings: number
  /** Areas started at those meetings. */
  areas_started: number
  /** Areas with any meeting or a verification that year. */
  areas_updated: number
  target_startup_meetings: number
}
