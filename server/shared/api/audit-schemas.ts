import { z } from 'zod'
import { shortText } from './fields.ts'

export const auditObjectTypes = ['user', 'watch_area', 'contact_person', 'meeting', 'report', 'staff_incident', 'place_name', 'safety_walk', 'walk_observation', 'measure',
  'promise_period', 'promise', 'promise_indicator', 'promise_activity', 'survey', 'survey_question', 'external_figure', 'api_token'] as const
export type AuditObjectType = (typeof auditObjectTypes)[number]

export const auditQuery = z
  .object({
    object_type: z.enum(auditObjectTypes).optional(),
    object_id: shortText(40).optional(),
    /** Entries older than this id (the last one of the previous page). */
    before_id: z.string().regex(/^[1-9][0-9]{0,17}$/).optional(),
    limit: z.string().regex(/^[1-9][0-9]{0,2}$/).transform(Number).pipe(z.number().max(200)).optional(),
  })
  .strict()
export type AuditQuery = z.infer<typeof auditQuery>

export interface AuditEntry {
  id: string
  at: string
  actor: string
  action: 'create' | 'update' | 'delete' | 'login' | 'logout' | 'export'
  object_type: string
  object_id: string
  /** What a person called the object at the time: an e-mail address, an area's name. */
  object_label: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  request_id: string | null
}

export interface AuditPage {
  entries: AuditEntry[]
  /** Pass as `before_id` for the next page; null on the last page. */
  next_before_id: string | null
}
