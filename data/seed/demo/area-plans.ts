/**
 * The story of each grannsamverkan area relative to the reference date: planned, alive, gone
 * quiet or dead, with damaged signs or without a contact person. Every date and flag of the
 * areas and their meetings follows from these plans.
 */
import { dayFromIso } from './dates.ts'
import { must } from './must.ts'
import type { Rng } from './random.ts'
import type { DemoMeeting, DemoWatchArea } from './types.ts'

export interface AreaPlan {
  index: number
  status: DemoWatchArea['status']
  startupDay: number | null
  /** Last day anyone from the area was active; null while it is still alive. */
  quietSince: number | null
  damagedSigns: boolean
  noContact: boolean
}

/** An area counts as fresh when someone from it was active within this many days. */
const FRESH_WINDOW_DAYS = 365

/** The last day the area showed signs of life: when it went quiet, or yesterday if it never did. */
export function lastAliveDay(plan: AreaPlan, refDay: number): number {
  return plan.quietSince ?? refDay - 1
}

export function planAreaHistories(
  rng: Rng,
  areaCount: number,
  planned: Set<number>,
  started: number[],
  startupMeetings: DemoMeeting[],
  refDay: number,
): AreaPlan[] {
  const startupDay = new Map<number, number>()
  for (const meeting of startupMeetings) {
    for (const index of meeting.areaIndexes) startupDay.set(index, dayFromIso(meeting.heldOn))
  }
  const startOf = (index: number) => must(startupDay.get(index), 'startup day')
  // The two areas started first have since died out.
  const inactive = new Set(started.slice(0, 2))
  const active = started.filter((i) => !inactive.has(i))
  // Only areas started well over a year ago can have gone quiet for a year.
  const staleCandidates = active.filter((i) => startOf(i) < refDay - FRESH_WINDOW_DAYS - 60)
  const stale = new Set(rng.shuffle(staleCandidates).slice(0, 6))
  const fresh = active.filter((i) => !stale.has(i))
  const noContact = new Set([rng.pick([...stale]), rng.pick(fresh)])
  // Signs wear out, so they are damaged in areas that have had theirs for over a year; the report
  // came with a recent check, so those areas are among the fresh ones.
  const damagedSigns = new Set(
    rng.shuffle(fresh.filter((i) => !noContact.has(i) && startOf(i) < refDay - FRESH_WINDOW_DAYS)).slice(0, 3),
  )

  return Array.from({ length: areaCount }, (_, index): AreaPlan => {
    if (planned.has(index)) {
      return { index, status: 'planned', startupDay: null, quietSince: null, damagedSigns: false, noContact: true }
    }
    const start = startOf(index)
    let quietSince: number | null = null
    if (inactive.has(index)) quietSince = Math.max(start + 200, refDay - rng.int(1500, 2600))
    if (stale.has(index)) quietSince = Math.max(start + 30, refDay - rng.int(FRESH_WINDOW_DAYS + 35, 1300))
    return {
      index,
      status: inactive.has(index) ? 'inactive' : 'active',
      startupDay: start,
      quietSince,
      damagedSigns: damagedSigns.has(index),
      noContact: noContact.has(index) || inactive.has(index),
    }
  })
}
