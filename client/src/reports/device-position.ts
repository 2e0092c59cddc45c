/**
 * "Använd min position": what the device's answer means for the report. A position less precise
 * than 100 m could put the report on the wrong street, so it is shown with its accuracy and only
 * used when the resident says so.
 */

/** Beyond this, the position is shown with a warning instead of being chosen. */
export const GOOD_ACCURACY_METRES = 100

export type PositionOutcome =
  | { kind: 'good'; coordinates: [number, number]; accuracy: number }
  | { kind: 'poor'; coordinates: [number, number]; accuracy: number }

export type PositionFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported'

/** Sorts a position by its accuracy (in metres, rounded up so it never sounds better than it is). */
export function judgePosition(position: { coords: { longitude: number; latitude: number; accuracy: number } }): PositionOutcome {
  const { longitude, latitude, accuracy } = position.coords
  const metres = Number.isFinite(accuracy) ? Math.ceil(accuracy) : Number.POSITIVE_INFINITY
  const coordinates: [number, number] = [longitude, latitude]
  return metres <= GOOD_ACCURACY_METRES ? { kind: 'good', coordinates, accuracy: metres } : { kind: 'poor', coordinates, accuracy: metres }
}

/** The codes of GeolocationPositionError (1, 2, 3) as words. */
export function positionFailure(error: { code: number }): PositionFailure {
  if (error.code === 1) return 'denied'
  if (error.code === 3) return 'timeout'
  return 'unavailable'
}

/** Whether a point lies roughly in Kristinehamn's municipality (the server checks exactly). */
export function nearMunicipality([lon, lat]: [number, number]): boolean {
  return lon >= 13.5 && lon <= 14.45 && lat >= 58.95 && lat <= 59.55
}
