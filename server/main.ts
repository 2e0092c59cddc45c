import { ConfigError, readConfig } from './config.ts'
import { createLogger } from './logger.ts'
import { startServer } from './start-server.ts'

// How long open requests may take to finish after SIGTERM before the process exits anyway.
const SHUTDOWN_GRACE_MS = 10_000

async function main() {
  let config
  try {
    config = readConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const logger = createLogger(config.logLevel)
  const running = await startServer(config, logger)

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    setTimeout(() => {
      logger.error('open requests did not finish in time; exiting')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS).unref()
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error('Trygghetskartan could not start:', error)
  process.exit(1)
})
