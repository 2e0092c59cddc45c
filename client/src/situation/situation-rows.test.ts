import { describe, expect, it } from 'vitest'
import type { SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import { changeInWords, changeOf, isEmptyPicture, seriesInWords, situationCsv, sourceInWords, sourceTables, topPlacesCsv, totalInWords, typeLabel } from './situation-rows.ts'
import { textContext } from './test-context.ts'

const sv = textContext('sv')
const en = textContext('en')

const bins = ['2021-02-08', '2021-02-15', '2021-02-22', '2021-03-01', '2021-03-08']

function picture(change: Partial<SituationPicture> = {}): SituationPicture {
  return {
    period: 'week',
    from: '2021-03-08',
    to: '2021-03-14',
    bins,
    rows: [
      { source: 'staff', type: 'damage', count: 5, previous_average: 2, series: [2, 2, 2, 2, 5] },
      { source: 'staff', type: 'littering', count: 3, previous_average: 0, series: [0, 0, 0, 0, 3] },
      { source: 'public', type: 'lighting', count: 2, previous_average: 1, series: [1, 1, 1, 1, 2] },
      { source: 'walk', type: 'vegetation', count: 1, previous_average: 0, series: [0, 0, 0, 0, 1] },
    ],
    total: 11,
    previous_average: 3,
    places: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [14.1, 59.31] }, properties: { source: 'staff', type: 'damage', at: '2021-03-09T19:00:00Z' } }] },
    top_places: [{ centre: { type: 'Point', coordinates: [14.1, 59.31] }, count: 5, place_name: 'Stora torget', top_type: 'damage' }],
    ...change,
  }
}

describe('the tables', () => {
  it('have every type of each source, most entries first, and the source’s sums', () => {
    const [staff, reports, walks] = sourceTables(picture())
    expect(staff!.source).toBe('staff')
    expect(staff!.rows.map((row) => row.type)).toEqual(['damage', 'littering', 'unsafe_place', 'threat_staff', 'event', 'drug_dealing', 'disruptive_group'])
    expect(staff!.rows[2]).toEqual({ source: 'staff', type: 'unsafe_place', count: 0, previous_average: 0, series: [0, 0, 0, 0, 0] })
    expect([staff!.count, staff!.previous_average]).toEqual([8, 2])
    expect(reports!.rows).toHaveLength(9)
    expect(reports!.rows[0]!.type).toBe('lighting')
    expect(walks!.empty).toBe(false)
    // The types with none at all are named on one line.
    expect(staff!.active.map((row) => row.type)).toEqual(['damage', 'littering'])
    expect(staff!.quiet).toEqual(['unsafe_place', 'threat_staff', 'event', 'drug_dealing', 'disruptive_group'])
  })

  it('leave out a source with nothing now nor in the periods before', () => {
    const tables = sourceTables(picture({ rows: picture().rows.filter((row) => row.source !== 'walk') }))
    expect(tables.map((table) => table.empty)).toEqual([false, false, true])
  })

  it('say the change in words and numbers, rounded as shown', () => {
    expect(changeOf(5, 2)).toEqual({ direction: 'up', difference: 3 })
    expect(changeOf(1, 3.25)).toEqual({ direction: 'down', difference: 2.3 })
    expect(changeOf(2, 2.01)).toEqual({ direction: 'same', difference: 0 })
    expect(changeInWords(5, 2, sv)).toBe('3 fler')
    expect(changeInWords(1, 3.25, sv)).toBe('2,3 färre')
    expect(changeInWords(1, 3.25, en)).toBe('2.3 fewer')
    expect(changeInWords(0, 0, sv)).toBe('Oförändrat')
    expect(sourceInWords(8, 2, sv)).toBe('8, 6 fler än snittet (2)')
  })
})

describe('the period in a sentence', () => {
  it('compares the total with the four periods before', () => {
    expect(totalInWords(picture({ total: 31, previous_average: 23 }), sv)).toBe('31 händelser, 8 fler än snittet för de fyra veckorna före (23)')
    expect(totalInWords(picture({ total: 1, previous_average: 2.5 }), sv)).toBe('1 händelse, 1,5 färre än snittet för de fyra veckorna före (2,5)')
    expect(totalInWords(picture({ period: 'quarter', total: 4, previous_average: 4 }), sv)).toBe('4 händelser, lika många som snittet för de fyra kvartalen före (4)')
    expect(totalInWords(picture({ period: 'year', total: 31, previous_average: 23 }), en)).toBe('31 entries, 8 more than the average of the four years before (23)')
  })

  it('knows an empty period', () => {
    expect(isEmptyPicture(picture())).toBe(false)
    expect(isEmptyPicture(picture({ rows: [], total: 0, places: { type: 'FeatureCollection', features: [] }, top_places: [] }))).toBe(true)
  })
})

describe('words for types and series', () => {
  it('name incident types and report categories', () => {
    expect(typeLabel('drug_dealing', sv)).toBe('Misstänkt narkotikahandel')
    expect(typeLabel('lighting', sv)).toBe('Belysning')
    expect(typeLabel('lighting', en)).toBe('Lighting')
  })

  it('read a series aloud bin by bin', () => {
    expect(seriesInWords('week', bins, [2, 2, 2, 2, 5], sv)).toBe('v. 6: 2, v. 7: 2, v. 8: 2, v. 9: 2, v. 10: 5')
  })
})

describe('the CSV files', () => {
  it('have one row per type with the period, the change in words and a column per week', () => {
    const { header, rows } = situationCsv(picture(), sv)
    expect(header.slice(0, 6)).toEqual(['Period', 'Källa', 'Typ', 'Antal', 'Snitt 4 veckor före', 'Förändring'])
    expect(header[6]).toBe('v. 6 (2021-02-08)')
    expect(header).toHaveLength(11)
    expect(rows).toHaveLength(7 + 9 + 9)
    expect(rows[0]!.slice(1)).toEqual(['EST-händelser', 'Skadegörelse', 5, '2', '3 fler', 2, 2, 2, 2, 5])
    expect(String(rows[0]![0])).toMatch(/^Vecka 10, 8.14 mars 2021$/)
  })

  it('list the top places by number', () => {
    expect(topPlacesCsv(picture(), sv)).toEqual({ header: ['#', 'Plats', 'Antal', 'Vanligast'], rows: [[1, 'Stora torget', 5, 'Skadegörelse']] })
  })
})
