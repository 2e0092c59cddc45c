/**
 * The place-name search's rules that need no browser: when to ask the server, and how the arrow
 * keys move through the suggestions (the ARIA combobox pattern, without wrapping past the ends).
 */

/** The server searches from two characters. */
export const PLACE_QUERY_MIN = 2

/** Time after the last key press before searching, so typing "Stora torget" asks once or twice, not twelve times. */
export const PLACE_SEARCH_DEBOUNCE_MS = 250

export const isSearchable = (query: string) => query.trim().length >= PLACE_QUERY_MIN

/** The suggestion to highlight after a key press; -1 is "none" (focus stays in the text). */
export function nextActiveIndex(key: string, active: number, count: number): number {
  if (count === 0) return -1
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : Math.min(active + 1, count - 1)
    case 'ArrowUp':
      return active <= 0 ? -1 : active - 1
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return active
  }
}
