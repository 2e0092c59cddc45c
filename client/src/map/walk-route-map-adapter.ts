import type { LngLatBoundsLike } from 'maplibre-gl'
import type { WalkRouteData } from '../walk-protocol/route-features.ts'
import { routeBounds } from '../walk-protocol/route-features.ts'
import { createPrintableMap } from './printable-map.ts'
import type { PrintableMap, PrintableMapOptions } from './printable-map.ts'
import { walkObservationLayerId, walkRouteLineLayerId, walkRouteOverlaySources, walkRouteSources, walkRouteStyleLayers } from './walk-route-layers.ts'

/**
 * The read-only map of a safety walk: the route, the meeting point and the numbered observations,
 * framed to fit the walk (the view stays when the walk has no shape yet); printable.
 */
export type WalkRouteMap = PrintableMap<WalkRouteData>

export function createWalkRouteMap(options: PrintableMapOptions): WalkRouteMap {
  return createPrintableMap(options, {
    overlay: { sources: walkRouteOverlaySources(), layers: walkRouteStyleLayers },
    backgroundSources: { municipalities: walkRouteSources.municipalities, urbanAreas: walkRouteSources.urbanAreas },
    layerIds: {
      municipalities: ['walk-municipality-line'],
      'urban-areas': ['walk-urban-areas-fill'],
      'safety-walks': [walkRouteLineLayerId],
      'walk-observations': [walkObservationLayerId],
    },
    // Room around the route so the numbers at its ends are not cut off.
    fit: { padding: 40, maxZoom: 17 },
    draw(walk, source) {
      source(walkRouteSources.route)?.setData(walk.route)
      source(walkRouteSources.meetingPoint)?.setData(walk.meetingPoint)
      source(walkRouteSources.observations)?.setData(walk.observations)
      return routeBounds(walk) as LngLatBoundsLike | null
    },
  })
}
