import { createHash, timingSafeEqual } from 'node:crypto'
import { Router } from 'express'
import { forbidden } from '../errors.ts'
import type { Metrics } from '../metrics/metrics.ts'

/**
 * `GET /metrics` for Prometheus. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`;
 * without it, only this machine may read it (with TRUST_PROXY set, a client behind the proxy is
 * seen with its own address, so a proxied request is not "this machine").
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Router {
  const router = Router()
  router.get('/metrics', async (req, res) => {
    if (!(token ? hasToken(req.get('authorization'), token) : isLoopback(req.ip))) {
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

const isLoopback = (ip: string | undefined) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1'
