/**
 * What happened after each demo walk: the protocol published at the follow-up meeting, and each
 * proposed measure's progress by the reference date – most done within the six months the method
 * aims for, some still under way, a few that will not be done, with the reason.
 */
import { dayFromIso, isoDate } from './dates.ts'
import { createRng } from './random.ts'
import type { Rng } from './random.ts'
import type { DemoSafetyWalk, DemoWalkObservation } from './types.ts'

const NOT_DONE_REASONS = [
  'Marken är privat och fastighetsägaren vill inte göra ändringen.',
  'Ingår i ombyggnaden av stråket som är planerad till nästa år.',
  'Kostnaden ryms inte i årets budget; tas upp igen i nästa budget.',
] as const

export const HOW_TO_JOIN =
  'Alla som bor eller arbetar i Kristinehamn är välkomna. Anmäl dig till trygghetssamordnaren senast en vecka före, ' +
  'så att vi vet hur många vi blir. Ta på dig bra skor och kläder efter väder; vandringen tar ungefär två timmar.'

/** Sets the protocol's publication and each measure's status; uses its own random stream so the walks stay as they were. */
export function addWalkProgress(walks: DemoSafetyWalk[], refDay: number): void {
  const rng = createRng('walk-progress')
  for (const walk of walks) {
    walk.howToJoin = HOW_TO_JOIN
    const walkDay = dayFromIso(walk.startsAt)
    const followUpDay = dayFromIso(walk.followUpOn)
    walk.protocolPublishedOn = walk.status === 'done' && followUpDay < refDay ? walk.followUpOn : null
    for (const observation of walk.observations) Object.assign(observation, measureProgress(rng, observation, walkDay, refDay))
  }
}

type Progress = Pick<DemoWalkObservation, 'measureStatus' | 'measureReason' | 'measureDoneOn'>

function measureProgress(rng: Rng, observation: DemoWalkObservation, walkDay: number, refDay: number): Progress {
  if (observation.proposedMeasure === '') return { measureStatus: 'none', measureReason: '', measureDoneOn: null }
  const daysSince = refDay - walkDay
  const doneBetween = (from: number, to: number): Progress => ({
    measureStatus: 'done',
    measureReason: '',
    measureDoneOn: isoDate(walkDay + rng.int(from, Math.max(from, Math.min(to, daysSince - 1)))),
  })
  if (daysSince > 200) {
    const outcome = rng.weighted([['done', 75], ['not_done', 15], ['in_progress', 10]] as const)
    if (outcome === 'done') return doneBetween(30, 190)
    if (outcome === 'not_done') return { measureStatus: 'not_done', measureReason: rng.pick(NOT_DONE_REASONS), measureDoneOn: null }
    return { measureStatus: 'in_progress', measureReason: '', measureDoneOn: null }
  }
  if (daysSince > 30) {
    const outcome = rng.weighted([['done', 25], ['in_progress', 40], ['proposed', 35]] as const)
    if (outcome === 'done') return doneBetween(20, daysSince - 1)
    return { measureStatus: outcome, measureReason: '', measureDoneOn: null }
  }
  return { measureStatus: 'proposed', measureReason: '', measureDoneOn: null }
}
