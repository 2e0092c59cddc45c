/**
 * The places the planner chooses for the next route: the first five to begin with (the list is
 * ordered by how much was reported there), never more than the server takes in one proposal.
 */
import type { Position } from 'geojson'
import type { RouteProposal, UnvisitedHotspot } from '../../../server/shared/api/walk-schemas.ts'
import { MAX_ROUTE_STOPS } from '../walks/walk-options.ts'

export const DEFAULT_PICKS = 5

export const defaultPicks = (hotspots: readonly UnvisitedHotspot[]): ReadonlySet<number> =>
  new Set(hotspots.slice(0, DEFAULT_PICKS).map((hotspot) => hotspot.id))

/** Ticks or unticks a place; a tick beyond the maximum is refused (the set comes back as it was). */
export function togglePick(picks: ReadonlySet<number>, id: number, max = MAX_ROUTE_STOPS): ReadonlySet<number> {
  const next = new Set(picks)
  if (next.has(id)) next.delete(id)
  else if (next.size < max) next.add(id)
  return next
}

/** The ticked places in the list's order, as the proposal's stops. */
export const pickedStops = (hotspots: readonly UnvisitedHotspot[], picks: ReadonlySet<number>): Position[] =>
  hotspots.filter((hotspot) => picks.has(hotspot.id)).map((hotspot) => hotspot.centre.coordinates)

/** What 2-opt saved against the plain nearest-neighbour order, in metres and whole percent. */
export function proposalSaving(proposal: Pick<RouteProposal, 'length_m' | 'nearest_neighbour_m'>): { metres: number; percent: number } {
  const metres = Math.max(0, proposal.nearest_neighbour_m - proposal.length_m)
  const percent = proposal.nearest_neighbour_m > 0 ? Math.round((metres / proposal.nearest_neighbour_m) * 100) : 0
  return { metres, percent }
}
