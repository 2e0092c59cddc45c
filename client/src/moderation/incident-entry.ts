/**
 * The incident form's rules and the list's summary: what is sent for an EST incident, and how
 * many of each type the last days held.
 */
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { CreateIncidentBody, IncidentType, StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import type { StaffPointProperties } from '../map/moderation-layers.ts'
import type { IncidentOrganisation } from './report-words.ts'
import { incidentTypes } from './report-words.ts'
import { stockholmIso } from './stockholm-time.ts'

/** The list's period: the last 90 days, as the EST situation picture looks back a quarter. */
export const INCIDENT_DAYS = 90

export interface IncidentDraft {
  type: IncidentType | ''
  date: string
  time: string
  organisation: IncidentOrganisation | ''
  description: string
  /** [lon, lat] chosen on the map or from a place name. */
  place: [number, number] | null
}

/** A problem found before sending; `key` is under `incidents.problems`. */
export interface DraftProblem {
  field: keyof IncidentDraft
  key: string
}

export type DraftResult = { ok: true; body: CreateIncidentBody } | { ok: false; problems: DraftProblem[] }

/** The body to send, or what is missing, field by field in the form's order. */
export function incidentBody(draft: IncidentDraft, now: Date = new Date()): DraftResult {
  const problems: DraftProblem[] = []
  if (draft.type === '') problems.push({ field: 'type', key: 'typeMissing' })
  const occurredAt = stockholmIso(draft.date, draft.time)
  if (draft.date === '') problems.push({ field: 'date', key: 'dateMissing' })
  else if (draft.time === '') problems.push({ field: 'time', key: 'timeMissing' })
  else if (occurredAt === null) problems.push({ field: 'date', key: 'dateInvalid' })
  // A few minutes of slack for a clock that runs ahead; the server allows five.
  else if (Date.parse(occurredAt) > now.getTime() + 60_000) problems.push({ field: 'time', key: 'future' })
  if (draft.organisation === '') problems.push({ field: 'organisation', key: 'organisationMissing' })
  if (draft.place === null) problems.push({ field: 'place', key: 'placeMissing' })
  if (problems.length > 0 || draft.type === '' || draft.organisation === '' || draft.place === null || occurredAt === null) {
    return { ok: false, problems }
  }
  const description = draft.description.trim()
  return {
    ok: true,
    body: {
      type: draft.type,
      occurred_at: occurredAt,
      organisation: draft.organisation,
      ...(description !== '' && { description }),
      geometry: { type: 'Point', coordinates: draft.place },
    },
  }
}

/** How many incidents of each type, every type listed (zero too), in the form's order. */
export function countsByType(incidents: readonly Pick<StaffIncident, 'type'>[]): { type: IncidentType; count: number }[] {
  const counts = new Map<IncidentType, number>(incidentTypes.map((type) => [type, 0]))
  for (const incident of incidents) counts.set(incident.type, (counts.get(incident.type) ?? 0) + 1)
  return incidentTypes.map((type) => ({ type, count: counts.get(type) ?? 0 }))
}

/** The incidents at their exact points, for the staff map. */
export function incidentPoints(incidents: readonly StaffIncident[], label: (incident: StaffIncident) => string): FeatureCollection<Point, StaffPointProperties> {
  return {
    type: 'FeatureCollection',
    features: incidents.map(
      (incident): Feature<Point, StaffPointProperties> => ({
        type: 'Feature',
        id: incident.id,
        geometry: { type: 'Point', coordinates: incident.coordinates },
        properties: { point_id: incident.id, stage: 'incident', label: label(incident) },
      }),
    ),
  }
}

/** Newest first by when it happened, then by when it was filed. */
export const byOccurrence = (a: StaffIncident, b: StaffIncident) =>
  Date.parse(b.occurred_at) - Date.parse(a.occurred_at) || Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id
