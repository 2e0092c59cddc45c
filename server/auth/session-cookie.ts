import type { CookieOptions, Request, Response } from 'express'

export const SESSION_COOKIE = 'trygg_session'

/** The session token from the Cookie header, if there is one. */
export const readSessionToken = (req: Request) => readCookie(req, SESSION_COOKIE)

/** A cookie's value from the Cookie header, if there is one. */
export function readCookie(req: Request, cookieName: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name !== cookieName) continue
    try {
      return decodeURIComponent(value.join('='))
    } catch {
      return undefined // Not one of ours: treated like no cookie at all.
    }
  }
  return undefined
}

/**
 * httpOnly so scripts never read it; SameSite=Lax so other sites cannot send it with their
 * requests (a link from an e-mail still arrives logged in); Secure whenever the app is on HTTPS.
 */
export function cookieOptions(req: Request, publicUrl: string | undefined): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure || (publicUrl?.startsWith('https:') ?? false),
    path: '/',
  }
}

export function setSessionCookie(req: Request, res: Response, token: string, maxHours: number, publicUrl: string | undefined) {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req, publicUrl), maxAge: maxHours * 3600 * 1000 })
}

export function clearSessionCookie(req: Request, res: Response, publicUrl: string | undefined) {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req, publicUrl))
}
