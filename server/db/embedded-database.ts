import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { AsyncLock } from './async-lock.ts'
import type { Transaction } from '@electric-sql/pglite'
import type { Database, Queryable, Row } from './database.ts'

/** The default backend: PGlite with PostGIS, persisted in `dataDir`. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir, {
    extensions: { postgis },
    // Flush every commit to disk before answering, so nothing answered 2xx is lost.
    relaxedDurability: false,
  })
  const lock = new AsyncLock()
  let closed = false

  const rawQuery = async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
    if (closed) throw new Error('The embedded database is closed')
    return runOn(pglite, sql, params) as Promise<T[]>
  }

  return {
    kind: 'embedded',
    query: (sql, params) => lock.run(() => rawQuery(sql, params)),
    transaction: (work) =>
      lock.run(async () => {
        if (closed) throw new Error('The embedded database is closed')
        return pglite.transaction(async (tx) => {
          const scoped: Queryable = {
            query: <T extends Row>(sql: string, params: readonly unknown[] = []) =>
              runOn(tx, sql, params) as Promise<T[]>,
          }
          return work(scoped)
        })
      }),
    close: () =>
      lock.run(async () => {
        if (closed) return
        closed = true
        await pglite.close()
      }),
  }
}

/**
 * Without parameters a statement goes through `exec`, which, like pg's simple protocol, accepts
 * several statements at once (migrations need that); with parameters through `query`.
 */
async function runOn(target: PGlite | Transaction, sql: string, params: readonly unknown[]): Promise<Row[]> {
  if (params.length > 0) return (await target.query<Row>(sql, params as unknown[])).rows
  const results = await target.exec(sql)
  return (results.at(-1)?.rows ?? []) as Row[]
}
