/**
 * The private link to a report: /rapport#<token>. The token is in the fragment, which browsers
 * never send to a server, so it stays out of access logs, proxies and Referer headers; the page
 * reads it and asks the API for the report.
 */
import { pagePaths } from '../../../server/shared/page-paths.ts'

const tokenPattern = /^[A-Za-z0-9_-]{43}$/

/** The link to keep, as an absolute URL. */
export const receiptUrl = (origin: string, token: string) => `${origin}${pagePaths.reportStatus}#${token}`

/** The token in a location's fragment ('#abc…' or 'abc…'), or null when there is none or it is malformed. */
export function tokenFromHash(hash: string): string | null {
  const value = hash.startsWith('#') ? hash.slice(1) : hash
  // A link pasted from a mail or chat may have lost nothing but gained spaces or a trailing dot.
  const cleaned = value.trim().replace(/[.,;)]+$/, '')
  return tokenPattern.test(cleaned) ? cleaned : null
}
