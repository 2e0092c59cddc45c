import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import initSqlJs from 'sql.js'
import type { SqlJsStatic } from 'sql.js'

let loading: Promise<SqlJsStatic> | undefined

/**
 * SQLite compiled to WebAssembly (sql.js), to read and write GeoPackages with no native module to
 * build. Loaded once per process: compiling the 650 kB module takes tens of milliseconds, which
 * every GeoPackage would otherwise pay again. The .wasm file is found next to the package's own
 * script, wherever npm put it.
 */
export function sqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file) => join(sqlJsDist, file) }).catch((error: unknown) => {
    // A failed load is not cached, so the next GeoPackage tries again.
    loading = undefined
    throw error
  })
  return loading
}

const sqlJsDist = dirname(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'))
