import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.ts'

describe('readConfig', () => {
  it('has defaults that run the embedded database on port 8080', () => {
    const config = readConfig({})
    expect(config.port).toBe(8080)
    expect(config.databaseUrl).toBeUndefined()
    expect(config.dataDir).toMatch(/\.data[\\/]db$/)
    expect(config.reportGridMetres).toBe(50)
    expect(config.seedOnEmpty).toBe(true)
  })

  it('treats an empty DATABASE_URL or PORT as not set', () => {
    expect(readConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined()
    expect(readConfig({ PORT: ' ' }).port).toBe(8080)
  })

  it('has limits and session times that are safe without any setting', () => {
    const config = readConfig({})
    expect(config.session).toEqual({ idleMinutes: 120, maxHours: 12 })
    expect(config.tiles).toEqual({ cacheMegabytes: 64, buildsAtOnce: 4 })
    expect(config.limits).toEqual({
      bodyKilobytes: 100,
      importKilobytes: 5000,
      login: { max: 10, windowMinutes: 15 },
      loginAccount: { max: 50, windowMinutes: 15 },
      loginAddress: { max: 100, windowMinutes: 15 },
      publicWrite: { max: 60, windowMinutes: 60 },
      photoKilobytes: 3000,
      reportSubmit: { max: 10, windowMinutes: 60 },
      meToo: { max: 30, windowMinutes: 60 },
      surveyAnswer: { max: 30, windowMinutes: 60 },
    })
    expect(config.reportRetentionMonths).toBe(12)
    expect(config.trustProxy).toBe(0)
  })

  it('allows the online basemap style’s origin and the listed ones, nothing else', () => {
    expect(readConfig({}).basemapOrigins).toEqual([])
    const config = readConfig({
      BASEMAP_STYLE_URL: 'https://tiles.openfreemap.org/styles/positron',
      BASEMAP_ORIGINS: 'https://fonts.example.org/glyphs, https://tiles.openfreemap.org',
    })
    expect(config.basemapOrigins).toEqual(['https://tiles.openfreemap.org', 'https://fonts.example.org'])
  })

  it('reads PUBLIC_URL without a trailing slash', () => {
    expect(readConfig({ PUBLIC_URL: 'https://trygghet.example.se/' }).publicUrl).toBe('https://trygghet.example.se')
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['LOG_LEVEL', 'loud'],
    ['BASEMAP_STYLE_URL', 'not a url'],
    ['SEED_ON_EMPTY', 'yes'],
    ['REPORT_GRID_METRES', '2'],
    ['PUBLIC_URL', 'ftp://example.se'],
    ['BASEMAP_ORIGINS', 'tiles.example.org'],
    ['TRUST_PROXY', 'true'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['BODY_LIMIT_KB', 'lots'],
    ['LOGIN_RATE_LIMIT', '0'],
    ['PUBLIC_WRITE_RATE_WINDOW_MINUTES', '10000'],
    ['PHOTO_LIMIT_KB', '5'],
    ['REPORT_RETENTION_MONTHS', '0'],
    ['TILE_CACHE_MB', '0'],
    ['TILE_BUILDS_AT_ONCE', 'many'],
  ])('names %s in the error for %j', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => readConfig({ [name]: value })).toThrow(name)
  })
})
