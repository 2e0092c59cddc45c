/**
 * Incident reports from staff for the EST way of working (effektiv samordning för trygghet):
 * exact time and place, never public; the public sees them only as counts.
 */
import { z } from 'zod'
import { municipalityCodeField } from './municipality-schemas.ts'
import { longText } from './fields.ts'
import { pointGeometry } from './report-schemas.ts'

export const incidentTypes = [
  'damage',
  'unsafe_place',
  'threat_staff',
  'event',
  'drug_dealing',
  'littering',
  'disruptive_group',
] as const
export type IncidentType = (typeof incidentTypes)[number]

/** Who the reporting staff work for: the EST partners. */
export const incidentOrganisations = [
  'kommun',
  'bostadsbolag',
  'vaktbolag',
  'polis',
  'raddningstjanst',
  'hemtjanst',
  'socialtjanst',
  'annan',
] as const

/** An exact moment with its offset, e.g. 2026-11-20T22:15:00+01:00; not in the future. */
const occurredAt = z.iso.datetime({ offset: true }).refine((value) => Date.parse(value) <= Date.now() + 5 * 60_000, {
  message: 'The time cannot be in the future.',
  params: { sv: 'Tiden kan inte ligga i framtiden.' },
}).refine((value) => Date.parse(value) >= Date.parse('2000-01-01T00:00:00Z'), {
  message: 'Give a time after the year 2000.',
  params: { sv: 'Ange en tid efter år 2000.' },
})

export const createIncidentBody = z
  .object({
    type: z.enum(incidentTypes),
    occurred_at: occurredAt,
    organisation: z.enum(incidentOrganisations),
    description: longText(2000).optional(),
    geometry: pointGeometry,
  })
  .strict()
export type CreateIncidentBody = z.infer<typeof createIncidentBody>

export interface StaffIncident {
  id: number
  type: IncidentType
  occurred_at: string
  organisation: (typeof incidentOrganisations)[number]
  description: string
  reported_by: string | null
  created_at: string
  coordinates: [number, number]
}

export const incidentListQuery = z
  .object({
    days: z.string().regex(/^[1-9][0-9]{0,3}$/).transform(Number).pipe(z.number().max(3660)).optional(),
  })
  .strict()

export const incidentCountsQuery = z
  .object({
    year: z.string().regex(/^20[0-9]{2}$/).transform(Number),
    /** One municipality's counts (`?kommun=1760`); without it, the whole police area's. */
    kommun: municipalityCodeField.optional(),
  })
  .strict()

/** Counts per type and month: all the public ever sees of staff incidents. */
export interface IncidentCounts {
  year: number
  /** month (1–12) → type → count; months without incidents are left out. */
  months: { month: number; counts: Partial<Record<IncidentType, number>> }[]
}
