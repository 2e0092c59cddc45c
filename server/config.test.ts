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
  ])('names %s in the error for %j', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => readConfig({ [name]: value })).toThrow(name)
  })
})
