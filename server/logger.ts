import { pino } from 'pino'
import type { Logger } from 'pino'
import type { Config } from './config.ts'

export type { Logger }

/** JSON lines on stdout: one object per event, easy to ship to any log system. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { service: 'trygghetskartan' } })
}
