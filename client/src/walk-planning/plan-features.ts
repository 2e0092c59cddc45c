/** What the planning map draws, as GeoJSON built from the API's answers. */
import type { FeatureCollection, LineString, Point } from 'geojson'
import type { UnvisitedHotspot, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'

export interface HotspotPointProperties {
  hotspot_id: number
  /** The place's number in the list, drawn on the marker. */
  number: string
  picked: boolean
}

export interface WalkRouteProperties {
  walk_id: number
  planned: boolean
}

/** The places, numbered as in the list (1 is the place with most reports). */
export function hotspotPoints(hotspots: readonly UnvisitedHotspot[], picks: ReadonlySet<number>): FeatureCollection<Point, HotspotPointProperties> {
  return {
    type: 'FeatureCollection',
    features: hotspots.map((hotspot, index) => ({
      type: 'Feature',
      geometry: hotspot.centre,
      properties: { hotspot_id: hotspot.id, number: String(index + 1), picked: picks.has(hotspot.id) },
    })),
  }
}

/** The other walks' routes, for where walks have gone; the walk being edited is drawn by terra-draw instead. Cancelled ones are left out. */
export function walkRoutes(walks: readonly WalkSummary[], editedId: number | null): FeatureCollection<LineString, WalkRouteProperties> {
  return {
    type: 'FeatureCollection',
    features: walks
      .filter((walk) => walk.id !== editedId && walk.status !== 'cancelled')
      .map((walk) => ({ type: 'Feature', geometry: walk.route, properties: { walk_id: walk.id, planned: walk.status === 'planned' } })),
  }
}
