/**
 * The marked places as the density map shows them: squares of 100 m with their counts, drawn as
 * circles that grow with the count in a few steps the legend names, and the same in words.
 */
import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'

/** The smallest count of each step of the circles; the legend says "1–2", "3–9", "10–29", "30 or more". */
export const markSteps = [1, 3, 10, 30] as const

export interface MarkStep {
  from: number
  /** Null for the last step: that many or more. */
  to: number | null
}

export const markStepRanges: readonly MarkStep[] = markSteps.map((from, index) => ({ from, to: index + 1 < markSteps.length ? (markSteps[index + 1] as number) - 1 : null }))

export interface MarkSummary {
  marks: number
  cells: number
  /** The square with most marks: its centre [lon, lat] and count; null without marks. */
  top: { coordinates: [number, number]; count: number } | null
}

export function markSummary(cells: MarkCells): MarkSummary {
  let marks = 0
  let top: MarkSummary['top'] = null
  for (const feature of cells.features) {
    const count = feature.properties.count
    marks += count
    if (!top || count > top.count) top = { coordinates: [feature.geometry.coordinates[0], feature.geometry.coordinates[1]], count }
  }
  return { marks, cells: cells.features.length, top }
}

/** [[west, south], [east, north]] around the squares' centres, or null without marks. */
export function markBounds(cells: MarkCells): [[number, number], [number, number]] | null {
  if (cells.features.length === 0) return null
  const lons = cells.features.map((feature) => feature.geometry.coordinates[0])
  const lats = cells.features.map((feature) => feature.geometry.coordinates[1])
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ]
}
