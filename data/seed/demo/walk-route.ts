/** The route of a safety walk through the centre, and points along it for the observations. */
import { length as turfLength, lineString } from '@turf/turf'
import { CENTRE } from './centrum.ts'
import { eastNorthMetres, offset } from './geometry.ts'
import { must } from './must.ts'
import type { Rng } from './random.ts'
import type { LonLat } from './types.ts'

/**
 * A loop of 1.2–2.5 km around the centre that starts and ends at the meeting point: out to an
 * irregular ellipse, once round it, and back.
 */
export function walkRoute(rng: Rng, start: LonLat): LonLat[] {
  for (;;) {
    const centre = offset(CENTRE, rng.int(-60, 60), rng.int(-40, 40))
    const radiusEast = rng.int(250, 420)
    const radiusNorth = rng.int(150, 280)
    const loopVertices = rng.int(8, 16)
    const direction = rng.chance(0.5) ? 1 : -1
    const [startEast, startNorth] = eastNorthMetres(centre, start, centre[1])
    const startAngle = Math.atan2(startNorth, startEast)
    const loop = Array.from({ length: loopVertices }, (_, k) => {
      const angle = startAngle + (direction * 2 * Math.PI * k) / loopVertices
      const wobble = 0.85 + rng.next() * 0.3
      return offset(centre, Math.cos(angle) * radiusEast * wobble, Math.sin(angle) * radiusNorth * wobble)
    })
    const route = [start, ...loop, start]
    const km = turfLength(lineString(route), { units: 'kilometers' })
    if (km >= 1.2 && km <= 2.5) return route
  }
}

/** A point on a random segment of the route, pushed up to `maxOffset` metres to one side. */
export function pointNearRoute(rng: Rng, route: LonLat[], maxOffset: number): LonLat {
  const i = rng.int(0, route.length - 2)
  const a = must(route[i], 'route vertex')
  const b = must(route[i + 1], 'route vertex')
  const t = rng.next()
  const onLine: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
  const [east, north] = eastNorthMetres(a, b, a[1])
  const norm = Math.hypot(east, north) || 1
  const side = (rng.next() * 2 - 1) * maxOffset
  return offset(onLine, (-north / norm) * side, (east / norm) * side)
}
