import { useState } from 'react'
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import { todayInSweden } from '../../../server/today.ts'
import { useSearch } from '../routing/use-search.ts'
import { addressFromSearch } from './situation-address.ts'
import { shownPeriod } from './situation-periods.ts'

export interface ShownPeriod {
  period: SituationPeriod
  /** The first day of the period shown. */
  start: string
  /** The day in the address, kept when the kind of period changes (null: the last whole one). */
  date: string | null
  /** Today in Sweden, fixed while the page is open. */
  today: string
}

/** The period the address asks for, as it is shown: a whole period, never one still running. */
export function useShownPeriod(): ShownPeriod {
  const address = addressFromSearch(useSearch())
  const [today] = useState(() => todayInSweden())
  return { period: address.period, date: address.date, start: shownPeriod(address.period, address.date, today), today }
}
