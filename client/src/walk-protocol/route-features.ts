/**
 * What the route map draws, as GeoJSON: the route, the meeting point and the observations
 * numbered as in the protocol's list (1 is the first row), so list and map match without colour.
 */
import type { FeatureCollection, LineString, Point } from 'geojson'
import type { PointGeometry } from '../../../server/shared/api/report-schemas.ts'
import type { WalkObservation, WalkStatus } from '../../../server/shared/api/walk-schemas.ts'

export interface RouteProperties {
  status: WalkStatus
}

export interface MeetingPointProperties {
  label: string
}

export interface ObservationPointProperties {
  observation_id: number
  number: number
  assessment: WalkObservation['assessment']
}

export interface WalkRouteData {
  route: FeatureCollection<LineString, RouteProperties>
  meetingPoint: FeatureCollection<Point, MeetingPointProperties>
  observations: FeatureCollection<Point, ObservationPointProperties>
}

export interface WalkRouteInput {
  route: LineString | null
  status: WalkStatus
  meetingPoint: PointGeometry | null
  /** The map's word for the meeting point, in the page's language. */
  meetingPointLabel: string
  /** In the protocol's order. */
  observations: readonly Pick<WalkObservation, 'id' | 'assessment' | 'geometry'>[]
}

export function walkRouteData(input: WalkRouteInput): WalkRouteData {
  return {
    route: {
      type: 'FeatureCollection',
      features: input.route ? [{ type: 'Feature', geometry: input.route, properties: { status: input.status } }] : [],
    },
    meetingPoint: {
      type: 'FeatureCollection',
      features: input.meetingPoint ? [{ type: 'Feature', geometry: input.meetingPoint, properties: { label: input.meetingPointLabel } }] : [],
    },
    observations: {
      type: 'FeatureCollection',
      features: input.observations.map((observation, index) => ({
        type: 'Feature',
        geometry: observation.geometry,
        properties: { observation_id: observation.id, number: index + 1, assessment: observation.assessment },
      })),
    },
  }
}

/** [minLon, minLat, maxLon, maxLat] around everything drawn, or null when nothing is. */
export function routeBounds(data: WalkRouteData): [number, number, number, number] | null {
  const positions = [
    ...data.route.features.flatMap((feature) => feature.geometry.coordinates),
    ...data.meetingPoint.features.map((feature) => feature.geometry.coordinates),
    ...data.observations.features.map((feature) => feature.geometry.coordinates),
  ]
  if (positions.length === 0) return null
  const lons = positions.map((position) => position[0] ?? 0)
  const lats = positions.map((position) => position[1] ?? 0)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}
