import { coarsenedPoint } from '../reports/coarse-location.ts'
import { PUBLIC_STATUSES_SQL, publicDescription } from '../reports/report-visibility.ts'
import type { SqlParams } from './sql-params.ts'

/** Settings that change how a collection is shown to the public. */
export interface PublicSettings {
  /** Reports are shown at the centre of a square grid cell this many metres wide. */
  reportGridMetres: number
}

export interface LocalText {
  sv: string
  en: string
}

/**
 * A public layer served as an OGC API – Features collection. Every SQL fragment is a constant
 * written here (an allow-list): requests only ever add `$n` values.
 */
export interface CollectionDefinition {
  id: string
  title: LocalText
  description: LocalText
  /** The geometry type a GIS client can expect. */
  itemType: 'Polygon' | 'LineString' | 'Point' | 'Geometry'
  from: string
  /** Which rows the public may see. */
  where: string
  idColumn: string
  /** Features are addressed by a positive integer, or (municipalities) by a four-digit code. */
  idType: 'integer' | 'code'
  /** The geometry shown to the public, in EPSG:3006. */
  geometry: (params: SqlParams, settings: PublicSettings) => string
  /** The indexed column to pre-filter a bbox on, and how far the shown geometry may lie from it along each axis (metres). */
  indexedGeometry: string
  indexSlack: (settings: PublicSettings) => number
  /** A `json_build_object(...)` of the public properties: no personal data ever goes in here. */
  properties: string
  /** The time a feature has, for the collection's temporal extent (as precise as the public may see). */
  time?: string
}

/** A collection shown at its stored geometry, pre-filtered on that same indexed column. */
const storedGeometry = (column: string) => ({ geometry: () => column, indexedGeometry: column, indexSlack: () => 0 })

export const collections: readonly CollectionDefinition[] = [
  {
    id: 'municipalities',
    title: { sv: 'Kommungräns', en: 'Municipal boundary' },
    description: { sv: 'Kommunens gräns (Lantmäteriet).', en: 'The municipal boundary (Lantmäteriet).' },
    itemType: 'Polygon',
    from: 'municipality AS f',
    where: 'true',
    idColumn: 'f.code',
    idType: 'code',
    ...storedGeometry('f.boundary'),
    properties: `json_build_object('code', f.code, 'name', f.name, 'county', f.county)`,
  },
  {
    id: 'urban-areas',
    title: { sv: 'Tätorter', en: 'Urban areas' },
    description: {
      sv: 'Tätorter och annan koncentrerad bebyggelse med befolkning (Lantmäteriet, SCB).',
      en: 'Urban areas and other built-up areas with population (Lantmäteriet, Statistics Sweden).',
    },
    itemType: 'Polygon',
    from: 'urban_area AS f',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('name', f.name, 'kind', f.kind, 'population', f.population,
      'population_year', f.population_year, 'municipality_code', f.municipality_code)`,
  },
  {
    id: 'focus-zones',
    title: { sv: 'Fokusområden', en: 'Focus zones' },
    description: {
      sv: 'Områden där kommunen och polisen lägger särskilt fokus, till exempel centrum.',
      en: 'Zones where the municipality and the police focus their work, such as the town centre.',
    },
    itemType: 'Polygon',
    from: 'focus_zone AS f',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('name', f.name, 'kind', f.kind, 'description', f.description, 'demo', f.is_demo)`,
  },
  {
    id: 'watch-areas',
    title: { sv: 'Grannsamverkansområden', en: 'Neighbourhood watch areas' },
    description: {
      sv: 'Områden med grannsamverkan och deras status. Kontaktombudens uppgifter visas inte.',
      en: 'Neighbourhood watch (grannsamverkan) areas and their status. Contact persons are not shown.',
    },
    itemType: 'Polygon',
    from: 'watch_area AS f',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('name', f.name, 'status', f.status, 'households', f.households,
      'startup_meeting_on', f.startup_meeting_on, 'last_verified_on', f.last_verified_on,
      'last_meeting_on', (SELECT max(m.held_on) FROM meeting m JOIN meeting_area ma ON ma.meeting_id = m.id
                          WHERE ma.area_id = f.id),
      'signs_count', f.signs_count, 'signs_condition', f.signs_condition, 'demo', f.is_demo)`,
  },
  {
    id: 'safety-walks',
    title: { sv: 'Trygghetsvandringar', en: 'Safety walks' },
    description: {
      sv: 'Trygghetsvandringarnas rutter, genomförda och planerade.',
      en: 'Safety walk routes, done and planned.',
    },
    itemType: 'LineString',
    from: 'safety_walk AS f',
    where: "f.status <> 'cancelled'",
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.route'),
    properties: `json_build_object('title', f.title, 'starts_at', f.starts_at, 'light', f.light, 'status', f.status,
      'meeting_point_name', f.meeting_point_name, 'max_participants', f.max_participants, 'invited', f.invited,
      'pre_meeting_on', f.pre_meeting_on, 'follow_up_on', f.follow_up_on, 'duration_minutes', f.duration_minutes,
      'how_to_join', f.how_to_join, 'protocol_published', f.protocol_published_at IS NOT NULL,
      'length_m', round(ST_Length(f.route))::int,
      'observation_count', CASE WHEN f.protocol_published_at IS NOT NULL
                                THEN (SELECT count(*)::int FROM walk_observation o WHERE o.walk_id = f.id) END,
      'demo', f.is_demo)`,
    time: 'f.starts_at',
  },
  {
    id: 'walk-observations',
    title: { sv: 'Observationer från trygghetsvandringar', en: 'Safety walk observations' },
    description: {
      sv: 'Platser som noterades under trygghetsvandringarna, med åtgärd och hur det gått, när protokollet är publicerat.',
      en: 'Places noted on the safety walks, with the measure and how it went, once the protocol is published.',
    },
    itemType: 'Point',
    from: 'walk_observation AS f JOIN safety_walk AS w ON w.id = f.walk_id',
    where: 'w.protocol_published_at IS NOT NULL',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('walk_id', f.walk_id, 'walk_title', w.title, 'observed_on', (w.starts_at AT TIME ZONE 'Europe/Stockholm')::date,
      'category', f.category, 'assessment', f.assessment, 'rating', f.rating, 'description', f.description,
      'proposed_measure', f.proposed_measure, 'responsible', f.responsible, 'priority', f.priority,
      'deadline_on', f.deadline_on, 'measure_status', f.measure_status, 'measure_reason', f.measure_reason,
      'measure_done_on', f.measure_done_on,
      'has_photo', EXISTS (SELECT 1 FROM walk_observation_photo p WHERE p.observation_id = f.id), 'demo', f.is_demo)`,
    time: 'w.starts_at',
  },
  {
    id: 'reports',
    title: { sv: 'Rapporterade otrygga platser', en: 'Reported unsafe places' },
    description: {
      sv: 'Publicerade rapporter från allmänheten. Platsen visas avrundad till ett rutnät, inte exakt.',
      en: 'Published reports from the public. The place is shown rounded to a grid, not exactly.',
    },
    itemType: 'Point',
    from: 'report AS f',
    where: `f.status IN ${PUBLIC_STATUSES_SQL}`,
    idColumn: 'f.id',
    idType: 'integer',
    geometry: (params, settings) => coarsenedPoint('f.geom', params.add(settings.reportGridMetres)),
    indexedGeometry: 'f.geom',
    // A cell's centre is at most half a cell from every point in it, along each axis.
    indexSlack: (settings) => settings.reportGridMetres / 2,
    // The description is public once staff have moderated it (removing personal data, GDPR art. 10).
    properties: `json_build_object('category', f.category, 'time_of_day', f.time_of_day, 'week_part', f.week_part,
      'status', f.status, 'status_reason', f.status_reason, 'answer', f.answer, 'description', ${publicDescription('f')},
      'me_too_count', f.me_too_count,
      'has_photo', EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = f.id AND NOT p.is_hidden),
      'reported_month', to_char(f.reported_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM'), 'demo', f.is_demo)`,
    // Only the month is public, so the extent shows months too.
    time: "date_trunc('month', f.reported_at AT TIME ZONE 'Europe/Stockholm')",
  },
  {
    id: 'measures',
    title: { sv: 'Trygghetsåtgärder', en: 'Safety measures' },
    description: {
      sv: 'Beslutade och genomförda åtgärder i den fysiska miljön: belysning, röjning, sikt med mera, och de som avslogs med skälet. Förslag som ännu inte är beslutade visas inte.',
      en: 'Decided and completed changes to the environment: lighting, clearance, visibility and more, and those rejected with the reason. Proposals not yet decided are not shown.',
    },
    itemType: 'Geometry',
    from: 'measure AS f',
    // A proposal is the planners' working material until it is decided.
    where: "f.status <> 'proposed'",
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('title', f.title, 'description', f.description, 'type', f.type, 'status', f.status,
      'rejected_reason', nullif(f.rejected_reason, ''), 'responsible', f.responsible, 'decided_on', f.decided_on,
      'done_on', f.done_on, 'cost_sek', f.cost_sek, 'demo', f.is_demo)`,
    time: 'coalesce(f.done_on, f.decided_on)',
  },
]

export function findCollection(id: string): CollectionDefinition | undefined {
  return collections.find((collection) => collection.id === id)
}

const idPatterns = { integer: /^[1-9][0-9]{0,8}$/, code: /^[0-9]{4}$/ }

/** Whether `id` has the form of the collection's feature ids (checked before any query). */
export function isValidFeatureId(collection: CollectionDefinition, id: string): boolean {
  return idPatterns[collection.idType].test(id)
}
