import { describe, expect, it } from 'vitest'
import { listSearchFor, measureViewFromSearch } from './measure-search.ts'

describe('the measures screen address', () => {
  it('shows one measure, a new one or the list', () => {
    expect(measureViewFromSearch('?id=12')).toEqual({ kind: 'measure', id: 12 })
    expect(measureViewFromSearch('?ny=1')).toEqual({ kind: 'new' })
    expect(measureViewFromSearch('')).toEqual({ kind: 'list', status: 'all' })
    expect(measureViewFromSearch('?status=done')).toEqual({ kind: 'list', status: 'done' })
  })

  it('ignores what it does not know', () => {
    expect(measureViewFromSearch('?id=0')).toEqual({ kind: 'list', status: 'all' })
    expect(measureViewFromSearch('?id=x')).toEqual({ kind: 'list', status: 'all' })
    expect(measureViewFromSearch('?id=99999999999')).toEqual({ kind: 'list', status: 'all' })
    expect(measureViewFromSearch('?status=finished')).toEqual({ kind: 'list', status: 'all' })
    expect(measureViewFromSearch('?ny=yes')).toEqual({ kind: 'list', status: 'all' })
  })

  it('keeps the filter in the address, and the default out of it', () => {
    expect(listSearchFor('all')).toBe('')
    expect(listSearchFor('rejected')).toBe('?status=rejected')
    expect(measureViewFromSearch(listSearchFor('rejected'))).toEqual({ kind: 'list', status: 'rejected' })
  })
})
