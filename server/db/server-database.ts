import pg from 'pg'
import type { Database, Queryable } from './database.ts'

// Make pg return the same JavaScript types as PGlite: numbers for bigint and numeric.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))

/** A PostGIS server reached through a `pg` connection pool. */
export async function openServerDatabase(connectionString: string, maxConnections = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    connectionTimeoutMillis: 5000,
    // JIT compilation pays off for long analytic queries, not for a web app's: it made a viewport of
    // 1,000 reports (cost estimate just over jit_above_cost) take 280 ms instead of 30 ms.
    // Parallel workers likewise: with several requests at once they only compete for the same
    // cores (four at once on two cores answered a viewport at p95 150 ms with them, 90 ms without).
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  })
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.warn('A PostgreSQL connection in the pool failed:', error.message))

  const query = async <T extends object>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) => {
    // Several statements without parameters give one result each: return the last, as PGlite does.
    const result = (await client.query<T>(sql, params as unknown[])) as pg.QueryResult<T> | pg.QueryResult<T>[]
    return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? []
  }

  return {
    kind: 'server',
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const scoped: Queryable = { query: (sql, params) => query(client, sql, params) }
        const result = await work(scoped)
        await client.query('COMMIT')
        return result
      } catch (error) {
        // A connection that cannot even roll back is closed rather than handed to the next request.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
        throw error
      } finally {
        client.release(broken)
      }
    },
    connectionUse: () => ({ open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      if (!pool.ended) await pool.end()
    },
  }
}
