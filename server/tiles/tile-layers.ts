import { collections } from '../ogc/collections.ts'
import type { CollectionDefinition } from '../ogc/collections.ts'

/** A property's type as TileJSON's `vector_layers` names it. */
export type FieldType = 'String' | 'Number' | 'Boolean'

/**
 * A public map layer served as vector tiles: exactly one public OGC collection, so a tile shows
 * the features and properties its `items` show, and nothing staff-only ever becomes a tile.
 */
export interface TileLayer {
  /** The collection's id, which is also the tile layer's name inside the tile. */
  id: string
  collection: CollectionDefinition
  /** The properties a feature may carry (a null one is left out of the tile), for TileJSON. */
  fields: Readonly<Record<string, FieldType>>
  /** Zoomed out, only the properties the map draws with (see `ZoomedOut`); otherwise every one at every zoom. */
  zoomedOut?: ZoomedOut
}

/**
 * A layer of many shapes carries only the properties the map's paint reads in its tiles below
 * `belowZoom`, each a column of the collection's row (`f.<name>`): the rest would make those tiles
 * big and slow and no one would see it, since a click fetches the feature's details by id.
 * server/tiles/tile-layers.test.ts checks the map's style against `fields`.
 */
export interface ZoomedOut {
  belowZoom: number
  fields: readonly string[]
}

/** What a cluster of points carries instead of an item's properties. */
export const CLUSTER_FIELDS: Readonly<Record<string, FieldType>> = { cluster: 'Boolean', point_count: 'Number' }

// Must list every key of the collection's `properties` (tests/api/tiles.test.ts compares them with the items).
const fieldsById: Record<string, Record<string, FieldType>> = {
  municipalities: { code: 'String', name: 'String', county: 'String' },
  'urban-areas': { name: 'String', kind: 'String', population: 'Number', population_year: 'Number', municipality_code: 'String' },
  'focus-zones': { name: 'String', kind: 'String', description: 'String', demo: 'Boolean' },
  'watch-areas': {
    name: 'String', status: 'String', households: 'Number', startup_meeting_on: 'String', last_verified_on: 'String',
    last_meeting_on: 'String', signs_count: 'Number', signs_condition: 'String', demo: 'Boolean',
  },
  'safety-walks': {
    title: 'String', starts_at: 'String', light: 'String', status: 'String', meeting_point_name: 'String',
    max_participants: 'Number', invited: 'String', pre_meeting_on: 'String', follow_up_on: 'String', duration_minutes: 'Number',
    how_to_join: 'String', protocol_published: 'Boolean', length_m: 'Number', observation_count: 'Number', municipality_code: 'String',
    demo: 'Boolean',
  },
  'walk-observations': {
    walk_id: 'Number', walk_title: 'String', observed_on: 'String', category: 'String', assessment: 'String', rating: 'Number',
    description: 'String', proposed_measure: 'String', responsible: 'String', priority: 'String', deadline_on: 'String',
    measure_status: 'String', measure_reason: 'String', measure_done_on: 'String', has_photo: 'Boolean', demo: 'Boolean',
    ...CLUSTER_FIELDS,
  },
  reports: {
    category: 'String', time_of_day: 'String', week_part: 'String', status: 'String', status_reason: 'String', answer: 'String',
    description: 'String', me_too_count: 'Number', has_photo: 'Boolean', reported_month: 'String', demo: 'Boolean',
    ...CLUSTER_FIELDS,
  },
  measures: {
    title: 'String', description: 'String', type: 'String', status: 'String', rejected_reason: 'String', responsible: 'String',
    decided_on: 'String', done_on: 'String', cost_sek: 'Number', demo: 'Boolean',
    // A measure may be a point, and points are clustered at low zooms.
    ...CLUSTER_FIELDS,
  },
}

const zoomedOutById: Record<string, ZoomedOut> = {
  // 5,000 areas with every property made a zoom 10 tile 263 KB; the map colours them by status
  // and names them from zoom 13.5.
  'watch-areas': { belowZoom: 13, fields: ['status'] },
}

/** Every public collection, in the collections' order. */
export const tileLayers: readonly TileLayer[] = collections.map((collection) => {
  const fields = fieldsById[collection.id]
  if (!fields) throw new Error(`The tile layer ${collection.id} has no fields listed in tile-layers.ts`)
  const zoomedOut = zoomedOutById[collection.id]
  return { id: collection.id, collection, fields, ...(zoomedOut ? { zoomedOut } : {}) }
})

const byId = new Map(tileLayers.map((layer) => [layer.id, layer]))

/** The layer of that name, or undefined: the name is looked up, never put into SQL. */
export function findTileLayer(id: string): TileLayer | undefined {
  return byId.get(id)
}
