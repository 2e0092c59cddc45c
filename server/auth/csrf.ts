/**
 * Protection against cross-site request forgery, for every state-changing request:
 * - a browser's `Sec-Fetch-Site` and `Origin` must say the request comes from this site;
 * - a request carrying a session must also carry the session's token in `X-CSRF-Token`, which
 *   another site cannot read (a request with an API token carries no ambient credential, so needs none);
 * - writes only accept `application/json`, which a cross-site form cannot send, and the API
 *   allows no cross-origin requests, so a script elsewhere cannot send it either.
 */
import { timingSafeEqual } from 'node:crypto'
import type { Request } from 'express'
import { forbidden } from '../errors.ts'

export const CSRF_HEADER = 'X-CSRF-Token'

const csrfFailed = () =>
  forbidden(
    'csrf_failed',
    'Begäran kom inte från Trygghetskartan. Ladda om sidan och försök igen.',
    'The request did not come from Trygghetskartan. Reload the page and try again.',
  )

export function checkCsrf(req: Request, publicUrl: string | undefined): void {
  const site = req.get('Sec-Fetch-Site')
  if (site && site !== 'same-origin' && site !== 'none') throw csrfFailed()

  const origin = req.get('Origin')
  if (origin && origin !== `${req.protocol}://${req.get('Host')}` && origin !== publicUrl) throw csrfFailed()

  // A browser never adds an API token by itself, so another site cannot make a request carry one.
  if (req.auth?.via === 'session' && !sameToken(req.get(CSRF_HEADER), req.auth.csrfToken)) throw csrfFailed()
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
