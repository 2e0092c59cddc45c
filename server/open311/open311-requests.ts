/**
 * Service requests as the public may see them, which is what the open map and the OGC `reports`
 * collection show and nothing more: public statuses only, the place at its grid cell's centre,
 * the text once staff have read it, the month it was made in (shown as the month's first
 * instant), and the month of its latest public status change (shown the same way). The exact
 * time of a change is not given: with the month a report was made in, it would date the report
 * more closely than the `reports` collection, which shows the month only.
 * Open311's status is only open or closed; the public answer and a closing's reason are the
 * status_notes.
 */
import type { Queryable } from '../db/database.ts'
import { coarsenedPoint } from '../reports/coarse-location.ts'
import { categoryLabels } from '../reports/report-labels.ts'
import { PUBLIC_STATUSES_SQL, publicDescription } from '../reports/report-visibility.ts'
import { closingStatuses } from '../shared/api/report-schemas.ts'
import type { ReportCategory, ReportStatus } from '../shared/api/report-schemas.ts'
import type { Open311RequestFilter } from './open311-request-query.ts'
import { MAX_REQUESTS } from './open311-request-query.ts'
import { monthStart } from './stockholm-time.ts'

export interface Open311Request {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string
  service_code: ReportCategory
  description: string | null
  agency_responsible: string
  service_notice: null
  requested_datetime: string
  updated_datetime: string | null
  expected_datetime: null
  address: null
  address_id: null
  zipcode: null
  lat: number
  long: number
  media_url: null
}

interface Row {
  id: number
  category: ReportCategory
  status: ReportStatus
  answer: string
  status_reason: string
  description: string
  reported_month: string
  /** The month (`2024-05`) of the latest public status change, in Swedish time. */
  updated_month: string | null
  lon: number
  lat: number
}

/** The month a report was made in, as its first instant in Swedish time: what the public may know. */
const shownTime = (alias: string) =>
  `(date_trunc('month', ${alias}.reported_at AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm')`

export async function publicRequests(db: Queryable, filter: Open311RequestFilter, gridMetres: number): Promise<Open311Request[]> {
  const rows = await db.query<Row>(
    `SELECT r.id, r.category, r.status, r.answer, r.status_reason, ${publicDescription('r')} AS description,
            to_char(r.reported_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS reported_month,
            (SELECT to_char(max(c.changed_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM')
               FROM report_status_change c WHERE c.report_id = r.id AND c.status IN ${PUBLIC_STATUSES_SQL}) AS updated_month,
            round(ST_X(p.place)::numeric, 6)::float AS lon, round(ST_Y(p.place)::numeric, 6)::float AS lat
       FROM report r
      CROSS JOIN LATERAL (SELECT ST_Transform(${coarsenedPoint('r.geom', '$1::double precision')}, 4326) AS place) p
      WHERE r.status IN ${PUBLIC_STATUSES_SQL}
        AND ($2::integer[] IS NULL OR r.id = ANY($2::integer[]))
        AND ($3::text[] IS NULL OR r.category = ANY($3::text[]))
        AND ($4::text[] IS NULL OR r.status = ANY($4::text[]))
        -- A month's first instant lies at most 31 days before the report: the plain bounds on
        -- reported_at can use its index, the exact ones on the shown time then decide.
        AND ($5::timestamptz IS NULL OR (r.reported_at >= $5::timestamptz AND ${shownTime('r')} >= $5::timestamptz))
        AND ($6::timestamptz IS NULL OR (r.reported_at < $6::timestamptz + interval '32 days' AND ${shownTime('r')} <= $6::timestamptz))
      ORDER BY ${shownTime('r')} DESC, r.id DESC
      LIMIT ${MAX_REQUESTS}`,
    [gridMetres, filter.ids ?? null, filter.serviceCodes ?? null, filter.statuses ?? null, filter.from ?? null, filter.to ?? null],
  )
  return rows.map(asOpen311)
}

function asOpen311(row: Row): Open311Request {
  // The answer and the reason for a closing are what the municipality says publicly about it.
  const notes = [row.answer.trim(), row.status_reason.trim() && `Skäl: ${row.status_reason.trim()}`].filter(Boolean).join('\n\n')
  return {
    service_request_id: String(row.id),
    status: closingStatuses.includes(row.status) ? 'closed' : 'open',
    status_notes: notes || null,
    service_name: categoryLabels[row.category],
    service_code: row.category,
    description: row.description || null,
    agency_responsible: 'Kristinehamns kommun',
    service_notice: null,
    requested_datetime: monthStart(row.reported_month),
    updated_datetime: row.updated_month === null ? null : monthStart(row.updated_month),
    expected_datetime: null,
    address: null,
    address_id: null,
    zipcode: null,
    lat: row.lat,
    long: row.lon,
    media_url: null,
  }
}
