/** The length of a route as it is drawn, and a length in words (metres under a kilometre). */
import { length, lineString } from '@turf/turf'
import type { Position } from 'geojson'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'

/**
 * Metres along the line on the sphere, as turf measures it; 0 for fewer than two positions. The
 * server measures the saved route in SWEREF 99 TM, which differs by well under a percent here.
 */
export function routeLengthMetres(positions: readonly Position[] | null): number {
  if (!positions || positions.length < 2) return 0
  return length(lineString(positions.map((position) => [...position])), { units: 'kilometers' }) * 1000
}

export function lengthInWords(metres: number, context: FormatContext): string {
  const locale = intlLocales[context.language]
  if (metres < 1000) return context.t('values.metres', { value: new Intl.NumberFormat(locale).format(Math.round(metres)) })
  return context.t('values.kilometres', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1000) })
}
