/**
 * The choices of a scale question. A question may name its ends in its own words
 * ("1 = mycket otrygg, 5 = mycket trygg"); otherwise the ends are called lowest and highest, so the
 * resident always knows which way the scale runs.
 */

/** 1 … max. */
export function scaleValues(max: number): number[] {
  return Array.from({ length: Math.max(0, max) }, (_, index) => index + 1)
}

export interface ScaleEnds {
  low: string
  high: string
}

// "1 = mycket otrygg", "5=very safe", "10 – mycket trygg": a number, '=' or a dash, the words up to a separator.
const endPattern = /(\d{1,2})\s*(?:=|–|—)\s*([^,;()\n]+?)\s*(?=[,;()\n]|$|\boch\b|\band\b)/gu

/** The ends as the question's text names them, or null when it does not name both. */
export function scaleEndsInText(text: string, max: number): ScaleEnds | null {
  const found = new Map<number, string>()
  for (const match of text.matchAll(endPattern)) {
    const value = Number(match[1])
    const words = match[2]?.trim().replace(/[.:]+$/u, '')
    if (words && !found.has(value)) found.set(value, words)
  }
  const low = found.get(1)
  const high = found.get(max)
  return low && high ? { low, high } : null
}
