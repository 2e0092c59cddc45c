/**
 * A chart's values in words, for the picture's description: "2025: 3,4 (n = 40); 2026: no
 * answers". The table has the same numbers; this lets a screen reader hear the chart at once.
 */
import type { Translate } from '../features/translate.ts'

export function valuesInWords(
  years: readonly number[],
  values: readonly (number | null)[],
  format: (value: number) => string,
  t: Translate,
  notes?: readonly string[],
): string {
  return years
    .map((year, index) => {
      const value = values[index]
      if (value === null || value === undefined) return t('survey.results.valueNone', { year })
      const note = notes?.[index]
      return note ? `${year}: ${format(value)} (${note})` : `${year}: ${format(value)}`
    })
    .join('; ')
}
