/**
 * The public report API. Reads go straight to `apiRequest` (no session needed); writes take the
 * session's `call`, which sends the CSRF token when a staff member happens to be logged in.
 */
import type {
  CreateReportBody,
  NearbyReport,
  PlaceMatch,
  ReportReceipt,
  ReportStatusView,
} from '../../../server/shared/api/report-schemas.ts'
import { apiRequest } from '../data/api-client.ts'
import type { ApiCall } from '../data/staff-api.ts'

const id = (value: number) => encodeURIComponent(String(value))

export const sendReport = (call: ApiCall, body: CreateReportBody) => call<ReportReceipt>('POST', '/api/reports', body)

export const fetchNearbyReports = async ([lon, lat]: [number, number], signal?: AbortSignal) =>
  (await apiRequest<{ reports: NearbyReport[] }>('GET', `/api/reports/nearby?lon=${lon.toFixed(6)}&lat=${lat.toFixed(6)}`, { signal })).reports

export const sendMeToo = (call: ApiCall, reportId: number) => call<{ me_too_count: number }>('POST', `/api/reports/${id(reportId)}/me-too`, {})

export const searchPlaces = async (query: string, signal?: AbortSignal) =>
  (await apiRequest<{ places: PlaceMatch[] }>('GET', `/api/places?q=${encodeURIComponent(query.trim())}`, { signal })).places

export const fetchReceipt = (token: string, signal?: AbortSignal) =>
  apiRequest<ReportStatusView>('GET', `/api/reports/receipt/${encodeURIComponent(token)}`, { signal })

export const reportPhotoUrl = (reportId: number) => `/api/reports/${id(reportId)}/photo`

/** The Atom feed of public status changes: the whole municipality, or one box [minLon, minLat, maxLon, maxLat]. */
export function reportFeedUrl(box?: readonly [number, number, number, number]): string {
  if (!box) return '/api/reports/feed.atom'
  // Four decimals (about 10 m) keep the link short; the box is only a filter.
  const [minLon, minLat, maxLon, maxLat] = box
  const floor = (value: number) => (Math.floor(value * 1e4) / 1e4).toFixed(4)
  const ceil = (value: number) => (Math.ceil(value * 1e4) / 1e4).toFixed(4)
  return `/api/reports/feed.atom?bbox=${[floor(minLon), floor(minLat), ceil(maxLon), ceil(maxLat)].join(',')}`
}
