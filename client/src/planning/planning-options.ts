/**
 * The planning screen's settings and their limits, repeated from
 * server/shared/api/planning-schemas.ts because that module brings zod, which stays out of the
 * browser. A test keeps the two the same; the server checks every value again anyway.
 */
import type { EvidenceSource } from '../../../server/shared/api/planning-schemas.ts'

export const evidenceSources: readonly EvidenceSource[] = ['public', 'walk', 'staff']

/** Places closer than this (metres) join a cluster. */
export const DEFAULT_CLUSTER_METRES = 50
/** A cluster needs at least this many places. */
export const DEFAULT_CLUSTER_MIN_POINTS = 5
/** The side of a hexagon of the density grid, in metres. */
export const DEFAULT_CELL_METRES = 100
/** A place counts as recent for this many days. */
export const RECENT_DAYS = 90
/** A measure done this close to a cluster (metres) counts against it. */
export const MEASURE_NEARBY_METRES = 100

export const weightKeys = ['w_count', 'w_severity', 'w_recent', 'w_centrum', 'w_measure'] as const
export type WeightKey = (typeof weightKeys)[number]

export const defaultWeights: Readonly<Record<WeightKey, number>> = { w_count: 1, w_severity: 2, w_recent: 1, w_centrum: 10, w_measure: 10 }

/** What the server accepts, for the fields' hints (it refuses anything outside with a message). */
export const limits = {
  distance_m: { min: 5, max: 500 },
  min_points: { min: 2, max: 100 },
  cell_m: { min: 25, max: 1000 },
  w_count: { min: 0, max: 100 },
  w_severity: { min: 0, max: 100 },
  w_recent: { min: 0, max: 100 },
  w_centrum: { min: 0, max: 1000 },
  w_measure: { min: 0, max: 1000 },
} as const

/** A measure links at most this many reports, and as many observations. */
export const MAX_LINKS = 500
