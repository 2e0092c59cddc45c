import { describe, expect, it } from 'vitest'
import { formatCount, formatFigure, formatMean, formatPercent } from './survey-numbers.ts'

const sv = { t: (key: string) => key, language: 'sv' as const }
const en = { t: (key: string) => key, language: 'en' as const }
// Intl puts a no-break or narrow space before % and between thousands.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('the follow-up’s numbers', () => {
  it('show a mean with one decimal in the page’s language', () => {
    expect(formatMean(3.25, sv)).toBe('3,3')
    expect(formatMean(4, en)).toBe('4.0')
  })

  it('show shares in whole percent', () => {
    expect(plain(formatPercent(25, sv))).toBe('25 %')
    expect(formatPercent(33.4, en)).toBe('33%')
  })

  it('show SCB’s index as a number and NTU as a percentage', () => {
    expect(formatFigure(58, 'scb', sv)).toBe('58')
    expect(plain(formatFigure(29.5, 'ntu', sv))).toBe('29,5 %')
    expect(plain(formatCount(1200, sv))).toBe('1 200')
  })
})
