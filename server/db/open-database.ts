import type { Database } from './database.ts'
import { openEmbeddedDatabase } from './embedded-database.ts'
import { openServerDatabase } from './server-database.ts'

export interface DatabaseSettings {
  /** A PostGIS server's URL; when absent the embedded database is used. */
  databaseUrl?: string | undefined
  /** Where the embedded database keeps its files. */
  dataDir: string
}

export function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl ? openServerDatabase(settings.databaseUrl) : openEmbeddedDatabase(settings.dataDir)
}
