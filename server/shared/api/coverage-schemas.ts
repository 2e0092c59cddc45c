/** `GET /api/grannsamverkan/coverage`: how much of each tätort active grannsamverkan areas cover. */
export interface TownCoverage {
  id: number
  name: string
  population: number | null
  area_m2: number
  covered_m2: number
  /** 0–1. */
  covered_share: number
  /** The tätort's population spread evenly over its area: an estimate, rounded to tens. */
  residents_covered_estimate: number | null
  /** The parts no active area covers, in WGS84 (simplified to about 5 m); null when all is covered. */
  uncovered: { type: 'MultiPolygon' | 'Polygon'; coordinates: unknown } | null
}

/** Two areas (neither inactive) that overlap by more than a square metre: usually a drawing mistake. */
export interface AreaOverlap {
  area_ids: [number, number]
  names: [string, string]
  overlap_m2: number
}

/** A report of an unsafe place inside a tätort but outside every active area: where a new area could help. */
export interface CoverageHint {
  report_id: number
  category: string
  status: string
  /** YYYY-MM. */
  reported_month: string
  town: string
  /** The report's place, in WGS84 (staff see the exact point). */
  coordinates: [number, number]
}

export interface Coverage {
  towns: TownCoverage[]
  overlaps: AreaOverlap[]
  hints: CoverageHint[]
}
