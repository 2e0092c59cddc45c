import type { Geometry, Position } from 'geojson'

/** Every corner of the polygons, the closing repeat of each ring left out. */
export function polygonVertices(geometries: readonly Geometry[]): Position[] {
  const vertices: Position[] = []
  const addRing = (ring: Position[]) => vertices.push(...ring.slice(0, -1))
  for (const geometry of geometries) {
    if (geometry.type === 'Polygon') geometry.coordinates.forEach(addRing)
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((rings) => rings.forEach(addRing))
  }
  return vertices
}

/**
 * The vertex nearest to the pointer within `tolerancePx` screen pixels, or undefined. Vertices far
 * away in degrees are skipped before projecting, so a register of thousands of areas stays quick.
 */
export function nearestVertex(
  pointer: { x: number; y: number; lng: number; lat: number },
  vertices: readonly Position[],
  project: (lng: number, lat: number) => { x: number; y: number },
  tolerancePx: number,
  /** Degrees of longitude and latitude that one tolerance spans around the pointer (a coarse box). */
  degrees: { lng: number; lat: number },
): Position | undefined {
  let best: Position | undefined
  let bestDistance = tolerancePx
  for (const vertex of vertices) {
    const [lng = 0, lat = 0] = vertex
    if (Math.abs(lng - pointer.lng) > degrees.lng || Math.abs(lat - pointer.lat) > degrees.lat) continue
    const point = project(lng, lat)
    const distance = Math.hypot(point.x - pointer.x, point.y - pointer.y)
    if (distance <= bestDistance) {
      best = [lng, lat]
      bestDistance = distance
    }
  }
  return best
}
