import { createApp } from '../../server/app.ts'
import type { Config } from '../../server/config.ts'
import { readConfig } from '../../server/config.ts'
import type { Database } from '../../server/db/database.ts'
import { readDatabaseInfo } from '../../server/db/database-info.ts'
import { createLogger } from '../../server/logger.ts'
import type { Logger } from '../../server/logger.ts'
import { listen } from '../../server/start-server.ts'
import type { Backend } from './test-backends.ts'
import { openTestDatabase } from './test-database.ts'

export interface TestServer {
  url: string
  db: Database
  app: ReturnType<typeof createApp>
  close(): Promise<void>
}

export interface TestServerOptions {
  backend?: Backend
  /** Settings as environment variables, read like the real server reads them (e.g. `LOGIN_RATE_LIMIT`). */
  env?: Record<string, string>
  /** Settings that override the ones read from `env`. */
  config?: Partial<Config>
  /** To read what the server logs; silent by default. */
  logger?: Logger
}

/** The whole app on 127.0.0.1 and a free port, over its own copy of the seeded database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { db, drop } = await openTestDatabase(options.backend ?? 'embedded')
  const app = createApp({
    config: { ...readConfig(options.env ?? {}), ...options.config },
    db,
    dbInfo: await readDatabaseInfo(db),
    logger: options.logger ?? createLogger('silent'),
  })
  const { server, url } = await listen(app, 0, '127.0.0.1')
  return {
    url,
    db,
    app,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await drop()
    },
  }
}
