import type { Request, Response } from 'express'

/**
 * Every /ogc answer depends on who asks (staff see staff collections), so caches key on the
 * session cookie and the Authorization header, and on Accept (which chooses JSON or HTML). A staff answer is never stored anywhere; a public
 * one may be, but is revalidated each time (Express adds the ETag and answers If-None-Match with 304).
 */
export function setCaching(req: Request, res: Response) {
  res.vary('Cookie')
  res.vary('Authorization')
  res.vary('Accept')
  res.set('Cache-Control', req.auth ? 'private, no-store' : 'public, no-cache')
}

export function sendText(req: Request, res: Response, contentType: string, text: string) {
  setCaching(req, res)
  res.type(contentType).send(text)
}

export function sendJson(req: Request, res: Response, contentType: string, body: unknown) {
  sendText(req, res, contentType, JSON.stringify(body))
}
