import { describe, expect, it } from 'vitest'
import type { ExternalFigure } from '../../../server/shared/api/survey-schemas.ts'
import { figureGroups } from './figure-groups.ts'

let nextId = 0
const figure = (source: ExternalFigure['source'], label: string, year: number, value: number, national: number | null = null, citation = `${source} ${year}`): ExternalFigure => ({
  id: (nextId += 1),
  municipality_code: '1781',
  source,
  year,
  label,
  value,
  national_value: national,
  citation,
})

describe('the external figures', () => {
  it('are charted per source and label, SCB first, years in order', () => {
    const groups = figureGroups([
      figure('ntu', 'Otrygg ute sent', 2021, 30, 29, 'Brå NTU 2021'),
      figure('scb', 'Trygghet kvällar och nätter', 2016, 58, null, 'SCB 2016'),
      figure('scb', 'Trygghet kvällar och nätter', 2010, 61, null, 'SCB 2016'),
      figure('scb', 'Trygghet inbrott', 2012, 66),
      figure('ntu', 'Otrygg ute sent', 2019, 27, 28, 'Brå NTU 2019'),
    ])
    expect(groups.map((group) => [group.source, group.label, group.years.map((year) => year.year)])).toEqual([
      ['scb', 'Trygghet inbrott', [2012]],
      ['scb', 'Trygghet kvällar och nätter', [2010, 2016]],
      ['ntu', 'Otrygg ute sent', [2019, 2021]],
    ])
    expect(groups[1]?.citations).toEqual(['SCB 2016'])
    expect(groups[2]?.citations).toEqual(['Brå NTU 2021', 'Brå NTU 2019'])
  })

  it('draw Sweden’s figure as a second series only when there is one', () => {
    const [scb, ntu] = figureGroups([figure('scb', 'Index', 2016, 58), figure('ntu', 'Otrygg', 2021, 30, 29)])
    expect(scb?.hasNational).toBe(false)
    expect(ntu?.hasNational).toBe(true)
    expect(ntu?.years).toEqual([{ year: 2021, value: 30, national: 29 }])
  })

  it('keep SCB’s index on 0–100 and give NTU a round top', () => {
    const [scb, ntu] = figureGroups([figure('scb', 'Index', 2016, 58), figure('ntu', 'Otrygg', 2021, 30, 29)])
    expect(scb?.domain).toEqual([0, 100])
    expect(ntu?.domain).toEqual([0, 40])
  })

  it('are none when there are none', () => {
    expect(figureGroups([])).toEqual([])
  })
})
