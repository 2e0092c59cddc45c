/**
 * The moderation queue as data: its filter (kept in the page's query, so a view can be linked),
 * the API path for it, the points for the map and the statuses in words a resident understands.
 */
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { ReportCategory, ReportStatus, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import type { Role } from '../../../server/shared/roles.ts'
import type { StaffPointProperties } from '../map/moderation-layers.ts'
import type { QueueStatusFilter } from './report-words.ts'
import { isQueueStatusFilter, isReportCategory, openStatuses } from './report-words.ts'

export interface QueueFilter {
  status: QueueStatusFilter
  category: ReportCategory | null
}

export const defaultQueueFilter: QueueFilter = { status: 'open', category: null }

/** Enough for a municipality's open reports; the server caps the list at 500. */
export const QUEUE_LIMIT = 300

const STATUS_PARAM = 'status'
const CATEGORY_PARAM = 'kategori'

/** Everyone on staff reads the queue; the police may not change reports (the server answers 403). */
export const moderationViewers: readonly Role[] = ['polis', 'kommun', 'admin']
export const canModerate = (role: Role | undefined) => role === 'kommun' || role === 'admin'
/** Place names can be imported by those who moderate. */
export const canImportPlaces = canModerate

export function queueFilterFromSearch(search: string): QueueFilter {
  const params = new URLSearchParams(search)
  const status = params.get(STATUS_PARAM)
  const category = params.get(CATEGORY_PARAM)
  return {
    status: isQueueStatusFilter(status) ? status : defaultQueueFilter.status,
    category: isReportCategory(category) ? category : null,
  }
}

/** The page's query for a filter: '' for the default view. */
export function queueSearchFor(filter: QueueFilter): string {
  const params = new URLSearchParams()
  if (filter.status !== defaultQueueFilter.status) params.set(STATUS_PARAM, filter.status)
  if (filter.category) params.set(CATEGORY_PARAM, filter.category)
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function queueApiPath(filter: QueueFilter, limit = QUEUE_LIMIT): string {
  const params = new URLSearchParams({ status: filter.status })
  if (filter.category) params.set('category', filter.category)
  params.set('limit', String(limit))
  return `/api/reports?${params.toString()}`
}

/** How the map groups reports: waiting for moderation, open for the municipality, or closed. */
export type ReportStage = Exclude<StaffPointProperties['stage'], 'incident'>

export function reportStage(status: ReportStatus): ReportStage {
  if (status === 'received') return 'waiting'
  return openStatuses.includes(status) ? 'open' : 'closed'
}

/** The reports at their exact points, for the staff map. */
export function reportPoints(reports: readonly StaffReport[]): FeatureCollection<Point, StaffPointProperties> {
  return {
    type: 'FeatureCollection',
    features: reports.map(
      (report): Feature<Point, StaffPointProperties> => ({
        type: 'Feature',
        id: report.id,
        geometry: { type: 'Point', coordinates: report.coordinates },
        // The number is drawn beside the point, so list and map match without colour.
        properties: { point_id: report.id, stage: reportStage(report.status), label: `#${report.id}` },
      }),
    ),
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string

/** A status in a resident's words; a duplicate names the report it duplicates ("Dubblett av 12"). */
export function statusWord(report: Pick<StaffReport, 'status' | 'duplicate_of'>, t: Translate): string {
  if (report.status === 'duplicate' && report.duplicate_of !== null) return t('moderation.statusOf.duplicate', { id: report.duplicate_of })
  return t(`moderation.status.${report.status}`)
}

/** A distance for a person: whole metres below a kilometre. */
export const roundedMetres = (metres: number) => Math.max(0, Math.round(metres))

/** The start of a text for a list, cut at a word. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`
}
