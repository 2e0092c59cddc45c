import { describe, expect, it } from 'vitest'
import { suggestMapping } from './suggest-mapping.ts'
import { measureTarget } from './target-measures.ts'
import { walkRouteTarget } from './target-walk-routes.ts'
import { watchAreaTarget } from './target-watch-areas.ts'

describe('suggestMapping', () => {
  it('maps attributes by the names fields are known by, in Swedish or English, ignoring case and accents', () => {
    expect(suggestMapping(watchAreaTarget.fields, ['NAMN', 'Hushåll', 'Status', 'yta_m2'])).toEqual({ name: 'NAMN', households: 'Hushåll', status: 'Status' })
    expect(suggestMapping(walkRouteTarget.fields, ['title', 'starts_at', 'light'])).toEqual({ title: 'title', starts_at: 'starts_at', light: 'light' })
    expect(suggestMapping(measureTarget.fields, ['titel', 'typ', 'kostnad', 'foreslagen', 'beslutad'])).toEqual({
      title: 'titel', type: 'typ', cost_sek: 'kostnad', proposed_on: 'foreslagen', decided_on: 'beslutad',
    })
  })

  it('prefers exact names, uses a prefix only after them, and gives each attribute to one field', () => {
    // "namn" is both a name and, failing a title, a walk's title; "startdatum" starts with "start".
    expect(suggestMapping(walkRouteTarget.fields, ['namn', 'startdatum'])).toEqual({ title: 'namn', starts_at: 'startdatum' })
    expect(suggestMapping(walkRouteTarget.fields, ['titel', 'namn'])).toEqual({ title: 'titel' })
    expect(suggestMapping(watchAreaTarget.fields, ['id', 'geom'])).toEqual({})
  })
})
