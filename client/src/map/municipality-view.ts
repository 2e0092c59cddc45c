/**
 * The public map and the police area's municipalities: how far the map may be panned, and when it
 * moves to the municipality the public chose (`?kommun=` or the chooser on the map page).
 */
import { maxBounds } from './view.ts'

/** [west, south, east, north] in WGS84, as `GET /api/municipalities` gives each municipality's bbox. */
export type Box = [number, number, number, number]

/** Space beyond the outermost municipality that panning still reaches, as view.ts keeps around Kristinehamn. */
const MARGIN_LON = 0.5
const MARGIN_LAT = 0.2

/**
 * The box panning stays in: every municipality with a margin, and never less than the first
 * view's limits (so a list of one small municipality does not shut the map in).
 */
export function policeAreaLimits(boxes: readonly Box[]): Box {
  const [[west, south], [east, north]] = maxBounds
  return boxes.reduce<Box>(
    (limits, box) => [
      Math.min(limits[0], box[0] - MARGIN_LON),
      Math.min(limits[1], box[1] - MARGIN_LAT),
      Math.max(limits[2], box[2] + MARGIN_LON),
      Math.max(limits[3], box[3] + MARGIN_LAT),
    ],
    [west, south, east, north],
  )
}

/** A move of the map to a municipality's box; each new choice has a new `seq`. */
export interface MunicipalityFit {
  code: string
  box: Box
  seq: number
  /** True when the page opens on the choice: the map starts there rather than flying there. */
  instant: boolean
}

export interface FitState {
  /** The municipality the page showed last; null before the list of municipalities is in. */
  code: string | null
  fit: MunicipalityFit | null
}

export const noFit: FitState = { code: null, fit: null }

/**
 * The next fit after the chosen municipality (null while loading) is known. Opening the map without
 * `?kommun=` keeps the first view (Kristinehamn's town, where most things are); opening it with one
 * starts on that municipality; every later change of choice, back to the default one too, moves
 * the map there. The same choice again changes nothing, so a re-render never moves the map.
 */
export function nextFit(state: FitState, chosen: { code: string; bbox: Box } | null, named: boolean): FitState {
  if (chosen === null || chosen.code === state.code) return state
  if (state.code === null && !named) return { code: chosen.code, fit: null }
  return { code: chosen.code, fit: { code: chosen.code, box: chosen.bbox, seq: (state.fit?.seq ?? 0) + 1, instant: state.code === null } }
}
