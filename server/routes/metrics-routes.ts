import { createHash, timingSafeEqual } from 'node:crypto'
import { Router } from 'express'
import type { Request } from 'express'
import { forbidden } from '../errors.ts'
import type { Metrics } from '../metrics/metrics.ts'

/**
 * `GET /metrics` for Prometheus. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`;
 * without it, only this machine may read it (with TRUST_PROXY set, a client behind the proxy is
 * seen with its own address, so a proxied request is not "this machine").
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Router {
  // Exactly /metrics: a proxy rule that hides it (nginx `location = /metrics`) must not be passed by /Metrics or /metrics/.
  const router = Router({ caseSensitive: true, strict: true })
  router.get('/metrics', async (req, res) => {
    if (!(token ? hasToken(req.get('authorization'), token) : fromThisMachine(req))) {
      throw forbidden(
        'metrics_forbidden',
        'Mätvärdena är bara för övervakningen: ange rätt token (METRICS_TOKEN).',
        'Metrics are for monitoring only: give the right token (METRICS_TOKEN).',
      )
    }
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType).send(await metrics.registry.metrics())
  })
  return router
}

const digest = (text: string) => createHash('sha256').update(text).digest()

function hasToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1]
  return given !== undefined && timingSafeEqual(digest(given), digest(token))
}

/**
 * From this machine and not passed on by a proxy: behind a proxy without TRUST_PROXY every request
 * comes from 127.0.0.1, but a proxied one carries X-Forwarded-For.
 */
function fromThisMachine(req: Request): boolean {
  const ip = req.ip
  return (ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1') && req.get('x-forwarded-for') === undefined
}
