/** The first view: Kristinehamn town, where almost everything happens. */
export const initialBounds = [
  [14.0657, 59.2903],
  [14.1551, 59.3437],
] as const

/**
 * Panning stops a little outside the municipality (13.59–14.34 E, 59.01–59.49 N), so the whole
 * municipality stays reachable by zooming out but nobody gets lost on an empty background.
 */
export const maxBounds = [
  [13.1, 58.8],
  [14.85, 59.7],
] as const

export const minZoom = 7
