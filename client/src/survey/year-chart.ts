/**
 * The geometry of the follow-up's small charts: years along the bottom, a value up the side on a
 * stated scale. Years are placed by their distance in time (SCB asked in 2010, 2012, … 2016, 2021),
 * labels too close to the one before are left out (the table has every year), and a series is one
 * line with gaps where a year has no value.
 */

export interface ChartFrame {
  width: number
  height: number
  /** Room for the value labels on the left, the year labels below, the top value above. */
  left: number
  right: number
  top: number
  bottom: number
}

export interface ChartPoint {
  x: number
  y: number
}

/** Kristinehamn solid and dark with round points, Sweden dashed grey with squares: told apart without colour. */
export const seriesLooks = {
  main: { stroke: '#0b3d6b', dash: undefined, width: 2.5 },
  compare: { stroke: '#5f6b77', dash: '6 4', width: 2 },
} as const

/** Where each year stands; one year stands in the middle. */
export function yearPositions(years: readonly number[], frame: ChartFrame): number[] {
  const start = frame.left
  const end = frame.width - frame.right
  if (years.length === 0) return []
  const first = Math.min(...years)
  const last = Math.max(...years)
  if (first === last) return years.map(() => (start + end) / 2)
  return years.map((year) => start + ((year - first) / (last - first)) * (end - start))
}

/** The height of a value on the scale [min, max]; values outside are held at its edge. */
export function valueY(value: number, [min, max]: readonly [number, number], frame: ChartFrame): number {
  const bottom = frame.height - frame.bottom
  const share = max === min ? 0 : (Math.min(max, Math.max(min, value)) - min) / (max - min)
  return bottom - share * (bottom - frame.top)
}

/** At most about `count` round values from the top of the scale down (the bottom too when it is 0). */
export function valueTicks([min, max]: readonly [number, number], count = 5): number[] {
  const range = max - min
  if (range <= 0) return [max]
  const rough = range / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude)
  const ticks: number[] = []
  // From the top, so the top of a scale (5 or 10) is always labelled.
  for (let value = max; value >= min - 1e-9; value -= step) ticks.push(Math.round(value * 1000) / 1000)
  return ticks
}

/** Which years get a label: the first and the last always, the others when they leave `gap` px. */
export function labelledYears(positions: readonly number[], gap: number): boolean[] {
  const shown = positions.map(() => false)
  if (positions.length === 0) return shown
  const lastIndex = positions.length - 1
  shown[0] = true
  shown[lastIndex] = true
  let previous = positions[0] ?? 0
  for (let index = 1; index < lastIndex; index += 1) {
    const position = positions[index] ?? 0
    if (position - previous >= gap && (positions[lastIndex] ?? 0) - position >= gap) {
      shown[index] = true
      previous = position
    }
  }
  return shown
}

/** An SVG path through the points, broken where a point is missing. */
export function linePath(points: readonly (ChartPoint | null)[]): string {
  let path = ''
  let drawing = false
  for (const point of points) {
    if (!point) {
      drawing = false
      continue
    }
    path += `${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`
    drawing = true
  }
  return path
}

/** A top for a percentage chart: a round number above the highest value, at most 100. */
export function percentTop(values: readonly (number | null)[]): number {
  const highest = Math.max(0, ...values.filter((value): value is number => value !== null))
  if (highest > 60) return 100
  return Math.max(10, Math.ceil((highest * 1.15) / 10) * 10)
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * Where each year's value is written when two series share the chart: the higher value above its
 * point and the lower below, so two close values (Kristinehamn 30 %, Sweden 29 %) do not cover
 * each other. A value alone in its year goes above.
 */
export function labelSides(main: readonly (number | null)[], compare: readonly (number | null)[]): { main: 'above' | 'below'; compare: 'above' | 'below' }[] {
  return main.map((value, index) => {
    const other = compare[index] ?? null
    if (value === null || other === null) return { main: 'above', compare: 'above' }
    return value >= other ? { main: 'above', compare: 'below' } : { main: 'below', compare: 'above' }
  })
}
