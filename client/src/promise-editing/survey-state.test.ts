import { describe, expect, it } from 'vitest'
import { surveyState } from './survey-state.ts'

describe('a survey’s state', () => {
  it('is open when the server says it takes answers', () => {
    expect(surveyState({ open: true, opens_on: '2026-01-01' }, '2026-11-23')).toBe('open')
  })

  it('is not yet open before its first day, and closed after its last', () => {
    expect(surveyState({ open: false, opens_on: '2027-01-01' }, '2026-11-23')).toBe('upcoming')
    expect(surveyState({ open: false, opens_on: '2026-01-01' }, '2026-11-23')).toBe('closed')
  })
})
