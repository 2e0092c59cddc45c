import { describe, expect, it } from 'vitest'
import type { ChartFrame } from './year-chart.ts'
import { labelledYears, labelSides, linePath, percentTop, valueTicks, valueY, yearPositions } from './year-chart.ts'

const frame: ChartFrame = { width: 300, height: 160, left: 40, right: 20, top: 10, bottom: 30 }

describe('the follow-up charts', () => {
  it('place years by their distance in time, one year in the middle', () => {
    expect(yearPositions([2010, 2012, 2016, 2022], frame)).toEqual([40, 80, 160, 280])
    expect(yearPositions([2026], frame)).toEqual([160])
    expect(yearPositions([], frame)).toEqual([])
  })

  it('put a value at its height on the scale, held inside it', () => {
    expect(valueY(1, [1, 5], frame)).toBe(130)
    expect(valueY(5, [1, 5], frame)).toBe(10)
    expect(valueY(3, [1, 5], frame)).toBe(70)
    expect(valueY(120, [0, 100], frame)).toBe(10)
  })

  it('label round values from the top of the scale down', () => {
    expect(valueTicks([0, 100])).toEqual([100, 80, 60, 40, 20, 0])
    expect(valueTicks([1, 5])).toEqual([5, 4, 3, 2, 1])
    expect(valueTicks([1, 10])).toEqual([10, 8, 6, 4, 2])
    expect(valueTicks([0, 40])).toEqual([40, 30, 20, 10, 0])
  })

  it('leave out year labels that would crowd', () => {
    expect(labelledYears([40, 60, 70, 120, 280], 30)).toEqual([true, false, true, true, true])
    expect(labelledYears([40, 270, 280], 30)).toEqual([true, false, true])
    expect(labelledYears([160], 30)).toEqual([true])
  })

  it('draw a line with gaps for missing years', () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3.04, y: 4 }, null, { x: 5, y: 6 }])).toBe('M1 2L3 4M5 6')
    expect(linePath([])).toBe('')
  })

  it('give a percentage chart a round top above its values', () => {
    expect(percentTop([30, 29])).toBe(40)
    expect(percentTop([null, 8])).toBe(10)
    expect(percentTop([75])).toBe(100)
    expect(percentTop([])).toBe(10)
  })
})

describe('the values written on a chart with two series', () => {
  it('put the higher value above and the lower below', () => {
    expect(labelSides([30, 20, null, 5], [29, 25, 10, null])).toEqual([
      { main: 'above', compare: 'below' },
      { main: 'below', compare: 'above' },
      { main: 'above', compare: 'above' },
      { main: 'above', compare: 'above' },
    ])
  })
})
