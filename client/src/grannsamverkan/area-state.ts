import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { RegisterEntry } from '../../../server/shared/api/watch-area-schemas.ts'
import type { MapFeatureCollection, Properties } from '../data/collections.ts'

/** How the police screen shows an area on the map and in the legend. */
export const areaStates = ['needs_update', 'in_order', 'planned', 'inactive'] as const
export type AreaState = (typeof areaStates)[number]

/**
 * An area's state: inactive areas never need an update; any reason makes an area need one (a
 * planned area too, when it still lacks a contact person, say); an active area without reasons is
 * in order. A planned area whose only reason is that it was never started is simply planned.
 */
export function areaState(entry: Pick<RegisterEntry, 'status' | 'reasons'>): AreaState {
  if (entry.status === 'inactive') return 'inactive'
  const reasons = entry.status === 'planned' ? entry.reasons.filter((reason) => reason !== 'never_started') : entry.reasons
  if (reasons.length > 0) return 'needs_update'
  return entry.status === 'planned' ? 'planned' : 'in_order'
}

export interface AreaFeatureProperties extends Properties {
  area_id: number
  name: string
  state: AreaState
  /** The name and the state in words, for the map's label: colour is never the only cue. */
  label: string
}

/**
 * The outlines from /ogc joined with the register by id. An outline the register does not know
 * (drawn a moment ago, or a register that failed to load) is left out rather than guessed at.
 */
export function areaFeatures(
  outlines: MapFeatureCollection | undefined,
  register: readonly RegisterEntry[],
  stateWord: (state: AreaState) => string,
): FeatureCollection<Geometry, AreaFeatureProperties> {
  const byId = new Map(register.map((entry) => [entry.id, entry]))
  const features: Feature<Geometry, AreaFeatureProperties>[] = []
  for (const outline of outlines?.features ?? []) {
    const entry = byId.get(Number(outline.id))
    if (!entry) continue
    const state = areaState(entry)
    features.push({
      type: 'Feature',
      id: entry.id,
      geometry: outline.geometry,
      properties: { area_id: entry.id, name: entry.name, state, label: `${entry.name}\n${stateWord(state)}` },
    })
  }
  return { type: 'FeatureCollection', features }
}

/**
 * The areas with any reason to act, most urgent first (the server's order; planned areas waiting
 * for their start-up meeting included), and the rest by name.
 */
export function splitRegister(register: readonly RegisterEntry[], locale: string) {
  const needsUpdate = register.filter((entry) => entry.reasons.length > 0)
  const others = register.filter((entry) => entry.reasons.length === 0).sort((a, b) => a.name.localeCompare(b.name, locale))
  return { needsUpdate, others }
}
