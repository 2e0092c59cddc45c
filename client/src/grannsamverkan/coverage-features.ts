import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import type { Coverage, CoverageHint, TownCoverage } from '../../../server/shared/api/coverage-schemas.ts'

/** What the map needs to draw coverage: the tätorter's uncovered parts and the hints as points. */
export interface CoverageShapes {
  uncovered: FeatureCollection<Polygon | MultiPolygon, { town: string }>
  hints: FeatureCollection<Point, { report_id: number; category: string }>
}

export const noCoverageShapes: CoverageShapes = {
  uncovered: { type: 'FeatureCollection', features: [] },
  hints: { type: 'FeatureCollection', features: [] },
}

/** A tätort that is fully covered has no uncovered part (null) and draws nothing. */
export function coverageShapes(coverage: Coverage | null): CoverageShapes {
  if (!coverage) return noCoverageShapes
  const uncovered: Feature<Polygon | MultiPolygon, { town: string }>[] = coverage.towns.flatMap((town) =>
    town.uncovered
      ? [{ type: 'Feature' as const, id: town.id, geometry: town.uncovered as Polygon | MultiPolygon, properties: { town: town.name } }]
      : [],
  )
  const hints: Feature<Point, { report_id: number; category: string }>[] = coverage.hints.map((hint) => ({
    type: 'Feature',
    id: hint.report_id,
    geometry: { type: 'Point', coordinates: hint.coordinates },
    properties: { report_id: hint.report_id, category: hint.category },
  }))
  return { uncovered: { type: 'FeatureCollection', features: uncovered }, hints: { type: 'FeatureCollection', features: hints } }
}

/** Most covered first is not what an officer needs: the least covered tätorter come first. */
export const townsByNeed = (towns: readonly TownCoverage[], locale: string) =>
  [...towns].sort((a, b) => a.covered_share - b.covered_share || a.name.localeCompare(b.name, locale))

/** The newest reports first: they say most about where a new area could help now. */
export const hintsNewestFirst = (hints: readonly CoverageHint[]) =>
  [...hints].sort((a, b) => b.reported_month.localeCompare(a.reported_month) || a.report_id - b.report_id)

/** A share as a percentage; below 10 % with one decimal, so a small start is not shown as 0 %. */
export function formatShare(share: number, locale: string): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share)
}

/** Square metres as hectares, with a decimal below ten. */
export function formatHectares(m2: number, locale: string): string {
  const hectares = m2 / 10_000
  return new Intl.NumberFormat(locale, { maximumFractionDigits: hectares < 10 ? 1 : 0 }).format(hectares)
}
