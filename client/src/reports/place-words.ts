/** The chosen spot said back in words, so the resident can check it without seeing the map. */
import type { Translate } from '../features/translate.ts'
import type { ChosenPlace } from './report-draft.ts'

/** A nudged marker is still "near" the searched place up to this distance. */
export const NEAR_NAME_METRES = 250

export function placeWords(place: ChosenPlace, t: Translate): string {
  if (place.source === 'search' && place.name) return t('reports.place.chosenName', { name: place.name })
  if (place.source === 'position') return t('reports.place.chosenPosition', { metres: place.accuracy ?? '?' })
  if (place.name) return t('reports.place.chosenNameMoved', { name: place.name })
  return t('reports.place.chosenMap')
}

/** The place after the marker moved: it keeps the searched name only while it stays near it. */
export function movedTo(previous: ChosenPlace | null, coordinates: [number, number]): ChosenPlace {
  const name = previous?.name && metresBetween(previous.coordinates, coordinates) <= NEAR_NAME_METRES ? previous.name : null
  return { coordinates, source: 'map', name, accuracy: null }
}

/** Distance on the ground; the flat approximation is exact enough over a few hundred metres. */
export function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const metresPerDegree = 111_320
  const dx = (lon2 - lon1) * metresPerDegree * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180)
  const dy = (lat2 - lat1) * metresPerDegree
  return Math.hypot(dx, dy)
}
