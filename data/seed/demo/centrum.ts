/**
 * The centre of Kristinehamn: the centrum focus zone and the named places that walks start from,
 * reports cluster around and descriptions mention. Placed roughly, not surveyed: demo only.
 */
import { lineString, polygon } from '@turf/turf'
import { distanceMetres } from './geometry.ts'
import type { DemoFocusZone, LonLat } from './types.ts'

/** A named spot; `label` is how descriptions and meeting points refer to it. */
export interface Place {
  label: string
  at: LonLat
}

/** About 700 m east–west by 450 m north–south around Kungsgatan and the two squares. */
const CENTRUM_RING: LonLat[] = [
  [14.102, 59.3088],
  [14.1034, 59.3072],
  [14.108, 59.307],
  [14.1131, 59.3074],
  [14.1142, 59.3091],
  [14.1126, 59.3108],
  [14.1076, 59.311],
  [14.1031, 59.3103],
  [14.102, 59.3088],
]
export const CENTRUM_FEATURE = polygon([CENTRUM_RING])
export const CENTRUM_OUTLINE = lineString(CENTRUM_RING)
export const CENTRE: LonLat = [14.108, 59.309]

/** Named spots used for meeting points, hotspots and labels in descriptions. */
export const PLACES = {
  norraTorget: { label: 'Norra torget', at: [14.1075, 59.3098] },
  radhuset: { label: 'Norra torget, vid rådhuset', at: [14.1073, 59.3101] },
  sodraTorget: { label: 'Södra torget', at: [14.1082, 59.308] },
  kungsgatan: { label: 'Kungsgatan', at: [14.1058, 59.3091] },
  resecentrum: { label: 'Resecentrum', at: [14.1035, 59.3082] },
  stadsparken: { label: 'Stadsparken', at: [14.1128, 59.3099] },
  gangtunneln: { label: 'Gångtunneln vid stationen', at: [14.103, 59.307] },
} satisfies Record<string, Place>

export function centrumZone(): DemoFocusZone {
  return {
    name: 'Centrum (exempelavgränsning)',
    kind: 'centrum',
    description:
      'Exempel på avgränsning av centrala Kristinehamn kring Kungsgatan, Norra och Södra torget och resecentrum. ' +
      'Används för att följa upp medborgarlöftena om ordning och trygghet i centrum och om tryggare miljöer i centrum. ' +
      'Fiktiv gräns för demo, inte kommunens beslutade avgränsning.',
    geometry: { type: 'Polygon', coordinates: [CENTRUM_RING] },
  }
}

/** Label of the nearest named place within 150 m, for "Resecentrum: …" style descriptions. */
export function nearestPlaceLabel(at: LonLat): string | null {
  let best: { label: string; metres: number } | null = null
  for (const place of Object.values(PLACES)) {
    // Rådhuset is a meeting point on Norra torget; descriptions name the square instead.
    if (place === PLACES.radhuset) continue
    const metres = distanceMetres(place.at, at)
    if (metres <= 150 && (best === null || metres < best.metres)) best = { label: place.label, metres }
  }
  return best?.label ?? null
}
