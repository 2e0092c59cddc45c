/**
 * The lists the moderation and incident screens show. The schema modules bring zod, which stays
 * out of the browser, so the lists are repeated here; each Record fails to compile when the
 * server adds a value the list lacks (or drops one it has).
 */
import type { IncidentType, StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import type { ReportCategory, ReportStatus } from '../../../server/shared/api/report-schemas.ts'

export type IncidentOrganisation = StaffIncident['organisation']

const everyStatus: Record<ReportStatus, true> = {
  received: true,
  published: true,
  under_review: true,
  measure_planned: true,
  fixed: true,
  not_actionable: true,
  duplicate: true,
  rejected: true,
}
export const reportStatuses = Object.keys(everyStatus) as ReportStatus[]

/** What the queue calls "open": waiting for moderation or for the municipality to act (the server's 'open'). */
export const openStatuses: readonly ReportStatus[] = ['received', 'published', 'under_review', 'measure_planned']

/** The queue's status filter: 'open', 'all' or one status. */
export type QueueStatusFilter = ReportStatus | 'open' | 'all'
export const queueStatusFilters: readonly QueueStatusFilter[] = ['open', 'all', ...reportStatuses]

const everyCategory: Record<ReportCategory, true> = {
  lighting: true,
  vegetation: true,
  visibility: true,
  paths: true,
  tunnels: true,
  graffiti_littering: true,
  people_groups: true,
  signage: true,
  other: true,
}
export const reportCategories = Object.keys(everyCategory) as ReportCategory[]

const everyIncidentType: Record<IncidentType, true> = {
  damage: true,
  unsafe_place: true,
  threat_staff: true,
  event: true,
  drug_dealing: true,
  littering: true,
  disruptive_group: true,
}
export const incidentTypes = Object.keys(everyIncidentType) as IncidentType[]

const everyOrganisation: Record<IncidentOrganisation, true> = {
  kommun: true,
  bostadsbolag: true,
  vaktbolag: true,
  polis: true,
  raddningstjanst: true,
  hemtjanst: true,
  socialtjanst: true,
  annan: true,
}
export const incidentOrganisations = Object.keys(everyOrganisation) as IncidentOrganisation[]

export const isQueueStatusFilter = (value: unknown): value is QueueStatusFilter =>
  value === 'open' || value === 'all' || (typeof value === 'string' && Object.hasOwn(everyStatus, value))

export const isReportCategory = (value: unknown): value is ReportCategory => typeof value === 'string' && Object.hasOwn(everyCategory, value)
