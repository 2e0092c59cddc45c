/**
 * The walk form's rules: a walk as the form holds it (strings, as inputs give them), the body the
 * server takes, and what is missing before anything is sent. The server checks every rule again,
 * including the order of the meetings, whose message is the server's own.
 */
import type { Position } from 'geojson'
import type { WalkBody, WalkStatus, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { stockholmIso, stockholmWallTime } from '../moderation/stockholm-time.ts'
import type { WalkLight } from '../walks/walk-options.ts'
import { MAX_PARTICIPANTS, SUGGESTED_PARTICIPANTS } from '../walks/walk-options.ts'

export interface WalkDraft {
  title: string
  /** The walk's date and time on a clock in Sweden. */
  date: string
  time: string
  duration: string
  light: WalkLight
  status: WalkStatus
  meetingPointName: string
  /** [lon, lat], tapped on the map or from a place name. */
  meetingPoint: [number, number] | null
  /** The route's positions as drawn; null while fewer than two are set. */
  route: Position[] | null
  invited: string
  maxParticipants: string
  preMeetingOn: string
  followUpOn: string
  howToJoin: string
}

/** A problem found before sending: `field` is the server's field name, `key` is under `walkPlanning.problems`. */
export interface DraftProblem {
  field: string
  key: string
}

export type DraftResult = { ok: true; body: WalkBody } | { ok: false; problems: DraftProblem[] }

export const MIN_DURATION = 15
export const MAX_DURATION = 480

/** A new walk: an evening walk of an hour and a half for the method's twenty participants. */
export function emptyDraft(): WalkDraft {
  return {
    title: '',
    date: '',
    time: '18:00',
    duration: '90',
    light: 'dark',
    status: 'planned',
    meetingPointName: '',
    meetingPoint: null,
    route: null,
    invited: '',
    maxParticipants: String(SUGGESTED_PARTICIPANTS),
    preMeetingOn: '',
    followUpOn: '',
    howToJoin: '',
  }
}

export function draftFromWalk(walk: WalkSummary): WalkDraft {
  const wall = stockholmWallTime(new Date(walk.starts_at))
  return {
    title: walk.title,
    date: wall.date,
    time: wall.time,
    duration: String(walk.duration_minutes),
    light: walk.light,
    status: walk.status,
    meetingPointName: walk.meeting_point_name,
    meetingPoint: [walk.meeting_point.coordinates[0], walk.meeting_point.coordinates[1]],
    route: walk.route.coordinates.map(([lon, lat]) => [lon, lat]),
    invited: walk.invited,
    maxParticipants: walk.max_participants === null ? '' : String(walk.max_participants),
    preMeetingOn: walk.pre_meeting_on ?? '',
    followUpOn: walk.follow_up_on ?? '',
    howToJoin: walk.how_to_join,
  }
}

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null)

/** The body to send, or what is missing, field by field in the form's order. */
export function walkBody(draft: WalkDraft): DraftResult {
  const problems: DraftProblem[] = []
  const title = draft.title.trim()
  if (title.length < 3) problems.push({ field: 'title', key: 'titleMissing' })
  const startsAt = stockholmIso(draft.date, draft.time)
  if (draft.date === '') problems.push({ field: 'starts_at', key: 'dateMissing' })
  else if (draft.time === '') problems.push({ field: 'starts_at_time', key: 'timeMissing' })
  else if (startsAt === null) problems.push({ field: 'starts_at', key: 'dateInvalid' })
  const duration = wholeNumber(draft.duration)
  if (duration === null || duration < MIN_DURATION || duration > MAX_DURATION) problems.push({ field: 'duration_minutes', key: 'duration' })
  const meetingPointName = draft.meetingPointName.trim()
  if (meetingPointName.length < 2) problems.push({ field: 'meeting_point_name', key: 'meetingPointNameMissing' })
  if (draft.meetingPoint === null) problems.push({ field: 'meeting_point', key: 'meetingPointMissing' })
  if (draft.route === null || draft.route.length < 2) problems.push({ field: 'route', key: 'routeMissing' })
  const participants = draft.maxParticipants.trim() === '' ? null : wholeNumber(draft.maxParticipants)
  if (draft.maxParticipants.trim() !== '' && (participants === null || participants < 1 || participants > MAX_PARTICIPANTS)) {
    problems.push({ field: 'max_participants', key: 'participants' })
  }
  if (problems.length > 0 || startsAt === null || duration === null || draft.meetingPoint === null || draft.route === null) {
    return { ok: false, problems }
  }
  return {
    ok: true,
    body: {
      title,
      starts_at: startsAt,
      duration_minutes: duration,
      light: draft.light,
      status: draft.status,
      meeting_point_name: meetingPointName,
      meeting_point: { type: 'Point', coordinates: draft.meetingPoint },
      route: { type: 'LineString', coordinates: draft.route.map(([lon, lat]) => [round6(lon ?? 0), round6(lat ?? 0)] as [number, number]) },
      invited: draft.invited.trim(),
      max_participants: participants,
      pre_meeting_on: draft.preMeetingOn === '' ? null : draft.preMeetingOn,
      follow_up_on: draft.followUpOn === '' ? null : draft.followUpOn,
      how_to_join: draft.howToJoin.trim(),
    },
  }
}

/** Six decimals are about 10 cm: more would only pretend to a precision a click does not have. */
export const round6 = (value: number) => Math.round(value * 1e6) / 1e6
