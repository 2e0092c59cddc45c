import path from 'node:path'
import { z } from 'zod'

const projectRoot = path.resolve(import.meta.dirname, '..')

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const configSchema = z.object({
  PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).default(8080)),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  DATA_DIR: z.string().trim().min(1).default(path.join(projectRoot, '.data', 'db')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BASEMAP_STYLE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  REPORT_GRID_METRES: z.coerce.number().int().min(10).max(1000).default(50),
})

export type Config = {
  port: number
  host: string
  databaseUrl: string | undefined
  dataDir: string
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL']
  basemapStyleUrl: string | undefined
  /** The address the public reaches the app at (behind a proxy); links in API answers use it. */
  publicUrl: string | undefined
  seedOnEmpty: boolean
  reportGridMetres: number
}

export class ConfigError extends Error {}

/** Reads the configuration from environment variables; a wrong value throws a ConfigError naming it. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const value = parsed.data
  return {
    port: value.PORT,
    host: value.HOST,
    databaseUrl: value.DATABASE_URL,
    dataDir: path.resolve(value.DATA_DIR),
    logLevel: value.LOG_LEVEL,
    basemapStyleUrl: value.BASEMAP_STYLE_URL,
    publicUrl: value.PUBLIC_URL?.replace(/\/+$/, ''),
    seedOnEmpty: value.SEED_ON_EMPTY,
    reportGridMetres: value.REPORT_GRID_METRES,
  }
}
