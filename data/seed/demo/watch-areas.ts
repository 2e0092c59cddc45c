/**
 * Grannsamverkan areas with their history: which were started and when, which went quiet, the
 * state of their signs, their contact persons and every meeting they took part in.
 */
import { lastAliveDay, planAreaHistories } from './area-plans.ts'
import type { AreaPlan } from './area-plans.ts'
import { ContactFactory } from './contacts.ts'
import { dayFromIso, isoDate } from './dates.ts'
import { addFollowUpMeetings, assignStartupMeetings } from './meetings.ts'
import { must } from './must.ts'
import { createRng } from './random.ts'
import type { Rng } from './random.ts'
import type { DemoMeeting, DemoWatchArea } from './types.ts'
import type { UrbanAreas } from './urban-areas.ts'
import { placeWatchAreas } from './watch-area-placement.ts'
import type { PlacedArea } from './watch-area-placement.ts'

export function buildWatchAreas(urbanAreas: UrbanAreas, refDay: number): { watchAreas: DemoWatchArea[]; meetings: DemoMeeting[] } {
  const placed = placeWatchAreas(urbanAreas)
  const rng = createRng('watch-area-history')

  // Three areas never got started: two in town, one in Bäckhammar.
  const inTown = placed.flatMap((a, i) => (a.urbanArea === 'Kristinehamn' ? [i] : []))
  const inBackhammar = placed.flatMap((a, i) => (a.urbanArea === 'Bäckhammar' ? [i] : []))
  const planned = new Set([...rng.shuffle(inTown).slice(0, 2), rng.pick(inBackhammar)])
  const started = rng.shuffle(placed.map((_, i) => i).filter((i) => !planned.has(i)))

  const startupMeetings = assignStartupMeetings(rng, started, refDay)
  const plans = planAreaHistories(rng, placed.length, planned, started, startupMeetings, refDay)
  const meetings = addFollowUpMeetings(rng, startupMeetings, plans, refDay)

  const contacts = new ContactFactory(rng)
  const watchAreas = placed.map((area, index) => {
    const plan = must(plans[index], 'area plan')
    return describeArea(rng, area, plan, meetings, contacts, refDay)
  })
  return { watchAreas, meetings }
}

function describeArea(
  rng: Rng,
  area: PlacedArea,
  plan: AreaPlan,
  meetings: DemoMeeting[],
  contacts: ContactFactory,
  refDay: number,
): DemoWatchArea {
  const households = rng.int(15, 120)
  const base = { name: area.name, urbanArea: area.urbanArea, households, geometry: area.geometry }
  if (plan.status === 'planned' || plan.startupDay === null) {
    return {
      ...base,
      status: 'planned',
      startupMeetingOn: null,
      lastVerifiedOn: null,
      signsCount: 0,
      signsCondition: null,
      signsCheckedOn: null,
      notes: 'Fiktivt exempelområde. Intresse anmält av boende; uppstartsmöte ej hållet.',
      contacts: [],
    }
  }

  const start = plan.startupDay
  const attended = meetings.filter((m) => m.areaIndexes.includes(plan.index)).map((m) => dayFromIso(m.heldOn))
  let lastVerified = Math.max(start, ...attended)
  // Fresh areas were also confirmed by phone or mail some time in the last year.
  if (plan.quietSince === null) lastVerified = Math.max(lastVerified, refDay - rng.int(10, 300))

  const signs = describeSigns(rng, plan, start, refDay)
  const contactCount = plan.noContact ? 0 : Math.min(3, 1 + Math.floor(households / 45))
  return {
    ...base,
    status: plan.status,
    startupMeetingOn: isoDate(start),
    lastVerifiedOn: isoDate(lastVerified),
    ...signs,
    notes: areaNotes(plan),
    contacts: Array.from({ length: contactCount }, (_, i) => contacts.next(i === 0)),
  }
}

function describeSigns(
  rng: Rng,
  plan: AreaPlan,
  start: number,
  refDay: number,
): Pick<DemoWatchArea, 'signsCount' | 'signsCondition' | 'signsCheckedOn'> {
  const lastAlive = lastAliveDay(plan, refDay)
  // A random day in [from, to], but never before the signs went up.
  const checkedBetween = (from: number, to: number) =>
    isoDate(Math.max(start, Math.min(to, from + Math.floor(rng.next() * (to - from + 1)))))
  if (plan.status === 'inactive') {
    const signsCount = rng.int(0, 2)
    const signsCondition = signsCount === 0 ? 'missing' : rng.pick(['worn', 'damaged'] as const)
    return { signsCount, signsCondition, signsCheckedOn: checkedBetween(lastAlive - 200, lastAlive) }
  }
  if (plan.damagedSigns) {
    return { signsCount: rng.int(3, 5), signsCondition: 'damaged', signsCheckedOn: checkedBetween(refDay - 200, refDay - 15) }
  }
  return {
    signsCount: rng.int(2, 5),
    signsCondition: rng.chance(0.7) ? 'good' : 'worn',
    signsCheckedOn: checkedBetween(Math.max(start, lastAlive - 700), lastAlive),
  }
}

function areaNotes(plan: AreaPlan): string {
  const notes = ['Fiktivt exempelområde.']
  if (plan.status === 'inactive') notes.push('Inga aktiva kontaktombud sedan flera år.')
  else if (plan.noContact) notes.push('Kontaktombudet har flyttat; ny kontaktperson söks.')
  if (plan.damagedSigns) notes.push('Skyltarna behöver bytas.')
  return notes.join(' ')
}
