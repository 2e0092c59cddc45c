import pg from 'pg'
import type { Database, Queryable, Row } from './database.ts'

// Make pg return the same JavaScript types as PGlite: numbers for bigint and numeric.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))

/** A PostGIS server reached through a `pg` connection pool. */
export async function openServerDatabase(connectionString: string, maxConnections = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 5000 })
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)

  const query = async <T extends Row>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) =>
    (await client.query<T>(sql, params as unknown[])).rows

  return {
    kind: 'server',
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const scoped: Queryable = { query: (sql, params) => query(client, sql, params) }
        const result = await work(scoped)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: async () => {
      if (!pool.ended) await pool.end()
    },
  }
}
