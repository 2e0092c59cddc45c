/**
 * The period shown, in the address (`?period=quarter&date=2026-07-01`), so a link to last week's
 * lägesbild can be shared and the browser's back button steps back through the periods seen.
 * Anything unknown in the address falls back to the last whole week.
 */
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import { isIsoDay, situationPeriods } from './situation-periods.ts'

export interface SituationAddress {
  period: SituationPeriod
  /** Any day in the period; null for the last whole one. */
  date: string | null
}

export function addressFromSearch(search: string): SituationAddress {
  const params = new URLSearchParams(search)
  const period = params.get('period')
  const date = params.get('date')
  return {
    period: situationPeriods.find((value) => value === period) ?? 'week',
    date: date !== null && isIsoDay(date) ? date : null,
  }
}

export function searchFromAddress(address: { period: SituationPeriod; date: string }): string {
  return `?${new URLSearchParams({ period: address.period, date: address.date }).toString()}`
}
