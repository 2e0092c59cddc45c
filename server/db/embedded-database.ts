import { AsyncLocalStorage } from 'node:async_hooks'
import { PGlite } from '@electric-sql/pglite'
import type { Transaction } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { AsyncLock } from './async-lock.ts'
import type { Database, Queryable, Row } from './database.ts'
import { lockDataDir } from './data-dir-lock.ts'

/** The default backend: PGlite with PostGIS, persisted in `dataDir`. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const unlock = await lockDataDir(dataDir)
  let pglite: PGlite
  try {
    pglite = await PGlite.create(dataDir, {
      extensions: { postgis },
      // Wait for PGlite's sync step before answering. On Node that step does nothing (it matters
      // for IndexedDB in a browser), but it is the safest setting there is: each commit's WAL
      // reaches the operating system before the answer, which survives a killed process
      // (tests/api/crash-safety.test.ts). PGlite runs without fsync, so a power cut may not.
      relaxedDurability: false,
    })
  } catch (error) {
    await unlock()
    throw error
  }
  const lock = new AsyncLock()
  // Set while a transaction runs: a `db.query` from inside it would wait for itself forever.
  const insideTransaction = new AsyncLocalStorage<true>()
  let closed = false

  const exclusive = <T>(work: () => Promise<T>) => {
    if (insideTransaction.getStore()) {
      return Promise.reject(new Error('Inside a transaction, use the transaction’s own query, not the database’s'))
    }
    return lock.run(async () => {
      if (closed) throw new Error('The embedded database is closed')
      return work()
    })
  }

  return {
    kind: 'embedded',
    query: <T extends object>(sql: string, params: readonly unknown[] = []) =>
      exclusive(() => runOn(pglite, sql, params) as Promise<T[]>),
    transaction: (work) =>
      exclusive(() =>
        pglite.transaction((tx) =>
          insideTransaction.run(true, () => {
            const scoped: Queryable = {
              query: <T extends object>(sql: string, params: readonly unknown[] = []) => runOn(tx, sql, params) as Promise<T[]>,
            }
            return work(scoped)
          }),
        ),
      ),
    connectionUse: () => ({ open: 1, idle: lock.pending === 0 ? 1 : 0, waiting: Math.max(lock.pending - 1, 0) }),
    close: () =>
      lock.run(async () => {
        if (closed) return
        closed = true
        await pglite.close()
        await unlock()
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
