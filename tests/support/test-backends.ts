/** The database backends the API tests run against: always the embedded one, a server when configured. */
export type Backend = 'embedded' | 'server'

export const serverTestUrl = process.env.TEST_DATABASE_URL || undefined

export const backends: Backend[] = serverTestUrl ? ['embedded', 'server'] : ['embedded']

/** Tests fix the demo seed's reference date, so the data (and what is stale) never drifts. */
export const TEST_REFERENCE_DATE = new Date('2026-11-23T12:00:00Z')

/** A copy of `url` that points at another database on the same server. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}
