import { describe, expect, it } from 'vitest'
import type { WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import { draftFromObservation, protocolEntryBody } from './protocol-entry.ts'

const observation: WalkObservation = {
  id: 7,
  walk_id: 2,
  category: 'lighting',
  assessment: 'unsafe',
  rating: 1,
  description: 'Mörkt vid tunneln.',
  proposed_measure: '',
  responsible: null,
  priority: null,
  deadline_on: null,
  measure_status: 'none',
  measure_reason: '',
  measure_done_on: null,
  observed_at: '2024-10-22T18:20:00+02:00',
  geometry: { type: 'Point', coordinates: [14.1, 59.31] },
  has_photo: false,
  distance_from_route_m: 4,
}

describe('a protocol row in the form', () => {
  it('starts from the observation, with empty strings for what is not set', () => {
    expect(draftFromObservation(observation)).toEqual({
      proposed_measure: '',
      responsible: '',
      priority: '',
      deadline_on: '',
      measure_status: 'none',
      measure_reason: '',
      measure_done_on: '',
    })
  })

  it('sends what the participants noted unchanged and empty choices as null', () => {
    const body = protocolEntryBody(observation, { ...draftFromObservation(observation), proposed_measure: '  Byt lampan. ', measure_status: 'proposed' })
    expect(body).toEqual({
      category: 'lighting',
      assessment: 'unsafe',
      rating: 1,
      description: 'Mörkt vid tunneln.',
      proposed_measure: 'Byt lampan.',
      responsible: null,
      priority: null,
      deadline_on: null,
      measure_status: 'proposed',
      measure_reason: '',
      measure_done_on: null,
    })
  })

  it('sends a reason only with "will not be done" and a date only with "done"', () => {
    const draft = { ...draftFromObservation(observation), proposed_measure: 'Byt lampan.', measure_reason: 'Privat mark', measure_done_on: '2024-11-02' }
    expect(protocolEntryBody(observation, { ...draft, measure_status: 'in_progress' })).toMatchObject({ measure_reason: '', measure_done_on: null })
    expect(protocolEntryBody(observation, { ...draft, measure_status: 'not_done' })).toMatchObject({ measure_reason: 'Privat mark', measure_done_on: null })
    expect(protocolEntryBody(observation, { ...draft, measure_status: 'done' })).toMatchObject({ measure_reason: '', measure_done_on: '2024-11-02' })
    expect(protocolEntryBody(observation, { ...draft, measure_status: 'done', measure_done_on: '' })).toMatchObject({ measure_done_on: null })
  })

  it('keeps the chosen responsible party, priority and deadline', () => {
    const draft = { ...draftFromObservation(observation), responsible: 'fastighetsagare' as const, priority: 'high' as const, deadline_on: '2025-03-31' }
    expect(protocolEntryBody(observation, draft)).toMatchObject({ responsible: 'fastighetsagare', priority: 'high', deadline_on: '2025-03-31' })
  })
})
