import { describe, expect, it } from 'vitest'
import type { StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import { byOccurrence, countsByType, incidentBody } from './incident-entry.ts'
import type { IncidentDraft } from './incident-entry.ts'

const now = new Date('2026-11-23T12:00:00Z')
const draft = (change: Partial<IncidentDraft> = {}): IncidentDraft => ({
  type: 'damage',
  date: '2026-11-22',
  time: '21:40',
  organisation: 'bostadsbolag',
  description: '',
  place: [14.108, 59.309],
  ...change,
})

describe('the incident form', () => {
  it('sends the time in Sweden with its offset and the chosen point', () => {
    expect(incidentBody(draft({ description: '  Krossad ruta i porten ' }), now)).toEqual({
      ok: true,
      body: {
        type: 'damage',
        occurred_at: '2026-11-22T21:40:00+01:00',
        organisation: 'bostadsbolag',
        description: 'Krossad ruta i porten',
        geometry: { type: 'Point', coordinates: [14.108, 59.309] },
      },
    })
  })

  it('names every missing field in the form’s order', () => {
    const result = incidentBody(draft({ type: '', organisation: '', place: null, date: '' }), now)
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'type', key: 'typeMissing' },
        { field: 'date', key: 'dateMissing' },
        { field: 'organisation', key: 'organisationMissing' },
        { field: 'place', key: 'placeMissing' },
      ],
    })
  })

  it('refuses a time in the future and a date that does not exist', () => {
    expect(incidentBody(draft({ date: '2026-11-23', time: '14:30' }), now)).toMatchObject({ ok: false, problems: [{ field: 'time', key: 'future' }] })
    expect(incidentBody(draft({ date: '2026-11-23', time: '12:59' }), now)).toMatchObject({ ok: true })
    expect(incidentBody(draft({ date: '2026-02-31' }), now)).toMatchObject({ ok: false, problems: [{ field: 'date', key: 'dateInvalid' }] })
  })
})

describe('the incident list', () => {
  const incident = (id: number, type: StaffIncident['type'], occurred: string): StaffIncident => ({
    id,
    type,
    occurred_at: occurred,
    organisation: 'kommun',
    description: '',
    reported_by: null,
    created_at: occurred,
    coordinates: [14.1, 59.3],
  })

  it('counts every type, zero included', () => {
    const counts = countsByType([incident(1, 'damage', '2026-11-01T10:00:00Z'), incident(2, 'damage', '2026-11-02T10:00:00Z'), incident(3, 'littering', '2026-11-03T10:00:00Z')])
    expect(counts.find((entry) => entry.type === 'damage')?.count).toBe(2)
    expect(counts.find((entry) => entry.type === 'littering')?.count).toBe(1)
    expect(counts.find((entry) => entry.type === 'threat_staff')?.count).toBe(0)
    expect(counts).toHaveLength(7)
  })

  it('lists the newest first', () => {
    const sorted = [incident(1, 'event', '2026-11-01T10:00:00Z'), incident(2, 'event', '2026-11-05T10:00:00Z')].sort(byOccurrence)
    expect(sorted.map((entry) => entry.id)).toEqual([2, 1])
  })
})
