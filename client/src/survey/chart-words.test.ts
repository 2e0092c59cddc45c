import { describe, expect, it } from 'vitest'
import { valuesInWords } from './chart-words.ts'

const t = (key: string, options?: Record<string, unknown>) => `${key}:${String(options?.year)}`

describe('a chart in words', () => {
  it('says each year’s value, its note, and the years without', () => {
    expect(valuesInWords([2025, 2026, 2027], [3.4, null, 4], (value) => value.toFixed(1), t, ['n = 40', 'n = 0', 'n = 2'])).toBe(
      '2025: 3.4 (n = 40); survey.results.valueNone:2026; 2027: 4.0 (n = 2)',
    )
    expect(valuesInWords([2021], [30], String, t)).toBe('2021: 30')
    expect(valuesInWords([], [], String, t)).toBe('')
  })
})
