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
  BASEMAP_ORIGINS: optionalText.pipe(z.string().optional()),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_000).default(100),
  IMPORT_LIMIT_KB: z.coerce.number().int().min(1).max(100_000).default(5000),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOGIN_ACCOUNT_RATE_LIMIT: z.coerce.number().int().min(1).default(50),
  LOGIN_ADDRESS_RATE_LIMIT: z.coerce.number().int().min(1).default(100),
  LOGIN_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  PUBLIC_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  WATCH_AREA_UPDATE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  PUBLIC_WRITE_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  PHOTO_LIMIT_KB: z.coerce.number().int().min(10).max(20_000).default(3000),
  REPORT_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  ME_TOO_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  REPORT_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  SURVEY_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  REPORT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  TILE_CACHE_MB: z.coerce.number().int().min(1).max(16_384).default(64),
  TILE_BUILDS_AT_ONCE: z.coerce.number().int().min(1).max(64).default(4),
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
  /** Origins the browser may fetch the online basemap's style, tiles, glyphs and sprites from. */
  basemapOrigins: string[]
  /** How many reverse proxies stand in front: their X-Forwarded-* headers give the client's address and HTTPS. */
  trustProxy: number
  /** When set, GET /metrics needs it as a bearer token; when not, only this machine may read it. */
  metricsToken: string | undefined
  session: { idleMinutes: number; maxHours: number }
  /** A grannsamverkan area without a meeting or verification for this long needs an update. */
  watchAreaUpdateMonths: number
  /** Free text and photos of reports closed this long ago are removed (GDPR art. 10). */
  reportRetentionMonths: number
  /** The vector tiles' memory cache, and how many tiles are built at once (the rest wait). */
  tiles: { cacheMegabytes: number; buildsAtOnce: number }
  limits: RequestLimits
}

/** Limits against abuse; every one a setting. */
export interface RequestLimits {
  bodyKilobytes: number
  /** The largest file import (GeoJSON areas). */
  importKilobytes: number
  /** Login attempts for one account from one address. */
  login: RateLimit
  /** Login attempts for one account from anywhere (many addresses guessing one password). */
  loginAccount: RateLimit
  /** Login attempts from one address to any account (one address trying many accounts). */
  loginAddress: RateLimit
  publicWrite: RateLimit
  /** The largest photo with a report, before it is re-encoded. */
  photoKilobytes: number
  /** Reports sent from one address. */
  reportSubmit: RateLimit
  /** "Me too" from one address, on any reports. */
  meToo: RateLimit
  /** Survey answer sheets from one address (a school or a library shares one). */
  surveyAnswer: RateLimit
}

export interface RateLimit {
  max: number
  windowMinutes: number
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
    basemapOrigins: basemapOrigins(value.BASEMAP_STYLE_URL, value.BASEMAP_ORIGINS),
    trustProxy: value.TRUST_PROXY,
    metricsToken: value.METRICS_TOKEN,
    session: { idleMinutes: value.SESSION_IDLE_MINUTES, maxHours: value.SESSION_MAX_HOURS },
    watchAreaUpdateMonths: value.WATCH_AREA_UPDATE_MONTHS,
    reportRetentionMonths: value.REPORT_RETENTION_MONTHS,
    tiles: { cacheMegabytes: value.TILE_CACHE_MB, buildsAtOnce: value.TILE_BUILDS_AT_ONCE },
    limits: {
      bodyKilobytes: value.BODY_LIMIT_KB,
      importKilobytes: value.IMPORT_LIMIT_KB,
      login: { max: value.LOGIN_RATE_LIMIT, windowMinutes: value.LOGIN_RATE_WINDOW_MINUTES },
      loginAccount: { max: value.LOGIN_ACCOUNT_RATE_LIMIT, windowMinutes: value.LOGIN_RATE_WINDOW_MINUTES },
      loginAddress: { max: value.LOGIN_ADDRESS_RATE_LIMIT, windowMinutes: value.LOGIN_RATE_WINDOW_MINUTES },
      publicWrite: { max: value.PUBLIC_WRITE_RATE_LIMIT, windowMinutes: value.PUBLIC_WRITE_RATE_WINDOW_MINUTES },
      photoKilobytes: value.PHOTO_LIMIT_KB,
      reportSubmit: { max: value.REPORT_RATE_LIMIT, windowMinutes: value.REPORT_RATE_WINDOW_MINUTES },
      meToo: { max: value.ME_TOO_RATE_LIMIT, windowMinutes: value.REPORT_RATE_WINDOW_MINUTES },
      surveyAnswer: { max: value.SURVEY_RATE_LIMIT, windowMinutes: value.REPORT_RATE_WINDOW_MINUTES },
    },
  }
}

/** The style's own origin, plus any listed in BASEMAP_ORIGINS (tiles and glyphs often live elsewhere). */
function basemapOrigins(styleUrl: string | undefined, listed: string | undefined): string[] {
  const origins = new Set<string>()
  if (styleUrl) origins.add(new URL(styleUrl).origin)
  for (const entry of (listed ?? '').split(',')) {
    const trimmed = entry.trim()
    if (!trimmed) continue
    const url = URL.parse(trimmed)
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new ConfigError(`Invalid configuration:\n  BASEMAP_ORIGINS: "${trimmed}" is not an http(s) origin`)
    }
    origins.add(url.origin)
  }
  return [...origins]
}
