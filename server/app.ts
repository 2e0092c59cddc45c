import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import express from 'express'
import { pinoHttp } from 'pino-http'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import type { DatabaseInfo } from './db/database-info.ts'
import { handleErrors, unknownPath } from './errors.ts'
import type { Logger } from './logger.ts'
import { clientConfigRoutes } from './routes/client-config-routes.ts'
import { healthRoutes } from './routes/health-routes.ts'
import { ogcRoutes } from './routes/ogc-routes.ts'
import { isPagePath } from './shared/page-paths.ts'
import { authenticate } from './auth/authenticate.ts'
import { apiRoutes } from './routes/api-routes.ts'
import { mountApiRoutes } from './routes/api-route.ts'
import type { ApiDeps } from './routes/api-route.ts'
import { securityHeaders } from './security-headers.ts'
import { createMetrics, timedDatabase, watchConnections } from './metrics/metrics.ts'
import type { Metrics } from './metrics/metrics.ts'
import { requestMetrics } from './metrics/request-metrics.ts'
import { metricsRoutes } from './routes/metrics-routes.ts'
import { open311Routes } from './routes/open311-routes.ts'
import { tileRoutes } from './routes/tile-routes.ts'

const projectRoot = path.resolve(import.meta.dirname, '..')
export const clientDistDir = path.join(projectRoot, 'dist', 'client')
const basemapDir = path.join(projectRoot, 'data', 'basemap')

export interface AppContext {
  config: Pick<
    Config,
    | 'basemapStyleUrl'
    | 'basemapOrigins'
    | 'reportGridMetres'
    | 'publicUrl'
    | 'trustProxy'
    | 'session'
    | 'limits'
    | 'watchAreaUpdateMonths'
    | 'reportRetentionMonths'
    | 'metricsToken'
    | 'tiles'
  >
  db: Database
  dbInfo: DatabaseInfo
  logger: Logger
  /** Where requests, queries and job runs are counted; the server shares it with its jobs. */
  metrics?: Metrics
  /** The built web app; absent in API-only tests. */
  clientDir?: string | undefined
}

/** Builds the whole HTTP app; `listen` is called elsewhere, so tests can start it on port 0. */
export function createApp(context: AppContext): express.Express {
  const { config, dbInfo, logger, metrics = createMetrics(), clientDir = clientDistDir } = context
  const db = timedDatabase(context.db, metrics)
  watchConnections(metrics, db)
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', 'strong')
  // Behind reverse proxies, req.ip and req.secure come from X-Forwarded-For and -Proto, trusting
  // only as many hops as there are proxies (a client could write the rest itself).
  app.set('trust proxy', config.trustProxy)
  app.use(securityHeaders({ basemapOrigins: config.basemapOrigins, https: config.publicUrl?.startsWith('https:') ?? false }))

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = randomUUID()
        res.setHeader('X-Request-Id', id)
        return id
      },
      // Health checks come every few seconds from load balancers; they would drown the log.
      // Tiles come by the dozen for every move of the map; they are counted in the metrics instead.
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' || req.url?.startsWith('/tiles/') === true },
      // No headers in the log: they carry the session cookie and the CSRF token.
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress: string }) => ({
          id: req.id,
          method: req.method,
          url: withoutSecrets(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  )

  app.use(requestMetrics(metrics))
  app.use(metricsRoutes(metrics, config.metricsToken))
  app.use('/api', healthRoutes(db, dbInfo))
  app.use('/api', clientConfigRoutes(config))
  // Open311 before the session lookup: its clients are servers, and it never reads a session.
  app.use('/api', open311Routes({ db, config }))
  app.use('/api', apiRouter({ config, db, logger, metrics }))
  app.use('/api', unknownPath)
  // Staff collections need a session or an API token: the router looks them up, as /api does.
  app.use('/ogc', ogcRoutes(db, { reportGridMetres: config.reportGridMetres }, config.publicUrl, authenticate(db, config.session)))
  app.use('/ogc', unknownPath)
  // Public vector tiles: no session is looked up.
  app.use(
    '/tiles',
    tileRoutes({
      db,
      settings: { reportGridMetres: config.reportGridMetres },
      databaseMakesTiles: dbInfo.hasAsMvt,
      publicUrl: config.publicUrl,
      cacheBytes: config.tiles.cacheMegabytes * 1024 * 1024,
      buildsAtOnce: config.tiles.buildsAtOnce,
    }),
  )
  app.use('/tiles', unknownPath)
  app.use('/basemap', express.static(basemapDir, { fallthrough: false, maxAge: '1d' }))

  const indexHtml = clientDir && path.join(clientDir, 'index.html')
  if (indexHtml && existsSync(indexHtml)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }))
    app.get(/.*/, (req, res) => {
      // Unknown paths get the app with a 404 status, so a person sees a page that helps them on.
      res.status(isPagePath(req.path) ? 200 : 404).set('Cache-Control', 'no-cache').sendFile(indexHtml)
    })
  }

  app.use(unknownPath)
  app.use(handleErrors)
  return app
}

/** A report's receipt token is a secret: the log keeps only that one was used. */
const withoutSecrets = (url: string) => url.replace(/(\/api\/reports\/receipt\/)[^/?#]+/i, '$1…')

/** The declared /api routes, behind the session lookup. */
function apiRouter(deps: ApiDeps): express.Router {
  const router = express.Router()
  router.use(authenticate(deps.db, deps.config.session))
  mountApiRoutes(router, apiRoutes, deps)
  return router
}
