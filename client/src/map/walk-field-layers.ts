import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson'
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import type { WalkObservation, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import type { QueuedObservation } from '../walk-field/observation-queue.ts'
import { accuracyCircle } from '../walk-field/field-position.ts'
import type { PositionFix } from '../walk-field/field-position.ts'
import { fontMedium } from './layers.ts'
import { markerIds } from './marker-images.ts'
import { basemapColours, layerColours } from './palette.ts'

/**
 * The map on the walk as data: the municipality and tätorter for orientation, the route with its
 * meeting point, the observations already saved (the open map's symbols: green circle safe,
 * orange triangle unsafe), those still waiting on the phone (hollow rings), and the phone's
 * position with its accuracy circle – dashed and orange when the fix is uncertain.
 */
export const wfSources = {
  municipalities: 'municipalities',
  urbanAreas: 'wf-urban-areas',
  route: 'wf-route',
  meetingPoint: 'wf-meeting-point',
  saved: 'wf-saved',
  waiting: 'wf-waiting',
  accuracy: 'wf-accuracy',
  position: 'wf-position',
} as const

export const wfRouteLayerId = 'wf-route-line'
export const wfSavedLayerId = 'wf-saved-symbol'
export const wfWaitingLayerId = 'wf-waiting-ring'
export const wfPositionLayerId = 'wf-position-dot'

/** The phone's own position: the blue of focus rings, which no other feature uses. */
export const positionStyle = { dot: '#0b57d0', halo: '#ffffff', uncertain: '#b34700' } as const

const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } })

export const wfOverlaySources = (): Record<string, GeoJSONSourceSpecification> =>
  Object.fromEntries(Object.values(wfSources).map((id) => [id, empty()]))

export type AssessmentProperties = { assessment: 'safe' | 'unsafe' }

export const walkRoute = (walk: WalkSummary): FeatureCollection<LineString> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: walk.route, properties: {} }],
})

export const meetingPoint = (walk: WalkSummary): FeatureCollection<Point, { name: string }> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: walk.meeting_point, properties: { name: walk.meeting_point_name } }],
})

/** Saved observations, plus those this phone sent that the last fetch did not have yet. */
export function savedObservations(
  observations: readonly WalkObservation[],
  queued: readonly QueuedObservation[],
): FeatureCollection<Point, AssessmentProperties> {
  const known = new Set(observations.map((observation) => observation.id))
  const fromServer = observations.map((observation) => pointFeature(observation.geometry.coordinates as [number, number], observation.assessment))
  const justSent = queued
    .filter((item) => item.sent !== null && !known.has(item.sent.observationId))
    .map((item) => pointFeature(item.body.geometry.coordinates as [number, number], item.body.assessment))
  return { type: 'FeatureCollection', features: [...fromServer, ...justSent] }
}

/** Observations still on the phone (waiting, or refused and to be fixed). */
export const waitingObservations = (walkId: number, queued: readonly QueuedObservation[]): FeatureCollection<Point, AssessmentProperties> => ({
  type: 'FeatureCollection',
  features: queued
    .filter((item) => item.walkId === walkId && item.state !== 'sent')
    .map((item) => pointFeature(item.body.geometry.coordinates as [number, number], item.body.assessment)),
})

export function positionFeatures(fix: PositionFix | null): {
  accuracy: FeatureCollection<Polygon, { good: boolean }>
  position: FeatureCollection<Point, { good: boolean }>
} {
  if (!fix) return { accuracy: { type: 'FeatureCollection', features: [] }, position: { type: 'FeatureCollection', features: [] } }
  // An unknown accuracy has no circle to draw; the warning says it in words.
  const circle: Feature<Polygon, { good: boolean }>[] = Number.isFinite(fix.accuracy)
    ? [{ type: 'Feature', geometry: accuracyCircle(fix.coordinates, fix.accuracy), properties: { good: fix.good } }]
    : []
  return {
    accuracy: { type: 'FeatureCollection', features: circle },
    position: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: fix.coordinates }, properties: { good: fix.good } }] },
  }
}

function pointFeature(coordinates: [number, number], assessment: 'safe' | 'unsafe'): Feature<Point, AssessmentProperties> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { assessment } }
}

const byZoom = (low: number, high: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 12, low, 17, high]

/** Bottom first: the position on top, so the person always sees where they are. */
export const wfStyleLayers: readonly LayerSpecification[] = [
  { id: 'wf-urban-areas-fill', type: 'fill', source: wfSources.urbanAreas, paint: { 'fill-color': basemapColours.urbanFill, 'fill-opacity': 0.9 } },
  { id: 'wf-urban-areas-line', type: 'line', source: wfSources.urbanAreas, paint: { 'line-color': basemapColours.urbanOutline, 'line-width': 1 } },
  {
    id: 'wf-municipality-line',
    type: 'line',
    source: wfSources.municipalities,
    paint: { 'line-color': basemapColours.boundary, 'line-width': 2, 'line-dasharray': [5, 2, 1, 2] },
  },
  {
    id: 'wf-accuracy-fill',
    type: 'fill',
    source: wfSources.accuracy,
    paint: { 'fill-color': ['case', ['get', 'good'], positionStyle.dot, positionStyle.uncertain], 'fill-opacity': 0.12 },
  },
  {
    id: 'wf-accuracy-line',
    type: 'line',
    source: wfSources.accuracy,
    paint: {
      'line-color': ['case', ['get', 'good'], positionStyle.dot, positionStyle.uncertain],
      'line-width': 2,
      'line-dasharray': ['case', ['get', 'good'], ['literal', [1, 0]], ['literal', [3, 2]]],
    },
  },
  {
    id: 'wf-route-casing',
    type: 'line',
    source: wfSources.route,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': layerColours.walkCasing, 'line-width': byZoom(7, 12) },
  },
  {
    id: wfRouteLayerId,
    type: 'line',
    source: wfSources.route,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': layerColours.walk, 'line-width': byZoom(4, 7) },
  },
  {
    id: 'wf-meeting-point-circle',
    type: 'circle',
    source: wfSources.meetingPoint,
    paint: { 'circle-radius': 9, 'circle-color': '#111111', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  },
  {
    id: 'wf-meeting-point-label',
    type: 'symbol',
    source: wfSources.meetingPoint,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': fontMedium,
      'text-size': 14,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#111111', 'text-halo-color': basemapColours.halo, 'text-halo-width': 2 },
  },
  {
    id: wfWaitingLayerId,
    type: 'circle',
    source: wfSources.waiting,
    paint: {
      'circle-radius': 10,
      'circle-color': '#ffffff',
      'circle-stroke-color': ['match', ['get', 'assessment'], 'unsafe', '#8f3e00', '#00664c'],
      'circle-stroke-width': 4,
    },
  },
  {
    id: wfSavedLayerId,
    type: 'symbol',
    source: wfSources.saved,
    layout: {
      'icon-image': ['match', ['get', 'assessment'], 'unsafe', markerIds.observationUnsafe, markerIds.observationSafe],
      'icon-size': 1.2,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  },
  {
    id: 'wf-position-halo',
    type: 'circle',
    source: wfSources.position,
    paint: { 'circle-radius': 12, 'circle-color': positionStyle.halo, 'circle-opacity': 0.9 },
  },
  {
    id: wfPositionLayerId,
    type: 'circle',
    source: wfSources.position,
    paint: {
      'circle-radius': 8,
      'circle-color': ['case', ['get', 'good'], positionStyle.dot, positionStyle.uncertain],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
]
