import { describe, expect, it } from 'vitest'
import { indicatorRows, rowOfYear, statusKey, targetText, yearGroups } from './indicator-years.ts'
import { yearStatuses } from './promise-options.ts'
import { enContext, svContext } from './test-context.ts'

const indicator = {
  years: [
    { year: 2016, value: 3, status: 'met' as const },
    { year: 2017, value: 1, status: 'not_met' as const },
    { year: 2018, value: 0, status: 'in_progress' as const },
  ],
}

describe('an indicator per year', () => {
  it('puts the newest year first and marks the years after the nominal end', () => {
    expect(indicatorRows(indicator, 2017)).toEqual([
      { year: 2018, value: 0, status: 'in_progress', afterEnd: true },
      { year: 2017, value: 1, status: 'not_met', afterEnd: false },
      { year: 2016, value: 3, status: 'met', afterEnd: false },
    ])
    expect(rowOfYear(indicator, 2017)?.value).toBe(1)
    expect(rowOfYear(indicator, 2015)).toBeNull()
  })

  it('groups the years after the nominal end apart from the period’s own', () => {
    const groups = yearGroups(indicatorRows(indicator, 2016))
    expect(groups.map((group) => [group.afterEnd, group.span, group.rows.map((row) => row.year)])).toEqual([
      [true, '2017–2018', [2018, 2017]],
      [false, '2016', [2016]],
    ])
    expect(yearGroups(indicatorRows(indicator, 2018)).map((group) => group.span)).toEqual(['2016–2018'])
  })

  it('says each status in words', () => {
    expect(svContext.t(statusKey('met'))).toBe('Uppfyllt')
    expect(svContext.t(statusKey('not_met'))).toBe('Inte uppfyllt')
    expect(svContext.t(statusKey('in_progress'))).toBe('Pågår')
    for (const status of yearStatuses) expect(enContext.t(statusKey(status))).not.toBe(statusKey(status))
  })

  it('says the target, and what no target means', () => {
    expect(targetText(2, svContext)).toBe('Mål: minst 2 per år')
    expect(targetText(1, svContext)).toBe('Mål: minst 1 per år')
    expect(targetText(1.5, svContext)).toBe('Mål: minst 1,5 per år')
    expect(targetText(null, svContext)).toBe('Mål: minst en aktivitet per år')
    expect(targetText(2, enContext)).toBe('Target: at least 2 a year')
    expect(targetText(null, enContext)).toBe('Target: at least one activity a year')
  })
})
