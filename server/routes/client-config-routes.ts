import { Router } from 'express'
import type { Config } from '../config.ts'

/** What the browser needs to know about this installation. */
export function clientConfigRoutes(config: Pick<Config, 'basemapStyleUrl' | 'reportGridMetres'>): Router {
  const router = Router()
  router.get('/config', (_req, res) => {
    res.set('Cache-Control', 'no-cache')
    res.json({ basemapStyleUrl: config.basemapStyleUrl ?? null, reportGridMetres: config.reportGridMetres })
  })
  return router
}
