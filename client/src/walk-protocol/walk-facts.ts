/**
 * A walk as the public pages show it, from either source: the protocol's walk (GET
 * /api/walks/:id/protocol) or a feature of the open OGC collection `safety-walks` (which has no
 * meeting point geometry and no protocol summary). Upcoming walks come first, soonest first;
 * past walks newest first.
 */
import type { LineString } from 'geojson'
import type { PointGeometry } from '../../../server/shared/api/report-schemas.ts'
import type { WalkStatus, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import type { MapFeature, MapFeatureCollection } from '../data/collections.ts'
import type { WalkLight } from '../walks/walk-options.ts'

export interface WalkFacts {
  id: number
  title: string
  starts_at: string
  duration_minutes: number | null
  light: WalkLight | null
  status: WalkStatus
  meeting_point_name: string
  meeting_point: PointGeometry | null
  route: LineString | null
  length_m: number | null
  invited: string
  max_participants: number | null
  follow_up_on: string | null
  how_to_join: string
  protocol_published: boolean
  demo: boolean
}

export function factsFromSummary(walk: WalkSummary): WalkFacts {
  return {
    id: walk.id,
    title: walk.title,
    starts_at: walk.starts_at,
    duration_minutes: walk.duration_minutes,
    light: walk.light,
    status: walk.status,
    meeting_point_name: walk.meeting_point_name,
    meeting_point: walk.meeting_point,
    route: walk.route,
    length_m: walk.length_m,
    invited: walk.invited,
    max_participants: walk.max_participants,
    follow_up_on: walk.follow_up_on,
    how_to_join: walk.how_to_join,
    protocol_published: walk.protocol_published_at !== null,
    demo: false,
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const statuses: readonly WalkStatus[] = ['planned', 'done', 'cancelled']

/** A feature of `safety-walks`; null when it lacks what every walk has (an id and a start). */
export function factsFromFeature(feature: MapFeature): WalkFacts | null {
  const p = feature.properties
  const id = Number(feature.id)
  if (!Number.isInteger(id) || typeof p.starts_at !== 'string') return null
  const status = statuses.find((value) => value === p.status) ?? 'planned'
  return {
    id,
    title: text(p.title),
    starts_at: p.starts_at,
    duration_minutes: numberOrNull(p.duration_minutes),
    light: p.light === 'dark' || p.light === 'daylight' ? p.light : null,
    status,
    meeting_point_name: text(p.meeting_point_name),
    meeting_point: null,
    route: feature.geometry?.type === 'LineString' ? feature.geometry : null,
    length_m: numberOrNull(p.length_m),
    invited: text(p.invited),
    max_participants: numberOrNull(p.max_participants),
    follow_up_on: typeof p.follow_up_on === 'string' ? p.follow_up_on.slice(0, 10) : null,
    how_to_join: text(p.how_to_join),
    protocol_published: p.protocol_published === true,
    demo: p.demo === true,
  }
}

export interface WalkLists {
  /** Planned walks that have not ended yet, soonest first. */
  upcoming: WalkFacts[]
  /** Walks that were held, or planned ones whose time has passed, newest first. */
  past: WalkFacts[]
}

export function splitWalks(collection: MapFeatureCollection, now: Date): WalkLists {
  const walks = collection.features.map(factsFromFeature).filter((walk): walk is WalkFacts => walk !== null && walk.status !== 'cancelled')
  const start = (walk: WalkFacts) => Date.parse(walk.starts_at)
  const ended = (walk: WalkFacts) => start(walk) + (walk.duration_minutes ?? 0) * 60_000 < now.getTime()
  const upcoming = walks.filter((walk) => walk.status === 'planned' && !ended(walk)).sort((a, b) => start(a) - start(b))
  const past = walks.filter((walk) => !upcoming.includes(walk)).sort((a, b) => start(b) - start(a))
  return { upcoming, past }
}

/** 120 → "2 tim", 90 → "1 tim 30 min", 45 → "45 min". */
export function durationText(minutes: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('walkProtocol.duration.minutes', { minutes: rest })
  if (rest === 0) return t('walkProtocol.duration.hours', { hours })
  return t('walkProtocol.duration.hoursMinutes', { hours, minutes: rest })
}

/** The calendar date of an instant in Sweden ('YYYY-MM-DD'), the walk's date wherever the reader is. */
export function swedishDate(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))
}
