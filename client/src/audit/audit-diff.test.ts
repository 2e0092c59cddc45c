import { describe, expect, it } from 'vitest'
import { auditChanges } from './audit-diff.ts'
import { auditObjectName } from './audit-object.ts'

describe('auditChanges', () => {
  const account = { email: 'a@kristinehamn.example', display_name: 'Anna', role: 'kommun', disabled: false }

  it('lists only the fields that changed', () => {
    expect(auditChanges(account, { ...account, role: 'admin' })).toEqual([{ field: 'role', before: 'kommun', after: 'admin' }])
  })

  it('lists a field only after has, such as a changed password', () => {
    expect(auditChanges(account, { ...account, password: 'changed' })).toEqual([
      { field: 'password', before: undefined, after: 'changed' },
    ])
  })

  it('lists every field of a created or a deleted object, in reading order whatever order jsonb kept', () => {
    const fromJsonb = { role: 'kommun', email: 'a@kristinehamn.example', zebra: 1, disabled: false, display_name: 'Anna', alpha: 2 }
    expect(auditChanges(null, fromJsonb).map((change) => change.field)).toEqual(['email', 'display_name', 'role', 'disabled', 'alpha', 'zebra'])
    expect(auditChanges(account, null).every((change) => change.after === undefined)).toBe(true)
  })

  it('has nothing for a login', () => {
    expect(auditChanges(null, null)).toEqual([])
  })

  it('compares nested values by content, whatever the key order', () => {
    const geometry = { type: 'Polygon', coordinates: [[[14, 59], [14.1, 59], [14, 59.1], [14, 59]]] }
    const reordered = { coordinates: geometry.coordinates, type: 'Polygon' }
    expect(auditChanges({ geometry }, { geometry: reordered })).toEqual([])
    const moved = { type: 'Polygon', coordinates: [[[14, 59], [14.2, 59], [14, 59.1], [14, 59]]] }
    expect(auditChanges({ geometry }, { geometry: moved })).toHaveLength(1)
  })

  it('tells null from a missing value and from false', () => {
    expect(auditChanges({ households: null }, { households: 0 })).toHaveLength(1)
    expect(auditChanges({ disabled: false }, {})).toEqual([{ field: 'disabled', before: false, after: undefined }])
  })
})

describe('auditObjectName', () => {
  it('names an object by the label recorded with the entry', () => {
    expect(auditObjectName({ object_label: 'a@b.se', before: { role: 'polis' }, after: { role: 'kommun' } })).toBe('a@b.se')
  })

  it('falls back on an e-mail address or a name in the values', () => {
    expect(auditObjectName({ object_label: '', before: null, after: { email: 'a@b.se', display_name: 'A' } })).toBe('a@b.se')
    expect(auditObjectName({ object_label: '', before: { name: 'Östermalm' }, after: null })).toBe('Östermalm')
    expect(auditObjectName({ object_label: '', before: null, after: null })).toBeNull()
    expect(auditObjectName({ object_label: ' ', before: null, after: { everywhere: true } })).toBeNull()
  })
})
