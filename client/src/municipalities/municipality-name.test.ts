import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'
import type { FormatContext } from '../features/translate.ts'
import { municipalityTitle, swedishGenitive } from './municipality-name.ts'

/** The translations' own words, filled in as i18next does. */
const contextFor = (language: 'sv' | 'en'): FormatContext => {
  const words = (language === 'sv' ? sv : en).municipalities
  return {
    language,
    t: (key, options = {}) =>
      words[key.replace('municipalities.', '') as 'named' | 'unnamed'].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name])),
  }
}

describe('a municipality named in a sentence', () => {
  it('takes the Swedish genitive s unless the name already ends in s, x or z', () => {
    expect(swedishGenitive('Kristinehamn')).toBe('Kristinehamns')
    expect(swedishGenitive('Filipstad')).toBe('Filipstads')
    expect(swedishGenitive('Storfors')).toBe('Storfors')
    expect(swedishGenitive('Ånge')).toBe('Ånges')
    expect(swedishGenitive('Luleå')).toBe('Luleås')
  })

  it('is "Kristinehamns kommun" in Swedish and "Kristinehamn municipality" in English, as the texts said before', () => {
    expect(municipalityTitle('Kristinehamn', contextFor('sv'))).toBe('Kristinehamns kommun')
    expect(municipalityTitle('Storfors', contextFor('sv'))).toBe('Storfors kommun')
    expect(municipalityTitle('Filipstad', contextFor('sv'))).toBe('Filipstads kommun')
    expect(municipalityTitle('Kristinehamn', contextFor('en'))).toBe('Kristinehamn municipality')
    expect(municipalityTitle('Storfors', contextFor('en'))).toBe('Storfors municipality')
  })

  it('is "the municipality" when the name is not known', () => {
    expect(municipalityTitle(null, contextFor('sv'))).toBe('kommunen')
    expect(municipalityTitle(null, contextFor('en'))).toBe('the municipality')
  })
})
