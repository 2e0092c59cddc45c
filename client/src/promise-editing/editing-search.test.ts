import { describe, expect, it } from 'vitest'
import { editingLocationFrom, editingSearchFor } from './editing-search.ts'

describe('the editing screen address', () => {
  it('reads the period, the part and a new period', () => {
    expect(editingLocationFrom('?period=12&vy=enkater')).toEqual({ periodId: 12, view: 'surveys', creating: false })
    expect(editingLocationFrom('?ny=1')).toEqual({ periodId: null, view: 'promises', creating: true })
    expect(editingLocationFrom('')).toEqual({ periodId: null, view: 'promises', creating: false })
  })

  it('drops what it does not know', () => {
    expect(editingLocationFrom('?period=abc&vy=hemligt')).toEqual({ periodId: null, view: 'promises', creating: false })
    expect(editingLocationFrom('?period=0')).toMatchObject({ periodId: null })
    expect(editingLocationFrom('?period=12345678901')).toMatchObject({ periodId: null })
  })

  it('writes a query that reads back the same', () => {
    for (const location of [
      { periodId: 3, view: 'figures' as const, creating: false },
      { periodId: 3, view: 'promises' as const, creating: false },
      { periodId: null, view: 'period' as const, creating: false },
      { periodId: null, view: 'promises' as const, creating: true },
    ]) {
      expect(editingLocationFrom(editingSearchFor(location))).toEqual(location)
    }
    expect(editingSearchFor({ periodId: 3 })).toBe('?period=3')
    expect(editingSearchFor({ periodId: 3, view: 'promises' })).toBe('?period=3')
    expect(editingSearchFor({})).toBe('')
  })
})
