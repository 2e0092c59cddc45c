import { area, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import type { MapFeatureCollection } from '../data/collections.ts'

/** SCB's average number of persons per household in Sweden. */
export const PERSONS_PER_HOUSEHOLD = 2.1

export interface OutlineEstimate {
  areaM2: number
  areaHa: number
  /** Rounded; null when the outline lies outside every tätort with a known population. */
  households: number | null
  /** The tätort most of the outline lies in. */
  urbanArea: string | null
}

type Shape = Polygon | MultiPolygon

/**
 * The size of a drawn outline and a rough household count: each overlapped tätort's population
 * density times the overlap, divided by persons per household. Tätorter are mixed land (parks,
 * industry), so this is an estimate, stated as one on screen. An outline with fewer than three
 * corners has no size yet.
 */
export function estimateOutline(outline: Polygon, urbanAreas: MapFeatureCollection | undefined): OutlineEstimate | null {
  const ring = outline.coordinates[0]
  if (!ring || ring.length < 4) return null
  const drawn = turfPolygon(outline.coordinates)
  const areaM2 = area(drawn)
  let persons = 0
  let best: { name: string; overlap: number } | null = null
  for (const feature of urbanAreas?.features ?? []) {
    const population = Number(feature.properties.population)
    const geometry = feature.geometry
    if (!(population > 0) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue
    const urban: Feature<Shape> = { type: 'Feature', geometry, properties: {} }
    let overlap: number
    try {
      const common = intersect(featureCollection<Shape>([drawn, urban]))
      overlap = common ? area(common) : 0
    } catch {
      // A self-intersecting outline mid-drawing: no estimate until it is untangled.
      continue
    }
    if (overlap <= 0) continue
    persons += (population / area(urban)) * overlap
    if (!best || overlap > best.overlap) best = { name: String(feature.properties.name ?? ''), overlap }
  }
  return {
    areaM2,
    areaHa: areaM2 / 10_000,
    households: best ? Math.round(persons / PERSONS_PER_HOUSEHOLD) : null,
    urbanArea: best?.name ?? null,
  }
}
