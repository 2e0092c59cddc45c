import { describe, expect, it } from 'vitest'
import type { WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'
import { draftOf, recordChange } from './record-change.ts'

const record: WatchAreaRecord = {
  id: 1,
  name: 'Kvarnberget',
  status: 'active',
  households: 40,
  startup_meeting_on: '2024-03-01',
  last_verified_on: null,
  signs_count: 3,
  signs_condition: 'good',
  signs_checked_on: null,
  notes: '',
  area_m2: 1000,
  updated_at: '2026-01-01T00:00:00Z',
  geometry: { type: 'Polygon', coordinates: [] },
  contact_count: 0,
}

describe('recordChange', () => {
  it('sends nothing when nothing changed', () => {
    expect(recordChange(record, draftOf(record))).toEqual({})
  })

  it('sends only the changed fields, numbers as numbers and cleared values as null', () => {
    const draft = { ...draftOf(record), households: ' 52 ', signs_condition: '', last_verified_on: '2026-11-01', name: 'Kvarnberget norra ' }
    expect(recordChange(record, draft)).toEqual({ households: 52, signs_condition: null, last_verified_on: '2026-11-01', name: 'Kvarnberget norra' })
  })

  it('leaves a number that is not one for the server to explain', () => {
    expect(recordChange(record, { ...draftOf(record), households: '-3' })).toEqual({ households: '-3' })
  })
})
