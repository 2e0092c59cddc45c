import { describe, expect, it } from 'vitest'
import { newQueuedObservation } from './observation-queue.ts'
import { draftFromQueued, draftProblems, emptyDraft, observationBody } from './observation-draft.ts'

const t = (key: string) => key
const point = { coordinates: [14.1096, 59.3106] as [number, number], source: 'position' as const, accuracy: 8 }

describe('an observation being written', () => {
  it('needs a point, a category and safe or unsafe; the rest is optional', () => {
    expect(draftProblems(emptyDraft, null, t).map((problem) => problem.field)).toEqual(['geometry', 'category', 'assessment'])
    expect(draftProblems({ ...emptyDraft, category: 'lighting', assessment: 'safe' }, point, t)).toEqual([])
  })

  it('refuses a description longer than the server takes', () => {
    const long = { ...emptyDraft, category: 'lighting' as const, assessment: 'safe' as const, description: 'x'.repeat(1001) }
    expect(draftProblems(long, point, t).map((problem) => problem.field)).toEqual(['description'])
  })

  it('becomes the API body, trimmed, with the photo only when there is one', () => {
    const draft = { ...emptyDraft, category: 'lighting' as const, assessment: 'unsafe' as const, rating: 1, description: '  Mörkt  ' }
    expect(observationBody(draft, point)).toEqual({
      category: 'lighting',
      assessment: 'unsafe',
      rating: 1,
      description: 'Mörkt',
      geometry: { type: 'Point', coordinates: [14.1096, 59.3106] },
    })
    expect(observationBody({ ...draft, photo: 'AAAA' }, point).photo).toBe('AAAA')
    expect(() => observationBody(emptyDraft, point)).toThrow()
  })

  it('comes back into the form from the queue for a correction', () => {
    const draft = { ...emptyDraft, category: 'vegetation' as const, assessment: 'safe' as const, photo: 'BBBB' }
    const queued = newQueuedObservation({ clientId: 'a', walkId: 1, userId: 1, now: new Date(), body: observationBody(draft, point) })
    expect(draftFromQueued(queued)).toEqual({ draft, point: { coordinates: point.coordinates, source: 'map', accuracy: null } })
  })
})
