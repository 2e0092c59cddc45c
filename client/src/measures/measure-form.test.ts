import { describe, expect, it } from 'vitest'
import type { Measure } from '../../../server/shared/api/planning-schemas.ts'
import { measureBody } from '../../../server/shared/api/planning-schemas.ts'
import { emptyMeasureForm, formFromMeasure, measureBodyFrom, parseCost, roundGeometry, toggleId } from './measure-form.ts'
import type { MeasureForm } from './measure-form.ts'

const point = { type: 'Point' as const, coordinates: [14.1076543219, 59.3101234567] as [number, number] }

const filled = (change: Partial<MeasureForm> = {}): MeasureForm => ({ ...emptyMeasureForm('2026-11-01'), title: 'Ny belysning vid Kvarndammen', geometry: point, ...change })

describe('the measure form', () => {
  it('starts a new measure as proposed today, by the municipality, with nothing drawn', () => {
    const form = emptyMeasureForm('2026-11-23')
    expect(form).toMatchObject({ status: 'proposed', proposedOn: '2026-11-23', responsible: 'kommun', geometry: null, reportIds: [], observationIds: [] })
  })

  it('takes the title, shape and evidence of a draft from the planning screen', () => {
    const form = emptyMeasureForm('2026-11-23', { title: 'Kandidatplats 1', geometry: point, report_ids: [4, 9], observation_ids: [2] })
    expect(form).toMatchObject({ title: 'Kandidatplats 1', geometry: point, reportIds: [4, 9], observationIds: [2] })
  })

  it('refuses to send a measure with no shape, no name or a cost that is not whole kronor', () => {
    const result = measureBodyFrom({ ...emptyMeasureForm('2026-11-01'), cost: '12,50' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { field: 'title', key: 'titleMissing' },
      { field: 'cost_sek', key: 'costInvalid' },
      { field: 'geometry', key: 'geometryMissing' },
    ])
  })

  it('asks for the date a status needs, and a reason for a rejection', () => {
    const problems = (change: Partial<MeasureForm>) => {
      const result = measureBodyFrom(filled(change))
      return result.ok ? [] : result.problems.map((problem) => problem.key)
    }
    expect(problems({ status: 'decided' })).toEqual(['decidedOnMissing'])
    expect(problems({ status: 'done' })).toEqual(['doneOnMissing'])
    expect(problems({ status: 'rejected', rejectedReason: '  ' })).toEqual(['reasonMissing'])
    expect(problems({ proposedOn: '' })).toEqual(['proposedOnMissing'])
    expect(problems({ title: 'ab' })).toEqual(['titleShort'])
  })

  it('sends only the dates that belong to the status, rounded positions and the ticked links', () => {
    const result = measureBodyFrom(filled({ status: 'decided', decidedOn: '2026-11-10', doneOn: '2026-11-12', rejectedReason: 'old', cost: '12 000 kr', reportIds: [3], observationIds: [5, 6] }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.body).toMatchObject({
      status: 'decided',
      proposed_on: '2026-11-01',
      decided_on: '2026-11-10',
      done_on: null,
      rejected_reason: '',
      cost_sek: 12000,
      geometry: { type: 'Point', coordinates: [14.107654, 59.310123] },
      report_ids: [3],
      observation_ids: [5, 6],
    })
  })

  it('builds a body the server schema takes', () => {
    const result = measureBodyFrom(filled({ proposedOn: '2025-10-01', status: 'done', decidedOn: '2025-11-05', doneOn: '2025-11-20', description: 'Två nya stolpar.' }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(measureBody.safeParse(result.body).success).toBe(true)
  })

  it('reads a saved measure back into the form', () => {
    const measure: Measure = {
      id: 3,
      title: 'Röjning vid gångtunneln',
      description: '',
      type: 'vegetation_clearance',
      status: 'done',
      rejected_reason: '',
      responsible: 'kommun',
      responsible_detail: 'Parkenheten',
      proposed_on: '2026-03-01',
      decided_on: '2026-03-15',
      done_on: '2026-04-02',
      cost_sek: 45000,
      geometry: { type: 'Polygon', coordinates: [[[14.1, 59.3], [14.101, 59.3], [14.101, 59.301], [14.1, 59.3]]] },
      in_centrum: false,
      report_ids: [1],
      observation_ids: [],
      updated_at: '2026-04-02T10:00:00Z',
    }
    expect(formFromMeasure(measure)).toMatchObject({ status: 'done', decidedOn: '2026-03-15', doneOn: '2026-04-02', cost: '45000', responsibleDetail: 'Parkenheten', reportIds: [1] })
  })

  it('reads costs as people type them', () => {
    expect(parseCost('')).toBeNull()
    expect(parseCost('  ')).toBeNull()
    expect(parseCost('12000')).toBe(12000)
    expect(parseCost('12 000')).toBe(12000)
    expect(parseCost('12\u00a0000 kr')).toBe(12000)
    expect(parseCost('12000kr')).toBe(12000)
    expect(parseCost('-5')).toBeUndefined()
    expect(parseCost('12,5')).toBeUndefined()
    expect(parseCost('tolvtusen')).toBeUndefined()
    expect(parseCost('9999999999')).toBeUndefined()
  })

  it('rounds every kind of shape to six decimals', () => {
    expect(roundGeometry({ type: 'LineString', coordinates: [[14.1234567, 59.1234567], [14.2, 59.2]] })).toEqual({ type: 'LineString', coordinates: [[14.123457, 59.123457], [14.2, 59.2]] })
    const ring: [number, number][] = [[14.00000049, 59], [14.1, 59], [14.1, 59.1], [14.00000049, 59]]
    expect(roundGeometry({ type: 'Polygon', coordinates: [ring] })).toEqual({ type: 'Polygon', coordinates: [[[14, 59], [14.1, 59], [14.1, 59.1], [14, 59]]] })
  })

  it('ticks and unticks an id', () => {
    expect(toggleId([1, 2], 3)).toEqual([1, 2, 3])
    expect(toggleId([1, 2, 3], 2)).toEqual([1, 3])
  })
})
