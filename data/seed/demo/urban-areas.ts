/**
 * The tätorter (urban areas) from the open data. Demo places are drawn inside them, away from the
 * generalised edge, so that nothing ends up in a lake or a field.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { booleanPointInPolygon, lineString, point, polygon } from '@turf/turf'
import { metresFromLine, roundLonLat } from './geometry.ts'
import { must } from './must.ts'
import type { Rng } from './random.ts'
import type { LonLat, UrbanAreaName } from './types.ts'

export interface UrbanAreaShape {
  name: UrbanAreaName
  ring: LonLat[]
  bbox: [number, number, number, number]
  feature: ReturnType<typeof polygon>
  outline: ReturnType<typeof lineString>
}

export type UrbanAreas = Map<UrbanAreaName, UrbanAreaShape>

const URBAN_AREAS_FILE = path.resolve(import.meta.dirname, '../../open/kristinehamn/kristinehamn_tatorter_lm.geojson')
let urbanAreaCache: UrbanAreas | undefined

/** Reads the file once per process; later calls get the same shapes. */
export function readUrbanAreas(): UrbanAreas {
  if (urbanAreaCache) return urbanAreaCache
  const collection = JSON.parse(readFileSync(URBAN_AREAS_FILE, 'utf8')) as {
    features: { properties: { namn: string }; geometry: { type: string; coordinates: unknown } }[]
  }
  const shapes: UrbanAreas = new Map()
  for (const name of ['Kristinehamn', 'Björneborg', 'Bäckhammar'] as const) {
    const feature = collection.features.find((f) => f.properties.namn === name)
    // The demo only knows single polygons; a changed source file should fail loudly, not misplace areas.
    if (feature?.geometry.type !== 'Polygon') throw new Error(`Tätort ${name} missing or not a Polygon in ${URBAN_AREAS_FILE}`)
    const ring = must((feature.geometry.coordinates as LonLat[][])[0], `${name} outer ring`)
    const lons = ring.map((p) => p[0])
    const lats = ring.map((p) => p[1])
    shapes.set(name, {
      name,
      ring,
      bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
      feature: polygon([ring]),
      outline: lineString(ring),
    })
  }
  urbanAreaCache = shapes
  return shapes
}

/** Inside the tätort and at least `margin` metres from its edge (the generalised edge may cut into water). */
export function isWellInside(shape: UrbanAreaShape, at: LonLat, margin: number): boolean {
  return booleanPointInPolygon(point(at), shape.feature) && metresFromLine(at, shape.outline) >= margin
}

/** A random point well inside the tätort that `accept` also agrees to; throws after 10 000 misses. */
export function randomPointInside(rng: Rng, shape: UrbanAreaShape, margin: number, accept: (at: LonLat) => boolean): LonLat {
  const [minLon, minLat, maxLon, maxLat] = shape.bbox
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const at = roundLonLat([minLon + rng.next() * (maxLon - minLon), minLat + rng.next() * (maxLat - minLat)])
    if (isWellInside(shape, at, margin) && accept(at)) return at
  }
  throw new Error(`No room for a demo point in ${shape.name}`)
}
