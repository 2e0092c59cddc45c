/**
 * Where the login page sends a person afterwards: the `?till=` path they came from. Only a path on
 * this site is accepted, so a link like `/logga-in?till=https://elsewhere.example` cannot carry
 * someone off-site after they log in (an open redirect); anything else goes to the map.
 */
import { pagePaths } from '../../../server/shared/page-paths.ts'

export const RETURN_PARAM = 'till'

// Any origin will do: the path is resolved against it to see whether it stays there.
const probeOrigin = 'https://trygghetskartan.invalid'

export function safeReturnPath(value: string | null | undefined): string {
  const fallback = pagePaths.map
  if (!value || !value.startsWith('/') || value.startsWith('//')) return fallback
  // Browsers read `\` as `/` and drop tabs and newlines, which would turn `/\x` into `//x`.
  if (/[\\\p{Cc}]/u.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, probeOrigin)
  } catch {
    return fallback
  }
  if (url.origin !== probeOrigin) return fallback
  // Back to the login page would be a loop.
  if (url.pathname.replace(/\/+$/, '') === pagePaths.login) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** The login page's address that leads back to `returnTo` (just the login page for the map). */
export function loginPathFor(returnTo: string): string {
  const target = safeReturnPath(returnTo)
  if (target === pagePaths.map) return pagePaths.login
  return `${pagePaths.login}?${new URLSearchParams({ [RETURN_PARAM]: target }).toString()}`
}

/** `?utloggad=` on the login page confirms a logout: `ja` here, `alla` on every device. */
export const LOGGED_OUT_PARAM = 'utloggad'

export const loggedOutPath = (everywhere: boolean) => `${pagePaths.login}?${LOGGED_OUT_PARAM}=${everywhere ? 'alla' : 'ja'}`
