/** What the participants of a safety walk noted along the route, safe and unsafe places alike. */
import { nearestPlaceLabel } from './centrum.ts'
import { isoDate } from './dates.ts'
import { pointGeometry } from './geometry.ts'
import type { Rng } from './random.ts'
import { MEASURE_TEXT, SAFE_TEXT, UNSAFE_TEXT } from './texts.ts'
import type { Category, CategoryWeights, DemoSafetyWalk, DemoWalkObservation, LonLat, Responsible } from './types.ts'
import { pointNearRoute } from './walk-route.ts'

const OBSERVATION_WEIGHTS: Record<DemoSafetyWalk['light'], CategoryWeights> = {
  // In the dark, lighting dominates; by daylight, overgrown vegetation and littering show more.
  dark: [
    ['lighting', 38], ['vegetation', 14], ['people_groups', 18], ['graffiti_littering', 12], ['visibility', 7],
    ['paths', 4], ['tunnels', 4], ['signage', 2], ['other', 1],
  ],
  daylight: [
    ['lighting', 18], ['vegetation', 26], ['people_groups', 16], ['graffiti_littering', 20], ['visibility', 9],
    ['paths', 6], ['tunnels', 2], ['signage', 2], ['other', 1],
  ],
}

export function buildObservation(
  rng: Rng,
  route: LonLat[],
  light: DemoSafetyWalk['light'],
  walkDay: number,
): DemoWalkObservation {
  const at = pointNearRoute(rng, route, 45)
  const category = rng.weighted(OBSERVATION_WEIGHTS[light])
  const place = nearestPlaceLabel(at) ?? 'Längs rutten'
  if (rng.chance(0.25)) {
    return {
      category,
      assessment: 'safe',
      rating: rng.int(2, 3),
      description: `${place}: ${SAFE_TEXT[category]}`,
      proposedMeasure: '',
      responsible: null,
      priority: null,
      deadlineOn: null,
      geometry: pointGeometry(at),
    }
  }
  return {
    category,
    assessment: 'unsafe',
    rating: rng.weighted([[0, 35], [1, 45], [2, 20]] as const),
    description: `${place}: ${rng.pick(UNSAFE_TEXT[category])}`,
    proposedMeasure: rng.pick(MEASURE_TEXT[category]),
    responsible: responsibleFor(rng, category),
    priority: rng.weighted([['high', 25], ['medium', 50], ['low', 25]] as const),
    // Municipal measures aim to be done within six months of the walk (DOMAIN.md).
    deadlineOn: isoDate(walkDay + rng.int(170, 195)),
    geometry: pointGeometry(at),
  }
}

function responsibleFor(rng: Rng, category: Category): Responsible {
  switch (category) {
    case 'people_groups':
      return rng.chance(0.8) ? 'polis' : 'kommun'
    case 'graffiti_littering':
    case 'visibility':
      return rng.chance(0.5) ? 'fastighetsagare' : 'kommun'
    case 'tunnels':
    case 'other':
      return rng.chance(0.3) ? 'annan' : 'kommun'
    default:
      return 'kommun'
  }
}
