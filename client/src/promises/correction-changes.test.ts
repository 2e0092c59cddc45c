import { describe, expect, it } from 'vitest'
import type { PromiseCorrection } from '../../../server/shared/api/promise-schemas.ts'
import { correctionAnchor, correctionsOf, correctionSubject, fieldChanges } from './correction-changes.ts'
import { enContext, svContext } from './test-context.ts'

const correction = (change: Partial<PromiseCorrection>): PromiseCorrection => ({
  id: 1,
  object_type: 'promise',
  object_id: 12,
  reason: 'Stavfel',
  before: { text: 'Polisen lovar att arbta.' },
  after: { text: 'Polisen lovar att arbeta.' },
  corrected_at: '2026-11-20T09:00:00Z',
  ...change,
})

const page = {
  promises: [
    {
      id: 12,
      position: 2,
      text: '',
      responsible: 'polisen' as const,
      responsible_text: '',
      latest_activities: [],
      activity_count: 0,
      indicators: [{ id: 30, position: 1, kind: 'walks_done' as const, label: 'Trygghetsvandringar', target_per_year: 2, years: [] }],
    },
  ],
}

describe('a correction in plain words', () => {
  it('shows each changed field before and after', () => {
    expect(fieldChanges(correction({}), svContext)).toEqual([{ field: 'text', label: 'Löftets text', before: 'Polisen lovar att arbta.', after: 'Polisen lovar att arbeta.' }])
  })

  it('says responsibility, kinds, dates, empty texts and a removed target in words', () => {
    const changes = fieldChanges(
      correction({
        before: { target_per_year: 2, responsible: 'kommunen', ends_on: '2017-12-31', goal: '', extra: true },
        after: { target_per_year: null, responsible: 'both', ends_on: '2018-06-30', goal: 'Öka tryggheten', extra: false },
      }),
      svContext,
    )
    expect(changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Slutdatum', '31 december 2017', '30 juni 2018'],
      ['Målet', '(tomt)', 'Öka tryggheten'],
      ['Ansvarig part', 'Kommunen', 'Kommunen och polisen'],
      ['Mål per år', '2', 'inget mål (minst en aktivitet per år)'],
      ['extra', 'true', 'false'],
    ])
  })

  it('shows an addition and a removal', () => {
    const added = fieldChanges(correction({ before: null, after: { label: 'Nytt mått', kind: 'activities' } }), svContext)
    expect(added).toEqual([
      { field: 'kind', label: 'Typ av mått', before: null, after: 'Aktiviteter i loggen' },
      { field: 'label', label: 'Måttets namn', before: null, after: 'Nytt mått' },
    ])
    expect(fieldChanges(correction({ after: null }), enContext)).toEqual([{ field: 'text', label: 'The promise’s text', before: 'Polisen lovar att arbta.', after: null }])
  })

  it('names what it concerns', () => {
    expect(correctionSubject(correction({}), page, svContext)).toBe('Löfte 2')
    expect(correctionSubject(correction({ object_type: 'promise_period' }), page, svContext)).toBe('Periodens text')
    expect(correctionSubject(correction({ object_type: 'promise_indicator', object_id: 30 }), page, svContext)).toBe('Måttet ”Trygghetsvandringar” i löfte 2')
    expect(correctionSubject(correction({ object_id: 99 }), page, svContext)).toBe('Ett löfte som inte längre finns')
  })

  it('finds the corrections of one object', () => {
    const list = [correction({ id: 1 }), correction({ id: 2, object_type: 'promise_indicator' }), correction({ id: 3, object_id: 13 })]
    expect(correctionsOf(list, 'promise', 12).map((item) => item.id)).toEqual([1])
    expect(correctionAnchor(3)).toBe('rattelse-3')
  })
})
