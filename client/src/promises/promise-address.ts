/**
 * The promises page's address: `?period=ID` picks a period (otherwise the newest published one),
 * `?ar=YYYY` shows that year's follow-up report to print. Anything unreadable is ignored, so a
 * mistyped link still opens the page.
 */
import { pagePaths } from '../../../server/shared/page-paths.ts'

export interface PromiseAddress {
  periodId: number | null
  year: number | null
}

const wholeNumber = (value: string | null, pattern: RegExp) => (value !== null && pattern.test(value) ? Number(value) : null)

export function promiseAddress(search: string): PromiseAddress {
  const params = new URLSearchParams(search)
  const periodId = wholeNumber(params.get('period'), /^[1-9][0-9]{0,9}$/)
  return { periodId, year: wholeNumber(params.get('ar'), /^[12][0-9]{3}$/) }
}

/** The page's path for a period (left out when null: the newest) and a report year (left out when null). */
export function promisePath(address: PromiseAddress): string {
  const params = new URLSearchParams()
  if (address.periodId !== null) params.set('period', String(address.periodId))
  if (address.year !== null) params.set('ar', String(address.year))
  const query = params.toString()
  return query ? `${pagePaths.promises}?${query}` : pagePaths.promises
}
