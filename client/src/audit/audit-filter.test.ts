import { describe, expect, it } from 'vitest'
import { auditApiPath, auditFilterFromSearch, auditSearchFor } from './audit-filter.ts'

describe('the audit filter in the page query', () => {
  it('reads type and id', () => {
    expect(auditFilterFromSearch('?typ=user&id=12')).toEqual({ objectType: 'user', objectId: '12' })
    expect(auditFilterFromSearch('?typ=watch_area')).toEqual({ objectType: 'watch_area', objectId: null })
  })

  it('drops an unknown type and an empty id', () => {
    expect(auditFilterFromSearch('?typ=bananas&id=%20%20')).toEqual({ objectType: null, objectId: null })
    expect(auditFilterFromSearch('')).toEqual({ objectType: null, objectId: null })
  })

  it('writes the same query back', () => {
    expect(auditSearchFor({ objectType: 'user', objectId: '12' })).toBe('?typ=user&id=12')
    expect(auditSearchFor({ objectType: null, objectId: null })).toBe('')
    expect(auditFilterFromSearch(auditSearchFor({ objectType: null, objectId: 'a&b' }))).toEqual({ objectType: null, objectId: 'a&b' })
  })
})

describe('auditApiPath', () => {
  it('asks the API for one page, continuing before an id', () => {
    expect(auditApiPath({ objectType: 'user', objectId: '12' }, null, 50)).toBe('/api/audit?object_type=user&object_id=12&limit=50')
    expect(auditApiPath({ objectType: null, objectId: null }, '981', 50)).toBe('/api/audit?before_id=981&limit=50')
  })
})

describe('the object types', () => {
  it('are the server’s list', async () => {
    const { auditObjectTypes: serverTypes } = await import('../../../server/shared/api/audit-schemas.ts')
    const { auditObjectTypes } = await import('./audit-filter.ts')
    expect([...auditObjectTypes].sort()).toEqual([...serverTypes].sort())
  })

  it('include reports, staff incidents and place names', () => {
    expect(auditFilterFromSearch('?typ=report&id=4')).toEqual({ objectType: 'report', objectId: '4' })
    expect(auditFilterFromSearch('?typ=staff_incident').objectType).toBe('staff_incident')
    expect(auditFilterFromSearch('?typ=place_name').objectType).toBe('place_name')
  })
})
