/**
 * Incidents happen at a wall-clock time in Kristinehamn. The form takes a date and a time as a
 * person reads them in Sweden, whatever the device's own time zone, and sends an ISO time with
 * Sweden's offset on that date (+01:00 in winter, +02:00 in summer).
 */
const ZONE = 'Europe/Stockholm'

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Sweden's offset from UTC in minutes at an instant (60 or 120). */
export function stockholmOffsetMinutes(instant: Date): number {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]))
  const asUtc = Date.UTC(Number(values.year), Number(values.month) - 1, Number(values.day), Number(values.hour), Number(values.minute), Number(values.second))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** The date (YYYY-MM-DD) and time (HH:MM) on a clock in Sweden at an instant. */
export function stockholmWallTime(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + stockholmOffsetMinutes(instant) * 60_000)
  const iso = shifted.toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/
const DAY = 24 * 60 * 60_000

/**
 * A wall-clock date and time in Sweden as ISO 8601 with its offset, or null when either is not
 * a real date or time. In the hour that does not exist in spring the later offset is used; in the
 * hour that comes twice in autumn, the first.
 */
export function stockholmIso(date: string, time: string): string | null {
  const day = DATE.exec(date)
  const clock = TIME.exec(time)
  if (!day || !clock) return null
  const [year, month, dayOfMonth, hour, minute] = [day[1], day[2], day[3], clock[1], clock[2]].map(Number) as [number, number, number, number, number]
  if (hour > 23 || minute > 59) return null
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute)
  const check = new Date(wall)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return null
  // Sweden's two offsets around that day; the one the clock really shows at that instant wins.
  // Both fit in the autumn hour that comes twice: the larger gives the first. Neither fits in the
  // spring hour that is skipped: the offset after it is used.
  const candidates = [...new Set([stockholmOffsetMinutes(new Date(wall - DAY)), stockholmOffsetMinutes(new Date(wall + DAY))])].sort((a, b) => b - a)
  const offset = candidates.find((candidate) => stockholmOffsetMinutes(new Date(wall - candidate * 60_000)) === candidate) ?? stockholmOffsetMinutes(new Date(wall + DAY))
  const sign = offset >= 0 ? '+' : '-'
  const absolute = Math.abs(offset)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date}T${time}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}
