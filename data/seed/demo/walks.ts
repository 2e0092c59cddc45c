/**
 * Safety walks (trygghetsvandringar) in the centre: two a year from 2016, done ones with their
 * observations, and the next one planned so the public can sign up.
 */
import { PLACES } from './centrum.ts'
import { dayOf, dayOfMonth, isTuesdayToThursday, isoDate, localTimestamp, monthOf, randomWorkday, yearOf } from './dates.ts'
import { pointGeometry } from './geometry.ts'
import { createRng } from './random.ts'
import type { Rng } from './random.ts'
import type { DemoSafetyWalk } from './types.ts'
import { buildObservation } from './walk-observations.ts'
import { addWalkProgress } from './walk-progress.ts'
import { walkRoute } from './walk-route.ts'

const MEETING_POINTS = [PLACES.radhuset, PLACES.resecentrum, PLACES.sodraTorget] as const
const INVITED = [
  'Polisen, Kristinehamnsbostäder, gata/park, fritid',
  'Polisen, gata/park, fastighetsägare i centrum, handlare',
  'Polisen, Kristinehamnsbostäder, fältassistenter, gata/park, allmänheten',
] as const

interface WalkSlot {
  day: number
  light: DemoSafetyWalk['light']
  hour: number
  minute: number
}
type WalkTime = Omit<WalkSlot, 'day'>

const DARK_AT_SIX: WalkTime = { light: 'dark', hour: 18, minute: 0 }
const DAYLIGHT_AT_HALF_PAST_FIVE: WalkTime = { light: 'daylight', hour: 17, minute: 30 }
const DAYLIGHT_AT_FIVE: WalkTime = { light: 'daylight', hour: 17, minute: 0 }

/**
 * Two walks a year from 2016: either a daylight walk in spring and an evening walk in the dark in
 * autumn, or a dark winter walk and a daylight walk in early autumn. Past ones are done; the next
 * one is planned 2–6 weeks after the reference date so the public can sign up.
 */
export function buildSafetyWalks(refDay: number): DemoSafetyWalk[] {
  const rng = createRng('safety-walks')
  const walks: DemoSafetyWalk[] = []
  for (let year = 2016; year <= yearOf(refDay); year++) {
    const slots = rng.chance(0.7)
      ? [
          walkSlot(rng, dayOf(year, 4, 20), dayOf(year, 5, 31), DAYLIGHT_AT_HALF_PAST_FIVE),
          walkSlot(rng, dayOf(year, 10, 15), dayOf(year, 11, 15), DARK_AT_SIX),
        ]
      : [
          walkSlot(rng, dayOf(year, 2, 1), dayOf(year, 3, 10), DARK_AT_SIX),
          walkSlot(rng, dayOf(year, 9, 1), dayOf(year, 9, 25), DAYLIGHT_AT_FIVE),
        ]
    if (year === shortWalkYear(refDay)) slots.shift()
    for (const slot of slots) {
      if (slot.day < refDay) walks.push(buildWalk(rng, slot, 'done'))
    }
  }
  const nextDay = nextWalkDay(rng, refDay)
  const nextIsDark = [10, 11, 12, 1, 2, 3].includes(monthOf(nextDay))
  const nextSlot: WalkSlot = { day: nextDay, ...(nextIsDark ? DARK_AT_SIX : DAYLIGHT_AT_HALF_PAST_FIVE) }
  walks.push(buildWalk(rng, nextSlot, 'planned'))
  addWalkProgress(walks, refDay)
  return walks
}

/** The year in which only one walk was held: the promise of two a year was not met. */
function shortWalkYear(refDay: number): number | null {
  const refYear = yearOf(refDay)
  if (refYear > 2020) return 2020
  return refYear > 2018 ? 2018 : null
}

function walkSlot(rng: Rng, from: number, to: number, time: WalkTime): WalkSlot {
  return { day: randomWorkday(rng, from, to), ...time }
}

/** A Tuesday–Thursday 2–6 weeks ahead, outside the holidays when the calendar allows. */
function nextWalkDay(rng: Rng, refDay: number): number {
  const window = Array.from({ length: 29 }, (_, i) => refDay + 14 + i).filter(isTuesdayToThursday)
  const outsideHolidays = window.filter((d) => !isHoliday(d))
  return rng.pick(outsideHolidays.length > 0 ? outsideHolidays : window)
}

/** Is `day` in the Christmas or the summer holidays, when no one would plan a walk? */
function isHoliday(day: number): boolean {
  const month = monthOf(day)
  const date = dayOfMonth(day)
  return (month === 12 && date >= 20) || (month === 1 && date <= 6) || month === 7
}

function buildWalk(rng: Rng, slot: WalkSlot, status: DemoSafetyWalk['status']): DemoSafetyWalk {
  const meetingPlace = rng.pick(MEETING_POINTS)
  const route = walkRoute(rng, meetingPlace.at)
  const observationCount = status === 'done' ? rng.int(4, 9) : 0
  return {
    title: walkTitle(slot),
    startsAt: localTimestamp(slot.day, slot.hour, slot.minute),
    light: slot.light,
    status,
    meetingPointName: meetingPlace.label,
    meetingPoint: pointGeometry(meetingPlace.at),
    maxParticipants: rng.pick([15, 20, 20, 20, 25]),
    invited: rng.pick(INVITED),
    preMeetingOn: isoDate(slot.day - rng.int(12, 16)),
    followUpOn: isoDate(slot.day + rng.int(14, 21)),
    route: { type: 'LineString', coordinates: route },
    observations: Array.from({ length: observationCount }, () => buildObservation(rng, route, slot.light, slot.day)),
  }
}

function walkTitle(slot: WalkSlot): string {
  const month = monthOf(slot.day)
  const season = month <= 2 || month === 12 ? 'vintern' : month <= 5 ? 'våren' : month <= 8 ? 'sommaren' : 'hösten'
  const kind = slot.light === 'dark' ? 'Kvällsvandring i mörker' : 'Trygghetsvandring'
  return `${kind} i centrum, ${season} ${yearOf(slot.day)}`
}
