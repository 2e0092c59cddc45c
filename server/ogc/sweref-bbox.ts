import type { Bbox } from './feature-queries.ts'

/**
 * Where SWEREF 99 TM (EPSG:3006) is defined, in WGS84: Sweden with a margin (EPSG's area of use).
 * Outside it the projection is undefined, so a bbox is cut to it before it is transformed.
 */
export const SWEREF99_TM_AREA: Bbox = [10.03, 54.96, 24.17, 69.07]

/** The part of `bbox` inside SWEREF 99 TM's area, or undefined when they do not meet. */
export function clipToSweref(bbox: Bbox): Bbox | undefined {
  const [minLon, minLat, maxLon, maxLat] = bbox
  const [areaMinLon, areaMinLat, areaMaxLon, areaMaxLat] = SWEREF99_TM_AREA
  const clipped: Bbox = [
    Math.max(minLon, areaMinLon),
    Math.max(minLat, areaMinLat),
    Math.min(maxLon, areaMaxLon),
    Math.min(maxLat, areaMaxLat),
  ]
  return clipped[0] <= clipped[2] && clipped[1] <= clipped[3] ? clipped : undefined
}
