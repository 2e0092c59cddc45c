import { describe, expect, it } from 'vitest'
import type { Measure, MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { csvText } from '../../../server/shared/csv.ts'
import { effectCsv, filterMeasures, measureCsv, measureFeatures, measureGeoJson, sortMeasures } from './measure-features.ts'
import { enContext, svContext } from './test-context.ts'

const measure = (id: number, change: Partial<Measure> = {}): Measure => ({
  id,
  title: `Åtgärd ${id}`,
  description: '',
  type: 'lighting',
  status: 'proposed',
  rejected_reason: '',
  responsible: 'kommun',
  responsible_detail: '',
  proposed_on: '2026-01-01',
  decided_on: null,
  done_on: null,
  cost_sek: null,
  geometry: { type: 'Point', coordinates: [14.1, 59.3] },
  in_centrum: false,
  report_ids: [],
  observation_ids: [],
  updated_at: '2026-01-01T00:00:00Z',
  ...change,
})

const measures = [
  measure(1),
  measure(2, { status: 'done', decided_on: '2026-02-01', done_on: '2026-03-01', cost_sek: 12000, report_ids: [4, 5], in_centrum: true }),
  measure(3, { status: 'rejected', decided_on: '2026-01-20', rejected_reason: 'Ingen kamera; "belysning" först' }),
]

describe('measures on the map and in the exports', () => {
  it('marks the open measure and leaves out the one being drawn', () => {
    const features = measureFeatures(measures, 2, 3)
    expect(features.features.map((feature) => [feature.properties.measure_id, feature.properties.status, feature.properties.selected])).toEqual([
      [1, 'proposed', false],
      [2, 'done', true],
    ])
  })

  it('filters by status and puts the latest first', () => {
    expect(filterMeasures(measures, 'done').map((entry) => entry.id)).toEqual([2])
    expect(filterMeasures(measures, 'all')).toHaveLength(3)
    expect(sortMeasures(measures).map((entry) => entry.id)).toEqual([2, 3, 1])
  })

  it('exports the layer as GeoJSON with codes, as the API gives them', () => {
    const layer = measureGeoJson([measures[1]!])
    expect(layer.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point' }, properties: { id: 2, status: 'done', type: 'lighting', cost_sek: 12000, report_ids: [4, 5], in_centrum: true } })
  })

  it('exports the list as CSV in words, in the page language', () => {
    const table = measureCsv(measures, svContext)
    expect(table.header.slice(0, 4)).toEqual(['Id', 'Åtgärd', 'Typ', 'Status'])
    expect(table.rows[1]?.slice(0, 4)).toEqual([2, 'Åtgärd 2', 'Belysning', 'Genomförd'])
    expect(table.rows[1]?.[12]).toBe('4, 5')
    const text = csvText(table.header, table.rows)
    expect(text.split('\r\n')[0]).toBe('\uFEFFId;Åtgärd;Typ;Status;Skäl till avslag;Ansvarig;Ansvarig i praktiken;Föreslagen;Beslutad;Genomförd;Kostnad (kr);I centrum;Rapporter (id);Observationer (id);Beskrivning')
    expect(text).toContain('"Ingen kamera; ""belysning"" först"')
    expect(measureCsv(measures, enContext).rows[2]?.[3]).toBe('Rejected')
  })

  it('exports the effects with decimal commas in Swedish and the verdict in words', () => {
    const effect: MeasureEffect = {
      measure_id: 2,
      title: 'Åtgärd 2',
      type: 'lighting',
      done_on: '2026-03-01',
      months: 6,
      before: { from: '2025-09-01', to: '2026-02-28', near: 3, rest: 90 },
      after: { from: '2026-03-01', to: '2026-08-31', near: 2, rest: 100 },
      expected_after: 3.333,
      ratio: null,
      ratio_low: null,
      ratio_high: null,
      verdict: 'too_few',
    }
    const table = effectCsv([effect], 150, svContext)
    expect(table.rows[0]).toEqual([2, 'Åtgärd 2', 'Belysning', '2026-03-01', 150, 6, '2025-09-01', '2026-02-28', '2026-03-01', '2026-08-31', 3, 2, 90, 100, '3,3', null, null, null, 'För få platser för att säga något: 3 före och 2 efter.'])
  })
})
