/**
 * The filters of GeoReport v2's GET requests: `service_request_id` (a comma list, which overrides
 * every other filter, as the spec says), `service_code` and `status` (comma lists), and
 * `start_date`/`end_date` (ISO 8601 with an offset). A date range spans at most 90 days; without
 * one, the last 90 days are shown. Dates are compared with the time a request shows, which is the
 * first instant of the month it was made in: that is all the public may know of it.
 */
import { invalidInput } from '../errors.ts'
import type { FieldProblem } from '../errors.ts'
import { closingStatuses, publicReportStatuses } from '../shared/api/report-schemas.ts'
import type { ReportCategory, ReportStatus } from '../shared/api/report-schemas.ts'
import { isServiceCode, JURISDICTION_ID } from './open311-services.ts'

/** At most this many requests in one answer (the spec's suggestion), the newest first. */
export const MAX_REQUESTS = 1000
/** The longest date range, and the range shown when none is given. */
export const MAX_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

export const open311Statuses = {
  open: publicReportStatuses.filter((status) => !closingStatuses.includes(status)),
  closed: publicReportStatuses.filter((status) => closingStatuses.includes(status)),
} as const
export type Open311Status = keyof typeof open311Statuses

export interface Open311RequestFilter {
  /** These requests only; every other filter is left out. */
  ids?: number[]
  serviceCodes?: ReportCategory[]
  statuses?: ReportStatus[]
  /** Bounds on the shown requested_datetime, inclusive, as ISO 8601 instants. */
  from?: string
  to?: string
}

/** Clients may name our jurisdiction, and send an API key out of habit (none is needed; it is not read). */
const PLAIN_KEYS = new Set(['jurisdiction_id', 'api_key'])
const QUERY_KEYS = new Set([...PLAIN_KEYS, 'service_request_id', 'service_code', 'status', 'start_date', 'end_date'])
/** W3C's profile of ISO 8601 (which GeoReport v2 names): seconds and their fraction are optional. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const ID = /^[1-9][0-9]{0,9}$/

const problem = (field: string, sv: string, en: string): FieldProblem => ({ field, message_sv: sv, message: en })

/** A query string's parameters, checked; throws a 400 listing every problem. */
export function readRequestQuery(query: Record<string, unknown>, now = new Date()): Open311RequestFilter {
  const problems: FieldProblem[] = []
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (!QUERY_KEYS.has(key)) {
      unknownParameter(key, problems)
    } else if (typeof value !== 'string') {
      problems.push(problem(key, `${key} ska anges en gång (en lista skrivs med kommatecken).`, `Give ${key} once (a list is comma-separated).`))
    } else {
      values[key] = value
    }
  }
  checkJurisdiction(values.jurisdiction_id, problems)
  const ids = list(values.service_request_id)?.map((id) => readId(id, problems))
  if (ids && ids.length > MAX_REQUESTS) {
    problems.push(problem('service_request_id', `Högst ${MAX_REQUESTS} id åt gången.`, `At most ${MAX_REQUESTS} ids at a time.`))
  }
  const serviceCodes = list(values.service_code)?.filter((code): code is ReportCategory => {
    if (isServiceCode(code)) return true
    problems.push(problem('service_code', `Okänd tjänstekod: ${code.slice(0, 40)}. Se services.json.`, `Unknown service code: ${code.slice(0, 40)}. See services.json.`))
    return false
  })
  const statuses = list(values.status)?.flatMap((status) => {
    if (status === 'open' || status === 'closed') return open311Statuses[status]
    problems.push(problem('status', 'status kan vara open eller closed.', 'status can be open or closed.'))
    return []
  })
  const start = readDate('start_date', values.start_date, problems)
  const end = readDate('end_date', values.end_date, problems)
  const range = dateRange(start, end, now, problems)
  if (problems.length > 0) throw invalidInput(problems)
  if (ids) return { ids: ids as number[] }
  return { ...(serviceCodes && { serviceCodes }), ...(statuses && { statuses }), ...range }
}

/** The query of a resource without filters (the services, one request, a POST): a jurisdiction and an API key at most. */
export function readPlainQuery(query: Record<string, unknown>): void {
  const problems: FieldProblem[] = []
  for (const [key, value] of Object.entries(query)) {
    if (!PLAIN_KEYS.has(key)) unknownParameter(key, problems)
    else if (typeof value !== 'string') problems.push(problem(key, `${key} ska anges en gång.`, `Give ${key} once.`))
  }
  checkJurisdiction(query.jurisdiction_id, problems)
  if (problems.length > 0) throw invalidInput(problems)
}

function unknownParameter(key: string, problems: FieldProblem[]): void {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
  problems.push(problem(shown, `Parametern ${shown} finns inte här.`, `There is no parameter ${shown} here.`))
}

/** Any jurisdiction but ours is refused; none at all means ours. */
export function checkJurisdiction(value: unknown, problems: FieldProblem[]): void {
  if (value === undefined || value === JURISDICTION_ID) return
  problems.push(
    problem('jurisdiction_id', `Okänd jurisdiction_id: här finns bara ${JURISDICTION_ID}.`, `Unknown jurisdiction_id: this server only serves ${JURISDICTION_ID}.`),
  )
}

/** A comma list's items, without spaces around them; undefined when the parameter was not given. */
const list = (value: string | undefined) => (value === undefined ? undefined : value.split(',').map((item) => item.trim()))

function readId(text: string, problems: FieldProblem[]): number | undefined {
  if (ID.test(text) && Number(text) <= 2_147_483_647) return Number(text)
  problems.push(problem('service_request_id', 'service_request_id ska vara heltal större än noll, åtskilda med kommatecken.', 'service_request_id must be whole numbers above zero, comma-separated.'))
  return undefined
}

function readDate(field: string, text: string | undefined, problems: FieldProblem[]): number | undefined {
  if (text === undefined) return undefined
  const match = DATE_TIME.exec(text)
  const [year, month, day, hour, minute, second = 0] = (match?.slice(1, 7) ?? []).map((part) => (part === undefined ? undefined : Number(part))) as number[]
  const real =
    match && month! >= 1 && month! <= 12 && day! >= 1 && day! <= new Date(Date.UTC(year!, month!, 0)).getUTCDate() && hour! <= 23 && minute! <= 59 && second! <= 59
  const time = real ? Date.parse(text) : NaN
  if (Number.isNaN(time)) {
    problems.push(
      problem(field, `${field} ska vara en tidpunkt enligt ISO 8601 med tidszon, till exempel 2024-05-01T00:00:00+02:00.`, `${field} must be an ISO 8601 date-time with a time zone, e.g. 2024-05-01T00:00:00+02:00.`),
    )
    return undefined
  }
  return time
}

/** The range to show: as given (at most 90 days), 90 days from the one end given, or the last 90 days. */
function dateRange(start: number | undefined, end: number | undefined, now: Date, problems: FieldProblem[]): { from?: string; to?: string } {
  const span = MAX_DAYS * DAY_MS
  if (start !== undefined && end !== undefined) {
    if (start > end) problems.push(problem('start_date', 'start_date ligger efter end_date.', 'start_date is after end_date.'))
    else if (end - start > span) problems.push(problem('end_date', `Datumintervallet får vara högst ${MAX_DAYS} dagar.`, `The date range may span at most ${MAX_DAYS} days.`))
  }
  const from = start ?? (end ?? now.getTime()) - span
  const to = end ?? (start === undefined ? now.getTime() : start + span)
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}
