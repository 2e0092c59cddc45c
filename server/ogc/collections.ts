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
  /**
   * The time a feature has (a timestamptz expression, as precise as the readers may see): the
   * collection's temporal extent, and what `datetime` filters on. A collection without it takes no `datetime`.
   */
  time?: string
  /**
   * Where the time is known only to a period (a month): the period's end, not included. Then the
   * feature's time is the span [time, timeEnd), and `datetime` matches what overlaps it.
   */
  timeEnd?: string
  /**
   * Served only to a request with a staff session or an API token: the exact places and the
   * working material staff need in their GIS, which staff may see in the app anyway (such as the
   * observations of walks whose protocol is not yet published, and reports' texts as staff see
   * them). Never personal data: no reporter's or contact person's details, no author.
   */
  staffOnly?: boolean
  /**
   * For a staff collection, the municipality a row belongs to: a kommun account reads only its
   * own municipality's rows (server/municipalities/staff-scope.ts).
   */
  municipalityColumn?: string
  /**
   * The public points already counted per place, in a table that triggers keep: a zoomed-out tile
   * of all time clusters these few rows instead of every point (server/tiles/tile-query.ts).
   * `places` selects each place's `geom` (EPSG:3857), `n` points and `id` (its smallest) inside
   * `envelope`; `counted` is true when the table was counted for these settings.
   */
  countedPlaces?: (params: SqlParams, settings: PublicSettings, envelope: string) => { places: string; counted: string }
}

/** A collection shown at its stored geometry, pre-filtered on that same indexed column. */
const storedGeometry = (column: string) => ({ geometry: () => column, indexedGeometry: column, indexSlack: () => 0 })

/** The public collections. */
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
      'municipality_code', f.municipality_code, 'demo', f.is_demo)`,
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
    // Migration 012 and server/reports/report-places.ts.
    countedPlaces: (params, settings, envelope) => ({
      places: `SELECT ST_SetSRID(ST_MakePoint(p.mercator_x, p.mercator_y), 3857) AS geom, p.reports AS n, p.first_report_id AS id
                 FROM public_report_place AS p WHERE p.geom && ST_Transform(${envelope}, 3006)`,
      counted: `(SELECT g.metres FROM report_grid AS g) = ${params.add(settings.reportGridMetres)}`,
    }),
    // The description is public once staff have moderated it (removing personal data, GDPR art. 10).
    properties: `json_build_object('category', f.category, 'time_of_day', f.time_of_day, 'week_part', f.week_part,
      'status', f.status, 'status_reason', f.status_reason, 'answer', f.answer, 'description', ${publicDescription('f')},
      'me_too_count', f.me_too_count,
      'has_photo', EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = f.id AND NOT p.is_hidden),
      'reported_month', to_char(f.reported_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM'), 'demo', f.is_demo)`,
    // Only the month is public, so the extent and the datetime filter see months too: a report's
    // time is its whole month, and a filter on a day in that month finds it.
    time: "date_trunc('month', f.reported_at, 'Europe/Stockholm')",
    timeEnd: "((date_trunc('month', f.reported_at, 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm' + interval '1 month') AT TIME ZONE 'Europe/Stockholm')",
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
    time: "(coalesce(f.done_on, f.decided_on)::timestamp AT TIME ZONE 'Europe/Stockholm')",
  },
]

/** A staff description of a report: only text that staff have read for personal data, and never that of a rejected report (it describes people). */
const reviewedDescription = `CASE WHEN f.text_reviewed AND f.status <> 'rejected' THEN f.description ELSE '' END`

export const staffCollections: readonly CollectionDefinition[] = [
  {
    id: 'staff-reports',
    title: { sv: 'Alla rapporter (personal)', en: 'All reports (staff)' },
    description: {
      sv: 'Alla rapporter med exakt plats och status, även de som väntar på granskning eller avvisats. Texten visas när personal har granskat den. Inga uppgifter om vem som rapporterade.',
      en: 'Every report at its exact place with its status, also those awaiting moderation or rejected. The text is shown once staff have reviewed it. Nothing about who reported.',
    },
    itemType: 'Point',
    from: 'report AS f',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('category', f.category, 'time_of_day', f.time_of_day, 'week_part', f.week_part,
      'status', f.status, 'status_reason', f.status_reason, 'answer', f.answer, 'description', ${reviewedDescription},
      'text_reviewed', f.text_reviewed, 'me_too_count', f.me_too_count, 'duplicate_of', f.duplicate_of,
      'has_photo', EXISTS (SELECT 1 FROM report_photo p WHERE p.report_id = f.id),
      'reported_at', f.reported_at, 'closed_at', f.closed_at, 'demo', f.is_demo)`,
    time: 'f.reported_at',
    staffOnly: true,
    municipalityColumn: 'f.municipality_code',
  },
  {
    id: 'staff-measures',
    title: { sv: 'Alla åtgärder (personal)', en: 'All measures (staff)' },
    description: {
      sv: 'Alla åtgärder, även förslag som ännu inte är beslutade, med antalet rapporter och observationer de svarar på.',
      en: 'Every measure, also proposals not yet decided, with the number of reports and observations they answer.',
    },
    itemType: 'Geometry',
    from: 'measure AS f',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    // responsible_detail is left out: it may name a person.
    properties: `json_build_object('title', f.title, 'description', f.description, 'type', f.type, 'status', f.status,
      'rejected_reason', nullif(f.rejected_reason, ''), 'responsible', f.responsible, 'proposed_on', f.proposed_on,
      'decided_on', f.decided_on, 'done_on', f.done_on, 'cost_sek', f.cost_sek,
      'report_count', (SELECT count(*)::int FROM measure_report mr WHERE mr.measure_id = f.id),
      'observation_count', (SELECT count(*)::int FROM measure_observation mo WHERE mo.measure_id = f.id),
      'demo', f.is_demo)`,
    time: "(coalesce(f.done_on, f.decided_on, f.proposed_on)::timestamp AT TIME ZONE 'Europe/Stockholm')",
    staffOnly: true,
    municipalityColumn: 'f.municipality_code',
  },
  {
    id: 'staff-walk-observations',
    title: { sv: 'Alla observationer från trygghetsvandringar (personal)', en: 'All safety walk observations (staff)' },
    description: {
      sv: 'Alla observationer, även från vandringar vars protokoll inte är publicerat. Vem som noterade dem visas inte.',
      en: 'Every observation, also from walks whose protocol is not published. Who noted them is not shown.',
    },
    itemType: 'Point',
    from: 'walk_observation AS f JOIN safety_walk AS w ON w.id = f.walk_id',
    where: 'true',
    idColumn: 'f.id',
    idType: 'integer',
    ...storedGeometry('f.geom'),
    properties: `json_build_object('walk_id', f.walk_id, 'walk_title', w.title, 'walk_status', w.status,
      'protocol_published', w.protocol_published_at IS NOT NULL, 'observed_at', f.observed_at,
      'category', f.category, 'assessment', f.assessment, 'rating', f.rating, 'description', f.description,
      'proposed_measure', f.proposed_measure, 'responsible', f.responsible, 'priority', f.priority,
      'deadline_on', f.deadline_on, 'measure_status', f.measure_status, 'measure_reason', f.measure_reason,
      'measure_done_on', f.measure_done_on,
      'has_photo', EXISTS (SELECT 1 FROM walk_observation_photo p WHERE p.observation_id = f.id), 'demo', f.is_demo)`,
    time: 'f.observed_at',
    staffOnly: true,
    municipalityColumn: 'w.municipality_code',
  },
]

/** Every collection: the public ones first (`collections`), then the staff's. */
export const allCollections: readonly CollectionDefinition[] = [...collections, ...staffCollections]

/** The collections a request may see: staff (a session or an API token) see theirs too. */
export function visibleCollections(isStaff: boolean): readonly CollectionDefinition[] {
  return isStaff ? allCollections : collections
}

/** Any collection, public or staff-only: the caller checks who may read it. */
export function findCollection(id: string): CollectionDefinition | undefined {
  return allCollections.find((collection) => collection.id === id)
}

const idPatterns = { integer: /^[1-9][0-9]{0,8}$/, code: /^[0-9]{4}$/ }

/** Whether `id` has the form of the collection's feature ids (checked before any query). */
export function isValidFeatureId(collection: CollectionDefinition, id: string): boolean {
  return idPatterns[collection.idType].test(id)
}
