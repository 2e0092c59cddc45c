import type { DatetimeFilter, TimeBound } from './datetime-param.ts'
import type { SqlParams } from './sql-params.ts'

/** A date's first instant in Swedish time. */
const dayStart = (date: string, daysLater = 0) =>
  `((${date}::date + ${daysLater})::timestamp AT TIME ZONE 'Europe/Stockholm')`

/**
 * A collection's time: an instant (`start`), or a span from `start` up to, not including, `end`
 * (a public report's month: its time is known only to the month, so it is that whole month).
 */
export interface FeatureTime {
  start: string
  end?: string | undefined
}

/**
 * The SQL test of a collection's time (timestamptz expressions) against `datetime`. A feature
 * without a time never matches a filter. A date means the whole Swedish day: as an instant, any
 * time that day; as an interval's end, up to the end of that day. A feature whose time is a span
 * matches when the span and the filter overlap.
 */
export function datetimeCondition(time: FeatureTime, filter: DatetimeFilter, params: SqlParams): string {
  const { start } = time
  // The feature's last instant is before `end`; an instant feature's is its start.
  const after = (instant: string) => (time.end ? `${time.end} > ${instant}` : `${start} >= ${instant}`)
  const conditions = [`${start} IS NOT NULL`]
  const from = (bound: TimeBound) => after(bound.kind === 'date' ? dayStart(params.add(bound.value)) : `${params.add(bound.value)}::timestamptz`)
  const to = (bound: TimeBound) =>
    bound.kind === 'date' ? `${start} < ${dayStart(params.add(bound.value), 1)}` : `${start} <= ${params.add(bound.value)}::timestamptz`
  if (filter.instant && filter.start?.kind === 'date-time' && !time.end) {
    conditions.push(`${start} = ${params.add(filter.start.value)}::timestamptz`)
  } else {
    // On a span an instant t is the interval t/t: the span holds it when start <= t < end.
    if (filter.start) conditions.push(from(filter.start))
    if (filter.end) conditions.push(to(filter.end))
  }
  return `(${conditions.join(' AND ')})`
}
