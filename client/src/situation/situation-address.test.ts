import { describe, expect, it } from 'vitest'
import { addressFromSearch, searchFromAddress } from './situation-address.ts'

describe('the period in the address', () => {
  it('is read back as written', () => {
    const search = searchFromAddress({ period: 'quarter', date: '2026-07-01' })
    expect(search).toBe('?period=quarter&date=2026-07-01')
    expect(addressFromSearch(search)).toEqual({ period: 'quarter', date: '2026-07-01' })
  })

  it('falls back to the last whole week on anything unknown', () => {
    expect(addressFromSearch('')).toEqual({ period: 'week', date: null })
    expect(addressFromSearch('?period=month&date=2026-02-30')).toEqual({ period: 'week', date: null })
    expect(addressFromSearch('?period=year')).toEqual({ period: 'year', date: null })
  })
})
