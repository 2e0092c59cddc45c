import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf'
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson'
import type { MapFeatureCollection, Properties } from '../data/collections.ts'

/**
 * One label point per polygon feature, placed inside its largest part. Polygons are cut into
 * tiles by the map, which would repeat or misplace labels; a point label is drawn exactly once.
 */
export function labelPoints(collection: MapFeatureCollection, field: string): FeatureCollection<Point, Properties> {
  const features: Feature<Point, Properties>[] = []
  for (const feature of collection.features) {
    const label = feature.properties[field]
    if (typeof label !== 'string' || label === '') continue
    const part = largestPart(feature.geometry)
    if (!part) continue
    features.push({ type: 'Feature', id: feature.id, geometry: pointInside(part), properties: { ...feature.properties } })
  }
  return { type: 'FeatureCollection', features }
}

function largestPart(geometry: MapFeatureCollection['features'][number]['geometry']): Position[][] | undefined {
  if (geometry.type === 'Polygon') return geometry.coordinates
  if (geometry.type !== 'MultiPolygon') return undefined
  let best: Position[][] | undefined
  let bestArea = -1
  for (const rings of geometry.coordinates) {
    const size = area(polygon(rings))
    if (size > bestArea) {
      best = rings
      bestArea = size
    }
  }
  return best
}

/** The centroid when it lies inside (it looks most natural), otherwise a point surely inside. */
function pointInside(rings: Position[][]): Point {
  const shape: Feature<Polygon> = polygon(rings)
  const centre = centroid(shape)
  return booleanPointInPolygon(centre, shape) ? centre.geometry : pointOnFeature(shape).geometry
}
