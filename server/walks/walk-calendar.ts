/**
 * The walks as an iCalendar feed (RFC 5545) that a phone calendar can subscribe to: upcoming
 * walks and those of the last three months, a cancelled one marked as such so that subscribers
 * see the change. No participant is named.
 */
import type { Queryable } from '../db/database.ts'
import { pagePaths } from '../shared/page-paths.ts'

interface CalendarWalk {
  id: number
  title: string
  starts_at: Date
  duration_minutes: number
  light: 'daylight' | 'dark'
  status: 'planned' | 'done' | 'cancelled'
  meeting_point_name: string
  how_to_join: string
  max_participants: number | null
  lon: number
  lat: number
  updated_at: Date
}

/**
 * `base` makes the links; `host` the events' UIDs, which must stay the same whatever address a
 * calendar subscribed with.
 */
export async function walkCalendar(db: Queryable, base: string, host: string, generatedAt = new Date()): Promise<string> {
  const walks = await db.query<CalendarWalk>(
    `SELECT id, title, starts_at, duration_minutes, light, status, meeting_point_name, how_to_join, max_participants,
            ST_X(ST_Transform(meeting_point, 4326)) AS lon, ST_Y(ST_Transform(meeting_point, 4326)) AS lat, updated_at
       FROM safety_walk WHERE starts_at >= now() - interval '3 months' ORDER BY starts_at, id`,
  )
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trygghetskartan//Trygghetsvandringar//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Trygghetsvandringar i Kristinehamn',
    'X-WR-TIMEZONE:Europe/Stockholm',
    ...walks.flatMap((walk) => walkEvent(walk, base, host, generatedAt)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

function walkEvent(walk: CalendarWalk, base: string, host: string, generatedAt: Date): string[] {
  const url = `${base}${pagePaths.walkInfo}?id=${walk.id}`
  const light = walk.light === 'dark' ? 'Vandring efter mörkrets inbrott.' : 'Vandring i dagsljus.'
  const places = walk.max_participants ? ` Högst ${walk.max_participants} deltagare.` : ''
  const description = [walk.how_to_join, `${light}${places}`, url].filter(Boolean).join('\n\n')
  return [
    'BEGIN:VEVENT',
    `UID:walk-${walk.id}@${host}`,
    `DTSTAMP:${utcStamp(generatedAt)}`,
    `LAST-MODIFIED:${utcStamp(walk.updated_at)}`,
    // Minutes since 1970 at the last change: a later change gets a higher number, so a calendar
    // takes a moved or cancelled walk as an update of the same event.
    `SEQUENCE:${Math.floor(walk.updated_at.getTime() / 60_000)}`,
    `DTSTART:${utcStamp(walk.starts_at)}`,
    `DTEND:${utcStamp(new Date(walk.starts_at.getTime() + walk.duration_minutes * 60_000))}`,
    `SUMMARY:${escapeText(walk.title)}`,
    `LOCATION:${escapeText(walk.meeting_point_name)}`,
    `GEO:${walk.lat.toFixed(6)};${walk.lon.toFixed(6)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    `STATUS:${walk.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ]
}

/** 20261124T180000Z */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character)
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
