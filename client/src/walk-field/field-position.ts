/**
 * The phone's position on the walk. A fix less precise than 50 m could put an observation on the
 * wrong side of a block, so it is shown with a warning and only used when the person says so; a
 * good fix is used as it is. The accuracy is drawn as a circle on the map.
 */
import type { Polygon } from 'geojson'

/** Beyond this the position is "uncertain" and is never used silently. */
export const GOOD_FIX_METRES = 50

export interface PositionFix {
  coordinates: [number, number]
  /** Metres, rounded up so it never sounds better than it is. */
  accuracy: number
  good: boolean
}

/** A position from `watchPosition` as a fix; an unknown accuracy counts as poor. */
export function fixFromPosition(position: { coords: { longitude: number; latitude: number; accuracy: number } }): PositionFix {
  const { longitude, latitude, accuracy } = position.coords
  const metres = Number.isFinite(accuracy) && accuracy >= 0 ? Math.ceil(accuracy) : Number.POSITIVE_INFINITY
  return { coordinates: [round6(longitude), round6(latitude)], accuracy: metres, good: metres <= GOOD_FIX_METRES }
}

const EARTH_RADIUS_M = 6_371_008.8

/**
 * A circle of `metres` around a point, as a polygon with `steps` corners. Fine for the few
 * hundred metres an accuracy circle spans: east–west metres shrink with the cosine of the latitude.
 */
export function accuracyCircle([lon, lat]: [number, number], metres: number, steps = 48): Polygon {
  const latRadius = (metres / EARTH_RADIUS_M) * (180 / Math.PI)
  const lonRadius = latRadius / Math.cos((lat * Math.PI) / 180)
  const ring: [number, number][] = []
  for (let step = 0; step < steps; step += 1) {
    const angle = (2 * Math.PI * step) / steps
    ring.push([round6(lon + lonRadius * Math.cos(angle)), round6(lat + latRadius * Math.sin(angle))])
  }
  ring.push(ring[0] as [number, number])
  return { type: 'Polygon', coordinates: [ring] }
}

/** Six decimals are about 10 cm: more would only pretend to a precision the phone does not have. */
export const round6 = (value: number) => Math.round(value * 1e6) / 1e6
