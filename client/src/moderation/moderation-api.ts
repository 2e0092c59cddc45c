/**
 * The staff API of issue 6: the moderation queue, moderating one report, its original texts,
 * place names (search and import) and staff incidents. Each function takes the session's `call`
 * (CSRF token on writes, ended sessions noticed).
 */
import type { CreateIncidentBody, StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import type {
  ImportPlacesBody,
  ModerateReportBody,
  PlaceImportReport,
  PlaceMatch,
  StaffReport,
} from '../../../server/shared/api/report-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import type { QueueFilter } from './report-queue.ts'
import { queueApiPath } from './report-queue.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const fetchStaffReports = async (call: ApiCall, filter: QueueFilter) =>
  (await call<{ reports: StaffReport[] }>('GET', queueApiPath(filter))).reports

export const moderateReport = (call: ApiCall, reportId: number, change: ModerateReportBody) =>
  call<StaffReport>('PATCH', `/api/reports/${id(reportId)}`, change)

/** The photo as staff see it (also when hidden from the public): an image URL with the session cookie. */
export const staffPhotoUrl = (reportId: number) => `/api/reports/${id(reportId)}/photo`

export interface OriginalText {
  description: string
  replaced_at: string
}

/** The words a report had before staff removed personal data (kommun and admin). */
export const fetchOriginalTexts = async (call: ApiCall, reportId: number) =>
  (await call<{ originals: OriginalText[] }>('GET', `/api/reports/${id(reportId)}/original-texts`)).originals

/** A dry run answers with the report; a real import saves all rows or none. */
export const importPlaces = (call: ApiCall, body: ImportPlacesBody) => call<PlaceImportReport>('POST', '/api/places/import', body)

export const searchPlaces = async (call: ApiCall, query: string) =>
  (await call<{ places: PlaceMatch[] }>('GET', `/api/places?q=${encodeURIComponent(query)}`)).places

export const createIncident = (call: ApiCall, body: CreateIncidentBody) => call<StaffIncident>('POST', '/api/incidents', body)

export const fetchIncidents = async (call: ApiCall, days: number) =>
  (await call<{ incidents: StaffIncident[] }>('GET', `/api/incidents?days=${id(days)}`)).incidents
