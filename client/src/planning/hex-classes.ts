/**
 * The density grid's colour classes. The breaks double (1, 2, 4, 8, 16), so a colour means the
 * same weight wherever the map is moved and whatever the settings, and the legend can name each
 * class in numbers. A weight of 1 is one place of the lowest severity from today; 3 is a serious one.
 */
export const hexBreaks = [1, 2, 4, 8, 16] as const

/** Each class's range for the legend: [from, to) with null for an open end. */
export function hexClassRanges(): { from: number | null; to: number | null }[] {
  return [null, ...hexBreaks].map((from, index) => ({ from, to: hexBreaks[index] ?? null }))
}
