/**
 * A municipality as a sentence names it: "Kristinehamns kommun", "Storfors kommun",
 * "Filipstad municipality". The words are in the translations (`municipalities.named`); only the
 * Swedish genitive, which depends on how the name ends, is made here.
 */
import type { FormatContext } from '../features/translate.ts'

/** The Swedish genitive of a place name: Kristinehamns, Filipstads; a name ending in s, x or z takes no s (Storfors). */
export const swedishGenitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`)

/** The municipality named in the page's language; null (the list of municipalities did not load): "the municipality". */
export function municipalityTitle(name: string | null, { t, language }: FormatContext): string {
  if (name === null) return t('municipalities.unnamed')
  return t('municipalities.named', { name: language === 'sv' ? swedishGenitive(name) : name })
}
