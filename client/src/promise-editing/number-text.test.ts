import { describe, expect, it } from 'vitest'
import { numberText, parseNumberText } from './number-text.ts'

describe('numbers typed in a text field', () => {
  it('reads whole and decimal numbers, with a comma or a point and spaces', () => {
    expect(parseNumberText('2')).toBe(2)
    expect(parseNumberText(' 2,5 ')).toBe(2.5)
    expect(parseNumberText('62.5')).toBe(62.5)
    expect(parseNumberText('1 000')).toBe(1000)
    expect(parseNumberText('0')).toBe(0)
  })

  it('answers null for an empty field and undefined for anything else', () => {
    expect(parseNumberText('')).toBeNull()
    expect(parseNumberText('   ')).toBeNull()
    expect(parseNumberText('två')).toBeUndefined()
    expect(parseNumberText('2 st')).toBeUndefined()
    expect(parseNumberText('1e3')).toBeUndefined()
    expect(parseNumberText('2,5,1')).toBeUndefined()
  })

  it('takes only whole numbers where asked', () => {
    expect(parseNumberText('3', { integer: true })).toBe(3)
    expect(parseNumberText('2,5', { integer: true })).toBeUndefined()
  })

  it('writes a number back as the language writes it', () => {
    expect(numberText(2.5, 'sv')).toBe('2,5')
    expect(numberText(2.5, 'en')).toBe('2.5')
    expect(numberText(null, 'sv')).toBe('')
  })
})
