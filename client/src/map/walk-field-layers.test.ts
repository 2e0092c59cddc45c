import { describe, expect, it } from 'vitest'
import type { ObservationReceipt, WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import { afterSent, newQueuedObservation } from '../walk-field/observation-queue.ts'
import { positionFeatures, savedObservations, waitingObservations, wfOverlaySources, wfSources, wfStyleLayers } from './walk-field-layers.ts'

const queued = (clientId: string, walkId = 7) =>
  newQueuedObservation({
    clientId,
    walkId,
    userId: 1,
    now: new Date(),
    body: { category: 'lighting', assessment: 'unsafe', rating: null, description: '', geometry: { type: 'Point', coordinates: [14.1, 59.3] } },
  })
const saved = (id: number) => ({ id, assessment: 'safe', geometry: { type: 'Point', coordinates: [14.2, 59.4] } }) as unknown as WalkObservation
const receipt = (id: number) => ({ observation: { id }, far_from_route: false, already_received: false }) as unknown as ObservationReceipt

describe('the walk-field map layers', () => {
  it('draw only from their own sources', () => {
    const sources = new Set(Object.keys(wfOverlaySources()))
    for (const layer of wfStyleLayers) if ('source' in layer) expect(sources.has(layer.source as string), layer.id).toBe(true)
    expect(sources.has(wfSources.route)).toBe(true)
  })

  it('show the saved observations once, with those just sent that the last fetch missed', () => {
    const sentKnown = afterSent(queued('a'), receipt(1), Date.now())
    const sentNew = afterSent(queued('b'), receipt(2), Date.now())
    const features = savedObservations([saved(1)], [sentKnown, sentNew, queued('c')]).features
    expect(features.map((feature) => feature.properties.assessment)).toEqual(['safe', 'unsafe'])
  })

  it("show this walk's observations still on the phone", () => {
    const sent = afterSent(queued('a'), receipt(1), Date.now())
    expect(waitingObservations(7, [sent, queued('b'), queued('c', 8)]).features).toHaveLength(1)
  })

  it('draw the position with its accuracy circle, and nothing without a position', () => {
    const good = positionFeatures({ coordinates: [14.1, 59.3], accuracy: 12, good: true })
    expect(good.position.features[0]?.properties.good).toBe(true)
    expect(good.accuracy.features).toHaveLength(1)
    expect(positionFeatures({ coordinates: [14.1, 59.3], accuracy: Number.POSITIVE_INFINITY, good: false }).accuracy.features).toHaveLength(0)
    expect(positionFeatures(null).position.features).toHaveLength(0)
  })
})
