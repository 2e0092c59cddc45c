/**
 * Grannsamverkan meetings: start-up meetings that found the areas, the yearly gathering of contact
 * persons and police visits to single areas.
 */
import { lastAliveDay } from './area-plans.ts'
import type { AreaPlan } from './area-plans.ts'
import { dayOf, isoDate, randomWorkday, yearOf } from './dates.ts'
import { must } from './must.ts'
import type { Rng } from './random.ts'
import type { DemoMeeting } from './types.ts'

/**
 * Start-up meeting dates: a few before the first promise (2012, 2014), two each year from 2016
 * (the promise says "at least twice a year"), but only one in every third year from 2020 so that
 * the follow-up shows a promise not met. The areas are shared out in order, earliest first; when
 * there are more areas than meetings, some meetings cover two or three areas.
 */
export function assignStartupMeetings(rng: Rng, started: number[], refDay: number): DemoMeeting[] {
  const days: number[] = [
    randomWorkday(rng, dayOf(2012, 9, 1), dayOf(2012, 11, 30)),
    randomWorkday(rng, dayOf(2014, 3, 1), dayOf(2014, 5, 31)),
  ]
  for (let year = 2016; year <= yearOf(refDay); year++) {
    const weakYear = year >= 2020 && (year - 2020) % 3 === 0
    if (!weakYear) days.push(randomWorkday(rng, dayOf(year, 3, 1), dayOf(year, 5, 31)))
    days.push(randomWorkday(rng, dayOf(year, 9, 1), dayOf(year, 11, 30)))
  }
  const held = days.filter((day) => day < refDay)
  // Only with a reference date far in the future are there more dates than areas: the newest go unused.
  held.length = Math.min(held.length, started.length)

  const groups: number[][] = held.map(() => [])
  started.forEach((areaIndex, i) => {
    if (i < held.length) must(groups[i], 'group').push(areaIndex)
  })
  for (const areaIndex of started.slice(held.length)) {
    const open = groups.filter((g) => g.length < 3)
    rng.pick(open.length > 0 ? open : groups).push(areaIndex)
  }
  return held.map((day, i) => {
    const areaIndexes = must(groups[i], 'group')
    return {
      kind: 'startup' as const,
      heldOn: isoDate(day),
      attendees: areaIndexes.reduce((sum) => sum + rng.int(6, 18), 0),
      heldBy: rng.chance(0.6) ? ('polis_kommun' as const) : ('polis' as const),
      notes:
        areaIndexes.length > 1
          ? `Gemensamt uppstartsmöte för ${areaIndexes.length} områden. Kontaktombud utsedda och registrerade.`
          : 'Uppstartsmöte. Kontaktombud utsedda och registrerade.',
      areaIndexes,
    }
  })
}

/** The start-up meetings plus the yearly meetings and update visits that follow them, by date. */
export function addFollowUpMeetings(rng: Rng, startupMeetings: DemoMeeting[], plans: AreaPlan[], refDay: number): DemoMeeting[] {
  const meetings = [...startupMeetings, ...yearlyMeetings(rng, plans, refDay), ...updateVisits(rng, plans, refDay)]
  // Plain code-unit order (not localeCompare), so the output never depends on the machine's locale.
  meetings.sort((a, b) => compareText(a.heldOn, b.heldOn) || compareText(a.kind, b.kind))
  return meetings
}

/** The municipality gathers the contact persons once a year together with the police (Feb–Mar). */
function yearlyMeetings(rng: Rng, plans: AreaPlan[], refDay: number): DemoMeeting[] {
  const meetings: DemoMeeting[] = []
  for (let year = 2017; year <= yearOf(refDay); year++) {
    const day = randomWorkday(rng, dayOf(year, 2, 10), dayOf(year, 3, 20))
    if (day >= refDay) continue
    const areaIndexes = plans
      .filter((p) => p.startupDay !== null && p.startupDay < day && (p.quietSince === null || day <= p.quietSince))
      .filter(() => rng.chance(0.8))
      .map((p) => p.index)
    if (areaIndexes.length === 0) continue
    meetings.push({
      kind: 'yearly',
      heldOn: isoDate(day),
      attendees: areaIndexes.length + rng.int(2, 12),
      heldBy: 'polis_kommun',
      notes: 'Årlig träff för kontaktombud med polis och kommun.',
      areaIndexes,
    })
  }
  return meetings
}

/**
 * Police visits to single areas, spread over each area's active years (never after it went
 * quiet), plus a recent one for some fresh areas and for every area with damaged signs.
 */
function updateVisits(rng: Rng, plans: AreaPlan[], refDay: number): DemoMeeting[] {
  const visits: DemoMeeting[] = []
  const visit = (plan: AreaPlan, day: number, notes: string) => {
    if (plan.startupDay === null || day <= plan.startupDay || day >= refDay) return
    if (plan.quietSince !== null && day > plan.quietSince) return
    const heldBy = rng.chance(0.8) ? 'polis' : 'kommun'
    const attendees = rng.int(2, 6)
    visits.push({ kind: 'update_visit', heldOn: isoDate(day), attendees, heldBy, notes, areaIndexes: [plan.index] })
  }
  const routine = 'Genomgång av kontaktuppgifter och skyltar.'
  for (const plan of plans) {
    if (plan.startupDay === null) continue
    const lastAlive = lastAliveDay(plan, refDay)
    const historic = rng.int(0, 2)
    for (let n = 0; n < historic; n++) visit(plan, rng.int(plan.startupDay + 60, lastAlive), routine)
    if (plan.damagedSigns) visit(plan, refDay - rng.int(15, 200), 'Skyltarna är skadade; nya är beställda.')
    else if (plan.quietSince === null && rng.chance(0.3)) visit(plan, refDay - rng.int(20, 330), routine)
  }
  return visits
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
