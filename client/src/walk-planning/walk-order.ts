/** The walks as the planner reads them: the coming ones first, soonest on top, then the past ones, latest on top. */
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'

export interface OrderedWalks {
  upcoming: WalkSummary[]
  past: WalkSummary[]
}

/** A walk still under way (started, not yet over by its duration) counts as coming. */
export function orderWalks(walks: readonly WalkSummary[], now: Date): OrderedWalks {
  const ends = (walk: WalkSummary) => Date.parse(walk.starts_at) + walk.duration_minutes * 60_000
  const upcoming = walks.filter((walk) => ends(walk) >= now.getTime()).sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at) || a.id - b.id)
  const past = walks.filter((walk) => ends(walk) < now.getTime()).sort((a, b) => Date.parse(b.starts_at) - Date.parse(a.starts_at) || b.id - a.id)
  return { upcoming, past }
}

/** `?id=12` → 12; anything else (missing, `?id=x`, `?id=0`) → null. */
export function walkIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('id')
  return value !== null && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null
}
