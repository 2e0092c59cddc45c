/**
 * The safety-walk API. Staff reads and writes take the session's `call` (CSRF token, ended
 * session noticed); the public reads go straight to `apiRequest`.
 */
import type {
  ObservationBody,
  ObservationReceipt,
  ProtocolEntryBody,
  RouteProposal,
  UnvisitedHotspot,
  WalkBody,
  WalkObservation,
  WalkProtocol,
  WalkSummary,
  WalkYearStats,
} from '../../../server/shared/api/walk-schemas.ts'
import type { PointGeometry } from '../../../server/shared/api/report-schemas.ts'
import { apiRequest } from '../data/api-client.ts'
import type { ApiCall } from '../data/staff-api.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const listWalks = async (call: ApiCall) => (await call<{ walks: WalkSummary[] }>('GET', '/api/walks')).walks

export const fetchWalk = (call: ApiCall, walkId: number) => call<WalkSummary>('GET', `/api/walks/${id(walkId)}`)

export const createWalk = (call: ApiCall, body: WalkBody) => call<WalkSummary>('POST', '/api/walks', body)

export const replaceWalk = (call: ApiCall, walkId: number, body: WalkBody) => call<WalkSummary>('PUT', `/api/walks/${id(walkId)}`, body)

/** Sent from the phone; a resend with the same `client_id` returns the first receipt. */
export const sendObservation = (call: ApiCall, walkId: number, body: ObservationBody) =>
  call<ObservationReceipt>('POST', `/api/walks/${id(walkId)}/observations`, body)

export const updateProtocolEntry = (call: ApiCall, observationId: number, body: ProtocolEntryBody) =>
  call<WalkObservation>('PUT', `/api/walk-observations/${id(observationId)}`, body)

export const publishProtocol = (call: ApiCall, walkId: number, summary: string) =>
  call<WalkProtocol>('POST', `/api/walks/${id(walkId)}/protocol/publish`, { protocol_summary: summary })

export const withdrawProtocol = (call: ApiCall, walkId: number) => call<WalkProtocol>('POST', `/api/walks/${id(walkId)}/protocol/withdraw`, {})

/** Staff see a protocol while they write it; the public only once it is published (404 before). */
export const fetchProtocol = (walkId: number, signal?: AbortSignal) =>
  apiRequest<WalkProtocol>('GET', `/api/walks/${id(walkId)}/protocol`, { signal })

export const fetchWalkStats = async (signal?: AbortSignal) =>
  (await apiRequest<{ years: WalkYearStats[] }>('GET', '/api/walks/stats', { signal })).years

export const fetchUnvisitedHotspots = async (call: ApiCall, options: { months: number; minPoints: number }) =>
  (await call<{ hotspots: UnvisitedHotspot[] }>('GET', `/api/walks/unvisited-hotspots?months=${options.months}&min_points=${options.minPoints}`))
    .hotspots

export const proposeRoute = (call: ApiCall, start: PointGeometry, stops: PointGeometry[]) =>
  call<RouteProposal>('POST', '/api/walks/route-proposal', { start, stops })

export const observationPhotoUrl = (observationId: number) => `/api/walk-observations/${id(observationId)}/photo`

/** The walks as an iCalendar feed; `webcal:` makes a phone offer to subscribe. */
export const CALENDAR_PATH = '/api/walks/calendar.ics'
export const calendarSubscribeUrl = (origin: string) => `${origin.replace(/^https?:/, 'webcal:')}${CALENDAR_PATH}`
