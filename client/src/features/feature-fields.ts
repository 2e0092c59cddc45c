import type { CollectionId } from '../data/collections.ts'

/** A value list whose words live under `values.<name>` in the translations. */
export type EnumName =
  | 'urbanKind'
  | 'zoneKind'
  | 'watchStatus'
  | 'signsCondition'
  | 'light'
  | 'walkStatus'
  | 'category'
  | 'assessment'
  | 'responsible'
  | 'priority'
  | 'timeOfDay'
  | 'weekPart'
  | 'reportStatus'
  | 'measureType'
  | 'measureStatus'
  | 'observationMeasure'

export type FieldFormat =
  | { type: 'text' }
  | { type: 'enum'; values: EnumName }
  | { type: 'date' }
  | { type: 'datetime' }
  | { type: 'month' }
  | { type: 'integer' }
  | { type: 'year' }
  | { type: 'metres' }
  | { type: 'sek' }
  | { type: 'rating' }

/** One row in the details panel: the property, its label (`fields.<key>`) and how to show it. */
export interface FieldSpec {
  key: string
  format: FieldFormat
}

const text = { type: 'text' } as const
const date = { type: 'date' } as const
const integer = { type: 'integer' } as const
const oneOf = (values: EnumName): FieldFormat => ({ type: 'enum', values })

/** The property that names a feature; reports and observations get a composed title instead. */
export const titleFields: Partial<Record<CollectionId, string>> = {
  municipalities: 'name',
  'urban-areas': 'name',
  'focus-zones': 'name',
  'watch-areas': 'name',
  'safety-walks': 'title',
  measures: 'title',
}

/**
 * The public properties of each collection, in the order a reader wants them. Properties not
 * listed (ids, `demo`, internal codes) are never shown; a missing value hides its row.
 */
export const detailFields: Record<CollectionId, readonly FieldSpec[]> = {
  municipalities: [
    { key: 'county', format: text },
    { key: 'code', format: text },
  ],
  'urban-areas': [
    { key: 'kind', format: oneOf('urbanKind') },
    { key: 'population', format: integer },
    { key: 'population_year', format: { type: 'year' } },
  ],
  'focus-zones': [
    { key: 'kind', format: oneOf('zoneKind') },
    { key: 'description', format: text },
  ],
  'watch-areas': [
    { key: 'status', format: oneOf('watchStatus') },
    { key: 'households', format: integer },
    { key: 'startup_meeting_on', format: date },
    { key: 'last_meeting_on', format: date },
    { key: 'last_verified_on', format: date },
    { key: 'signs_count', format: integer },
    { key: 'signs_condition', format: oneOf('signsCondition') },
  ],
  'safety-walks': [
    { key: 'status', format: oneOf('walkStatus') },
    { key: 'starts_at', format: { type: 'datetime' } },
    { key: 'light', format: oneOf('light') },
    { key: 'meeting_point_name', format: text },
    { key: 'max_participants', format: integer },
    { key: 'invited', format: text },
    { key: 'how_to_join', format: text },
    { key: 'pre_meeting_on', format: date },
    { key: 'follow_up_on', format: date },
    { key: 'length_m', format: { type: 'metres' } },
    { key: 'observation_count', format: integer },
  ],
  'walk-observations': [
    { key: 'assessment', format: oneOf('assessment') },
    { key: 'category', format: oneOf('category') },
    { key: 'description', format: text },
    { key: 'rating', format: { type: 'rating' } },
    { key: 'proposed_measure', format: text },
    { key: 'responsible', format: oneOf('responsible') },
    { key: 'priority', format: oneOf('priority') },
    { key: 'deadline_on', format: date },
    { key: 'measure_status', format: oneOf('observationMeasure') },
    { key: 'measure_reason', format: text },
    { key: 'measure_done_on', format: date },
    { key: 'walk_title', format: text },
    { key: 'observed_on', format: date },
  ],
  reports: [
    { key: 'category', format: oneOf('category') },
    { key: 'status', format: oneOf('reportStatus') },
    { key: 'time_of_day', format: oneOf('timeOfDay') },
    { key: 'week_part', format: oneOf('weekPart') },
    { key: 'reported_month', format: { type: 'month' } },
    { key: 'me_too_count', format: integer },
    { key: 'description', format: text },
    { key: 'answer', format: text },
    { key: 'status_reason', format: text },
  ],
  measures: [
    { key: 'type', format: oneOf('measureType') },
    { key: 'status', format: oneOf('measureStatus') },
    { key: 'description', format: text },
    { key: 'responsible', format: oneOf('responsible') },
    { key: 'decided_on', format: date },
    { key: 'done_on', format: date },
    { key: 'rejected_reason', format: text },
    { key: 'cost_sek', format: { type: 'sek' } },
  ],
}
