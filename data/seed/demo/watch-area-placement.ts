/** Where the grannsamverkan areas lie: irregular small polygons placed inside the tätorter. */
import { booleanIntersects, booleanWithin, polygon } from '@turf/turf'
import { CENTRUM_FEATURE, CENTRUM_OUTLINE } from './centrum.ts'
import { distanceMetres, irregularRing, metresFromLine } from './geometry.ts'
import { must } from './must.ts'
import { createRng } from './random.ts'
import type { LonLat, PolygonGeometry, UrbanAreaName } from './types.ts'
import { isWellInside, randomPointInside } from './urban-areas.ts'
import type { UrbanAreas } from './urban-areas.ts'

export interface PlacedArea {
  name: string
  urbanArea: UrbanAreaName
  geometry: PolygonGeometry
}

/** How many areas go where, how big they are and how far apart their centres must be. */
const AREA_LAYOUT: readonly { urbanArea: UrbanAreaName; count: number; radius: [number, number]; spacing: number }[] = [
  { urbanArea: 'Kristinehamn', count: 21, radius: [80, 190], spacing: 520 },
  { urbanArea: 'Björneborg', count: 3, radius: [75, 140], spacing: 360 },
  { urbanArea: 'Bäckhammar', count: 2, radius: [75, 130], spacing: 340 },
]

/** Made-up street-like names; with the "Exempel: " prefix they cannot pass for registered areas. */
const AREA_NAMES = [
  'Lärkstigen', 'Syrenbacken', 'Hasselgläntan', 'Tranvägen', 'Blåklockan', 'Rönnbärsgatan', 'Vitsippan',
  'Ekorrstigen', 'Talltoppen', 'Näktergalen', 'Kastanjegläntan', 'Lönnlunden', 'Fläderbacken', 'Gökvägen',
  'Ljungheden', 'Björkdungen', 'Smultronbacken', 'Kvarnängen', 'Linblomman', 'Trastvägen', 'Mossgläntan',
  'Enbacken', 'Hägerstigen', 'Vildrosen', 'Sparvgränd', 'Nyponbacken', 'Klöverängen', 'Kaprifolen',
]

/**
 * Irregular small polygons inside the tätorter, away from the edges, the centre and each other.
 * Independent of the reference date, so the areas stay put when the dates move.
 */
export function placeWatchAreas(urbanAreas: UrbanAreas): PlacedArea[] {
  const rng = createRng('watch-area-geometry')
  const names = rng.shuffle(AREA_NAMES)
  const placed: { centre: LonLat; feature: ReturnType<typeof polygon>; area: PlacedArea }[] = []

  for (const layout of AREA_LAYOUT) {
    const shape = must(urbanAreas.get(layout.urbanArea), layout.urbanArea)
    for (let n = 0; n < layout.count; n++) {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 5000) throw new Error(`Could not place demo watch area ${n + 1} in ${layout.urbanArea}`)
        const centre = randomPointInside(rng, shape, 150, (at) =>
          placed.every((other) => distanceMetres(other.centre, at) >= layout.spacing),
        )
        const ring = irregularRing(rng, centre, layout.radius[0], layout.radius[1], rng.int(4, 7))
        const feature = polygon([ring])
        const fits =
          booleanWithin(feature, shape.feature) &&
          ring.every((vertex) => isWellInside(shape, vertex, 60)) &&
          !booleanIntersects(feature, CENTRUM_FEATURE) &&
          ring.every((vertex) => metresFromLine(vertex, CENTRUM_OUTLINE) >= 150) &&
          placed.every((other) => !booleanIntersects(feature, other.feature))
        if (!fits) continue
        const name = `Exempel: ${must(names[placed.length], 'area name')}`
        const geometry: PolygonGeometry = { type: 'Polygon', coordinates: [ring] }
        placed.push({ centre, feature, area: { name, urbanArea: layout.urbanArea, geometry } })
        break
      }
    }
  }
  return placed.map((p) => p.area)
}
