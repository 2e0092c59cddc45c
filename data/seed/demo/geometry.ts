/**
 * Flat-earth helpers in metres around a WGS84 point. At town scale (a few km) the error of the
 * local approximation is far below what matters for demo data.
 */
import { point, pointToLineDistance } from '@turf/turf'
import type { lineString } from '@turf/turf'
import { must } from './must.ts'
import type { Rng } from './random.ts'
import type { LonLat, PointGeometry } from './types.ts'

const METRES_PER_DEGREE = 111_320

/** Moves a point `east` and `north` metres and rounds it to 6 decimals. */
export function offset([lon, lat]: LonLat, east: number, north: number): LonLat {
  return roundLonLat([lon + east / (METRES_PER_DEGREE * Math.cos(toRadians(lat))), lat + north / METRES_PER_DEGREE])
}

/** The step from `from` to `to` as [east, north] metres, with the east scale taken at `latitude`. */
export function eastNorthMetres(from: LonLat, to: LonLat, latitude: number): [number, number] {
  return [(to[0] - from[0]) * METRES_PER_DEGREE * Math.cos(toRadians(latitude)), (to[1] - from[1]) * METRES_PER_DEGREE]
}

export function distanceMetres(a: LonLat, b: LonLat): number {
  const [east, north] = eastNorthMetres(a, b, (a[1] + b[1]) / 2)
  return Math.hypot(east, north)
}

/** Shortest distance from a point to a line (or a ring's outline), in metres. */
export function metresFromLine(at: LonLat, line: ReturnType<typeof lineString>): number {
  return pointToLineDistance(point(at), line, { units: 'meters' })
}

export function roundLonLat([lon, lat]: LonLat): LonLat {
  return [round6(lon), round6(lat)]
}

/** A point scattered around `at` with a normal spread of `spread` metres in each direction. */
export function gaussianPointNear(rng: Rng, at: LonLat, spread: number): LonLat {
  return offset(at, rng.gaussian() * spread, rng.gaussian() * spread)
}

/**
 * A closed, star-shaped ring: vertices at increasing angles with varied radii, so it is irregular
 * but can never cross itself.
 */
export function irregularRing(rng: Rng, centre: LonLat, minRadius: number, maxRadius: number, vertexCount: number): LonLat[] {
  const radius = minRadius + rng.next() * (maxRadius - minRadius)
  const step = (2 * Math.PI) / vertexCount
  const start = rng.next() * 2 * Math.PI
  const ring = Array.from({ length: vertexCount }, (_, k) => {
    const angle = start + k * step + (rng.next() - 0.5) * step * 0.6
    const r = radius * (0.75 + rng.next() * 0.4)
    return offset(centre, Math.cos(angle) * r, Math.sin(angle) * r)
  })
  return [...ring, must(ring[0], 'first vertex')]
}

export function pointGeometry(at: LonLat): PointGeometry {
  return { type: 'Point', coordinates: at }
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
