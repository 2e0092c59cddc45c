/**
 * Safety-walk routes from a file: each line becomes a planned (or, when its start lies in the
 * past, done) walk, checked and saved exactly as one planned on the map. The meeting point is the
 * route's first point, as a planner drawing the route would place it.
 */
import type { Queryable } from '../db/database.ts'
import { walkBody, walkLights, walkStatuses } from '../shared/api/walk-schemas.ts'
import { checkInput } from '../validation/parse-input.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import { checkWalkPlace, insertWalk } from '../walks/walk-records.ts'
import { asChoice, asDate, asInstant, asText, asWholeNumber } from './attribute-values.ts'
import type { CheckedFeature, FeatureToCheck, ImportTarget } from './import-target.ts'
import { geometryOfType, ProblemList, toWgs84 } from './import-target.ts'

/** A walk takes about two hours (Boverket's guide); the planner changes it when the file does not say. */
const DEFAULT_DURATION_MINUTES = 120
const DEFAULT_MEETING_POINT_NAME = 'Rutten startpunkt'

export const walkRouteTarget: ImportTarget = {
  name: 'walk-routes',
  fields: [
    { name: 'title', required: true, kind: 'text', suggestedBy: ['title', 'titel', 'namn', 'name', 'rubrik', 'benamning'] },
    { name: 'starts_at', required: true, kind: 'datetime', suggestedBy: ['startsat', 'starttid', 'start', 'tid', 'datum', 'datumtid', 'date', 'starttime', 'when'] },
    { name: 'duration_minutes', required: false, kind: 'integer', suggestedBy: ['durationminutes', 'minuter', 'langd', 'tidsatgang', 'duration', 'minutes'] },
    { name: 'light', required: false, kind: 'choice', choices: [...walkLights], suggestedBy: ['light', 'ljus', 'ljusforhallande', 'belysning'] },
    { name: 'status', required: false, kind: 'choice', choices: [...walkStatuses], suggestedBy: ['status'] },
    { name: 'meeting_point_name', required: false, kind: 'text', suggestedBy: ['meetingpointname', 'samling', 'samlingsplats', 'motesplats', 'meetingpoint', 'start_plats'] },
    { name: 'invited', required: false, kind: 'text', suggestedBy: ['invited', 'inbjudna', 'deltagare'] },
    { name: 'max_participants', required: false, kind: 'integer', suggestedBy: ['maxparticipants', 'maxdeltagare', 'platser'] },
    { name: 'pre_meeting_on', required: false, kind: 'date', suggestedBy: ['premeetingon', 'formote'] },
    { name: 'follow_up_on', required: false, kind: 'date', suggestedBy: ['followupon', 'uppfoljning', 'uppfoljningsmote'] },
    { name: 'how_to_join', required: false, kind: 'text', suggestedBy: ['howtojoin', 'anmalan', 'saharvarmed'] },
  ],
  check: checkWalkRoute,
}

const lightWords = { dagsljus: 'daylight', dag: 'daylight', ljust: 'daylight', morker: 'dark', morkt: 'dark', kvall: 'dark' } as const
const statusWords = { planerad: 'planned', genomford: 'done', klar: 'done', installd: 'cancelled' } as const

async function checkWalkRoute(db: Queryable, feature: FeatureToCheck): Promise<CheckedFeature> {
  const problems = new ProblemList()
  const { attributes } = feature
  const startsAt = problems.take('starts_at', asInstant(attributes.starts_at))
  const started = startsAt !== undefined && Date.parse(startsAt) < Date.now()
  const values = {
    title: problems.take('title', asText(attributes.title)) ?? '',
    starts_at: startsAt ?? '',
    duration_minutes: problems.take('duration_minutes', asWholeNumber(attributes.duration_minutes)) ?? DEFAULT_DURATION_MINUTES,
    light: problems.take('light', asChoice(attributes.light, walkLights, lightWords)) ?? 'daylight',
    status: problems.take('status', asChoice(attributes.status, walkStatuses, statusWords)) ?? (started ? 'done' : 'planned'),
    meeting_point_name: problems.take('meeting_point_name', asText(attributes.meeting_point_name)) ?? DEFAULT_MEETING_POINT_NAME,
    invited: problems.take('invited', asText(attributes.invited)) ?? '',
    max_participants: problems.take('max_participants', asWholeNumber(attributes.max_participants)) ?? null,
    pre_meeting_on: problems.take('pre_meeting_on', asDate(attributes.pre_meeting_on)) ?? null,
    follow_up_on: problems.take('follow_up_on', asDate(attributes.follow_up_on)) ?? null,
    how_to_join: problems.take('how_to_join', asText(attributes.how_to_join)) ?? '',
  }
  if (startsAt === undefined && !problems.items.some((problem) => problem.field === 'starts_at')) {
    problems.add('starts_at', 'Vandringen saknar starttid.', 'The walk has no start time.')
  }
  const geometry = geometryOfType(problems, feature.geometry, ['LineString'], {
    sv: 'en vandringsrutt ska vara en linje (LineString)',
    en: 'a walk route must be a line (LineString)',
  })
  const route = geometry ? await toWgs84(db, problems, geometry, feature.srid) : null
  const label = values.title || null
  const first = Array.isArray(route?.coordinates) ? (route.coordinates[0] as unknown) : undefined
  const body = checkInput(walkBody, { ...values, meeting_point: { type: 'Point', coordinates: first }, route })
  if (!body.success) problems.addIssues(body.error.issues, (path) => (/^(route|meeting_point)\b/.test(path) ? 'geometry' : (path.split('.')[0] ?? '')))
  if (!problems.ok || !body.success) return { label, problems: problems.items, values, preview: route }
  // The same place rules as a walk planned on the map: in the municipality, of a walk's length.
  const place = await problems.run('geometry', () => checkWalkPlace(db, body.data))
  if (!place) return { label, problems: problems.items, values, preview: route }
  const walk = body.data
  return {
    label,
    problems: [],
    values,
    preview: route,
    save: async (tx, { actor, requestId, scope }) => {
      await checkInScope(tx, scope, place.municipalityCode)
      return (await insertWalk(tx, walk, place, actor, requestId)).id
    },
  }
}
