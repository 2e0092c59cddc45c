import { Router } from 'express'
import type { Database } from '../db/database.ts'
import type { DatabaseInfo } from '../db/database-info.ts'
import { readMigrations } from '../db/migrate.ts'
import { appVersion } from '../app-version.ts'

/**
 * Liveness and readiness: 200 while the database answers and holds the schema this version of the
 * app knows; 503 when it cannot be reached, or when another (newer) version has migrated it since.
 */
export function healthRoutes(db: Database, info: DatabaseInfo): Router {
  const router = Router()
  const newestKnown = readMigrations().then((migrations) => migrations.at(-1)?.version ?? null)
  router.get('/health', async (req, res) => {
    const database = { kind: info.kind, postgis: info.postgisVersion }
    res.set('Cache-Control', 'no-store')
    let schema: string | null
    try {
      const [row] = await db.query<{ version: string | null }>('SELECT max(version) AS version FROM schema_migration')
      schema = row?.version ?? null
    } catch (error) {
      req.log.warn({ err: error }, 'database unreachable')
      res.status(503).json({
        status: 'unavailable',
        version: appVersion,
        database,
        error: {
          code: 'database_unreachable',
          message: 'The database cannot be reached.',
          message_sv: 'Databasen går inte att nå.',
        },
      })
      return
    }
    const known = await newestKnown
    if (schema !== known) {
      res.status(503).json({
        status: 'unavailable',
        version: appVersion,
        database: { ...database, schema, app_schema: known },
        error: {
          code: 'schema_mismatch',
          message: `The database's schema (${schema}) is not the one this version of the app knows (${known}).`,
          message_sv: `Databasens schema (${schema}) är inte det som den här versionen av appen känner (${known}).`,
        },
      })
      return
    }
    res.json({ status: 'ok', version: appVersion, database: { ...database, schema } })
  })
  return router
}
