/**
 * The grannsamverkan API: the register, one area's record, its contact persons, meetings and the
 * promise's progress. Each function takes the session's `call` (CSRF token, ended sessions).
 */
import type { Coverage } from '../../../server/shared/api/coverage-schemas.ts'
import type { ContactBody, ContactChangeBody } from '../../../server/shared/api/contact-schemas.ts'
import type { ImportAreasBody, ImportReport } from '../../../server/shared/api/import-schemas.ts'
import type { GrannsamverkanYear, Meeting, MeetingBody } from '../../../server/shared/api/meeting-schemas.ts'
import type {
  ContactPerson,
  CreateWatchAreaBody,
  Register,
  UpdateWatchAreaBody,
  WatchAreaRecord,
} from '../../../server/shared/api/watch-area-schemas.ts'
import type { ApiCall } from './staff-api.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const fetchRegister = (call: ApiCall) => call<Register>('GET', '/api/watch-areas')

export const fetchWatchArea = (call: ApiCall, areaId: number) => call<WatchAreaRecord>('GET', `/api/watch-areas/${id(areaId)}`)

export const createWatchArea = (call: ApiCall, body: CreateWatchAreaBody) => call<WatchAreaRecord>('POST', '/api/watch-areas', body)

export const updateWatchArea = (call: ApiCall, areaId: number, change: UpdateWatchAreaBody) =>
  call<WatchAreaRecord>('PATCH', `/api/watch-areas/${id(areaId)}`, change)

export const addContact = (call: ApiCall, areaId: number, body: ContactBody) =>
  call<ContactPerson>('POST', `/api/watch-areas/${id(areaId)}/contacts`, body)

export const updateContact = (call: ApiCall, contactId: number, change: ContactChangeBody) =>
  call<ContactPerson>('PATCH', `/api/contacts/${id(contactId)}`, change)

export const removeContact = (call: ApiCall, contactId: number) => call<void>('DELETE', `/api/contacts/${id(contactId)}`, {})

export const fetchMeetings = async (call: ApiCall, areaId: number) =>
  (await call<{ meetings: Meeting[] }>('GET', `/api/meetings?area_id=${id(areaId)}`)).meetings

export const logMeeting = (call: ApiCall, body: MeetingBody) => call<Meeting>('POST', '/api/meetings', body)

export const removeMeeting = (call: ApiCall, meetingId: number) => call<void>('DELETE', `/api/meetings/${id(meetingId)}`, {})

export const fetchProgress = async (call: ApiCall) => (await call<{ years: GrannsamverkanYear[] }>('GET', '/api/grannsamverkan/progress')).years

export const fetchCoverage = (call: ApiCall) => call<Coverage>('GET', '/api/grannsamverkan/coverage')

export type ExportFormat = 'csv' | 'geojson'

/** The register as a file: a plain link, so the browser downloads it with the session cookie. */
export const registerExportUrl = (format: ExportFormat, personal: boolean) =>
  `/api/watch-areas/export?format=${format}${personal ? '&personal=true' : ''}`

/** A dry run answers 200 with the report; a real import 201, or 400 naming each feature's problem. */
export const importWatchAreas = (call: ApiCall, body: ImportAreasBody) => call<ImportReport>('POST', '/api/watch-areas/import', body)
