import { Router } from 'express'
import type { Database } from '../db/database.ts'
import type { DatabaseInfo } from '../db/database-info.ts'

/** Liveness and readiness: 200 while the database answers, 503 when it does not. */
export function healthRoutes(db: Database, info: DatabaseInfo): Router {
  const router = Router()
  router.get('/health', async (req, res) => {
    const database = { kind: info.kind, postgis: info.postgisVersion }
    res.set('Cache-Control', 'no-store')
    try {
      await db.query('SELECT 1')
      res.json({ status: 'ok', database })
    } catch (error) {
      req.log.warn({ err: error }, 'database unreachable')
      res.status(503).json({
        status: 'unavailable',
        database,
        error: {
          code: 'database_unreachable',
          message: 'The database cannot be reached.',
          message_sv: 'Databasen går inte att nå.',
        },
      })
    }
  })
  return router
}
