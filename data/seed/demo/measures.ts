/** Environment measures with decision and completion dates laid out before the reference date. */
import { isoDate } from './dates.ts'
import { MEASURE_PLANS } from './measure-plans.ts'
import { createRng } from './random.ts'
import type { DemoMeasure } from './types.ts'

const REJECTED_REASON = 'Tillstånd för kamerabevakning bedöms inte kunna ges; belysning och röjning prövas först.'

export function buildMeasures(refDay: number): DemoMeasure[] {
  const rng = createRng('measures')
  // Its own sequence, so the proposal dates leave the other dates and the shapes as they were.
  const proposalRng = createRng('measure-proposals')
  return MEASURE_PLANS.map((plan) => {
    let decidedOn: number | null = null
    let doneOn: number | null = null
    if (plan.status === 'done') {
      doneOn = refDay - rng.int(30, 1400)
      decidedOn = doneOn - rng.int(30, 200)
    } else if (plan.status === 'decided') {
      decidedOn = refDay - rng.int(14, 300)
    } else if (plan.status === 'rejected') {
      decidedOn = refDay - rng.int(60, 900)
    }
    const proposedOn = (decidedOn ?? refDay) - proposalRng.int(7, 90)
    return {
      title: plan.title,
      description: plan.description,
      type: plan.type,
      status: plan.status,
      rejectedReason: plan.status === 'rejected' ? REJECTED_REASON : null,
      responsible: plan.responsible,
      proposedOn: isoDate(proposedOn),
      decidedOn: decidedOn === null ? null : isoDate(decidedOn),
      doneOn: doneOn === null ? null : isoDate(doneOn),
      costSek: plan.cost,
      geometry: plan.shape(rng),
    }
  })
}
