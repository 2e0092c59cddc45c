import { badRequest } from '../errors.ts'

/**
 * One end of a `datetime` filter: an RFC 3339 date-time (an instant), or a full date, which means
 * the whole day in Swedish time (the municipality's day, not UTC's).
 */
export interface TimeBound {
  kind: 'date-time' | 'date'
  /** A date-time as ISO 8601 in UTC, or a date as YYYY-MM-DD. */
  value: string
}

/** An instant (`start` and `end` the same bound) or an interval; an open end is absent. */
export interface DatetimeFilter {
  instant: boolean
  start?: TimeBound | undefined
  end?: TimeBound | undefined
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const malformed = () =>
  badRequest(
    'invalid_datetime',
    'datetime ska vara en tidpunkt eller ett intervall enligt RFC 3339, till exempel 2024-05-01T12:00:00Z, 2024-01-01/2024-12-31 eller 2024-01-01T00:00:00Z/.. (.. för ett öppet slut).',
    'datetime must be an instant or an interval in RFC 3339, e.g. 2024-05-01T12:00:00Z, 2024-01-01/2024-12-31 or 2024-01-01T00:00:00Z/.. (.. for an open end).',
  )

/**
 * Reads `datetime` as OGC API – Features Part 1 (§7.15.4) defines it: an instant, or an interval
 * `start/end` where `..` or an empty string leaves one end open (the grammar allows at most one:
 * `../..` and `/` are not intervals). Anything else is a 400.
 */
export function parseDatetime(value: unknown): DatetimeFilter {
  if (typeof value !== 'string' || value.length > 100) throw malformed()
  const parts = value.split('/')
  if (parts.length === 1) {
    const instant = parseBound(parts[0] as string)
    if (!instant) throw malformed()
    return { instant: true, start: instant, end: instant }
  }
  if (parts.length !== 2) throw malformed()
  const [start, end] = parts.map((part) => (part === '..' || part === '' ? undefined : parseBound(part) ?? null))
  if (start === null || end === null || (!start && !end)) throw malformed()
  if (start && end && startOf(start) >= endOf(end)) {
    throw badRequest(
      'invalid_datetime',
      'datetime: intervallets start ligger efter dess slut.',
      'datetime: the interval starts after it ends.',
    )
  }
  return { instant: false, start, end }
}

function parseBound(text: string): TimeBound | undefined {
  const dateTime = DATE_TIME.exec(text)
  if (dateTime) {
    const [, year, month, day, hour, minute, second] = dateTime.map(Number) as number[]
    if (!isRealDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 60) return undefined
    const time = Date.parse(text.replace(/[tz]/g, (letter) => letter.toUpperCase()))
    return Number.isNaN(time) ? undefined : { kind: 'date-time', value: new Date(time).toISOString() }
  }
  const date = DATE.exec(text)
  if (date) {
    const [, year, month, day] = date.map(Number) as number[]
    return isRealDate(year!, month!, day!) ? { kind: 'date', value: text } : undefined
  }
  return undefined
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const stockholmClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** How far Swedish clocks are ahead of UTC at an instant (ms). */
function stockholmOffset(instant: number): number {
  const part = Object.fromEntries(stockholmClock.formatToParts(instant).map(({ type, value }) => [type, Number(value)]))
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - instant
}

/**
 * The first instant of a Swedish day (ms). At 00:00 UTC the Swedish clock already shows the offset
 * it had at its own midnight: summer time changes at 01:00 UTC.
 */
export function swedishDayStart(date: string, daysLater = 0): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const utcMidnight = Date.UTC(year, month - 1, day + daysLater)
  return utcMidnight - stockholmOffset(utcMidnight)
}

// The order is checked on real instants: a date is its Swedish day, from its first instant up to
// (not including) the next day's, the same span the SQL filter gives it.
const startOf = (bound: TimeBound) => (bound.kind === 'date' ? swedishDayStart(bound.value) : Date.parse(bound.value))
const endOf = (bound: TimeBound) => (bound.kind === 'date' ? swedishDayStart(bound.value, 1) : Date.parse(bound.value) + 1)
