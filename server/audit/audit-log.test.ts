import { describe, expect, it } from 'vitest'
import { changedFields } from './audit-log.ts'

describe('changedFields', () => {
  it('keeps only what changed, before and after', () => {
    expect(changedFields({ name: 'A', role: 'polis', n: 1 }, { name: 'A', role: 'kommun', n: 1 })).toEqual({
      before: { role: 'polis' },
      after: { role: 'kommun' },
    })
  })

  it('compares nested values by content and notices fields that appear', () => {
    const ring = [[14.1, 59.3], [14.2, 59.3], [14.1, 59.3]]
    expect(changedFields({ geometry: { coordinates: ring } }, { geometry: { coordinates: [...ring] }, password: 'changed' })).toEqual({
      before: {},
      after: { password: 'changed' },
    })
  })

  it('leaves a creation or a deletion whole', () => {
    expect(changedFields(null, { name: 'A' })).toEqual({ before: null, after: { name: 'A' } })
  })
})
