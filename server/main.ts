import { ConfigError, readConfig } from './config.ts'
import type { Config } from './config.ts'
import { createLogger } from './logger.ts'
import { startServer } from './start-server.ts'
import type { RunningServer } from './start-server.ts'

// How long open requests may take to finish after SIGTERM before the process exits anyway.
const SHUTDOWN_GRACE_MS = 10_000

function readConfigOrExit(): Config {
  try {
    return readConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

async function main() {
  const config = readConfigOrExit()
  const logger = createLogger(config.logLevel)
  // Filled in when start-up ends; a signal that came before then is remembered.
  const state: { running?: RunningServer; stopRequested?: NodeJS.Signals } = {}

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down')
    // A signal during start-up (migrations, the first seed) waits for it to finish, so the
    // database is never closed in the middle of a write.
    const { running } = state
    if (!running) {
      state.stopRequested = signal
      return
    }
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
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)

  state.running = await startServer(config, logger)
  if (state.stopRequested) shutdown(state.stopRequested)
}

main().catch((error: unknown) => {
  console.error('Trygghetskartan could not start:', error)
  process.exit(1)
})
