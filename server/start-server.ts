import type { Server } from 'node:http'
import { seedDatabase, isDatabaseEmpty } from '../data/seed/seed.ts'
import { createApp } from './app.ts'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import { readDatabaseInfo } from './db/database-info.ts'
import { migrate } from './db/migrate.ts'
import { openDatabase } from './db/open-database.ts'
import type { Logger } from './logger.ts'
import { startJobs } from './jobs/background-jobs.ts'
import { serverJobs } from './jobs/jobs.ts'
import { createMetrics, timedDatabase } from './metrics/metrics.ts'
import { countReportPlaces } from './reports/report-places.ts'

export interface RunningServer {
  server: Server
  db: Database
  url: string
  /** Stops taking requests, lets the open ones finish, then closes the database. */
  close(): Promise<void>
}

/** Opens and migrates the database, seeds an empty one, and serves the app. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openDatabase(config)
  try {
    const applied = await migrate(db)
    if (applied.length > 0) logger.info({ applied }, 'migrations applied')
    if (await countReportPlaces(db, config.reportGridMetres)) logger.info({ metres: config.reportGridMetres }, 'counted the public reports per grid cell')
    if (config.seedOnEmpty && (await isDatabaseEmpty(db))) {
      const counts = await seedDatabase(db, new Date())
      logger.info({ counts }, 'empty database: loaded the base data and the demo set')
    }
    const dbInfo = await readDatabaseInfo(db)
    logger.info({ database: dbInfo }, 'database ready')

    const metrics = createMetrics()
    const app = createApp({ config, db, dbInfo, logger, metrics })
    const { server, url } = await listen(app, config.port, config.host)
    logger.info({ url }, 'listening')
    const jobs = startJobs(timedDatabase(db, metrics), serverJobs(config), logger, metrics)

    let closing: Promise<void> | undefined
    const close = () =>
      (closing ??= (async () => {
        jobs.stop()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        })
        await db.close()
      })())
    return { server, db, url, close }
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
}

/** Starts listening and tells the URL, with the port the system chose when `port` is 0. */
export async function listen(app: ReturnType<typeof createApp>, port: number, host: string) {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(listening)))
  })
  const address = server.address()
  const boundPort = typeof address === 'object' && address ? address.port : port
  return { server, url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}` }
}
