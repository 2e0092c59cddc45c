/**
 * A PostGIS server's backup is `pg_dump` in custom format. Restore turns it back into SQL with
 * `pg_restore` and runs that through `psql` inside one transaction, committed only when
 * `pg_restore` has finished without error: a failure anywhere leaves the database as it was.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { openServerDatabase } from '../server-database.ts'
import { BackupError, notEmpty } from './backup-file.ts'

/** Writes the dump to `payloadFile`; returns the database's migrations. */
export async function dumpServer(databaseUrl: string, payloadFile: string): Promise<string[]> {
  const migrations = await readMigrationsOf(databaseUrl)
  const connection = connectionOf(databaseUrl)
  // PostGIS's own table of coordinate systems is the extension's: restoring its rows would need
  // its owner's rights, and CREATE EXTENSION brings them anyway.
  const args = ['--format=custom', '--exclude-table-data=public.spatial_ref_sys', `--file=${payloadFile}`, `--dbname=${connection.url}`]
  await finished(spawnTool('pg_dump', args, connection.env), 'pg_dump')
  return migrations
}

/**
 * Restores the dump that starts at `payloadOffset` in `backupFile`. pg_restore's SQL goes into
 * psql inside a transaction opened here; COMMIT is sent only when pg_restore has finished without
 * error. When either tool fails, both are stopped and the transaction dies with psql's connection.
 */
export async function restoreServer(databaseUrl: string, backupFile: string, payloadOffset: number, replace: boolean): Promise<void> {
  const tables = await appTables(databaseUrl)
  if (tables > 0 && !replace) throw notEmpty(`The database (${tables} tables)`)
  const connection = connectionOf(databaseUrl)
  const psql = spawnTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', `--dbname=${connection.url}`, '-f', '-'], connection.env)
  const restore = spawnTool('pg_restore', ['--no-owner', '--no-privileges', '--no-comments', '--file=-'], connection.env)
  const psqlDone = finished(psql, 'psql')
  const restoreDone = finished(restore, 'pg_restore')
  const stopBoth = () => {
    for (const tool of [restore, psql]) {
      tool.kill('SIGKILL')
      for (const stream of [tool.stdin, tool.stdout]) stream?.destroy()
    }
  }
  // A tool that stops reading (psql after an error) must not crash this process; its exit code tells.
  for (const input of [psql.stdin!, restore.stdin!]) input.on('error', () => undefined)
  // Waits for a table the running app uses rather than queueing every request behind the restore.
  psql.stdin!.write(`SET client_min_messages = warning;\nSET lock_timeout = '10s';\nBEGIN;\n${tables > 0 ? DROP_APP_OBJECTS : ''}\n`)
  restore.stdout!.pipe(psql.stdin!, { end: false })
  const payload = createReadStream(backupFile, { start: payloadOffset })
  payload.on('error', () => restore.stdin!.destroy())
  payload.pipe(restore.stdin!)
  try {
    // psql failing first (a refused statement) must stop pg_restore too.
    await Promise.race([restoreDone, psqlDone.then(() => restoreDone)])
  } catch (error) {
    stopBoth()
    await Promise.allSettled([psqlDone, restoreDone])
    throw error
  }
  psql.stdin!.end('COMMIT;\n')
  await psqlDone
}

/**
 * Everything in the public schema that is not part of an extension (PostGIS stays): the
 * tables, with what depends on them, and our functions.
 */
const DROP_APP_OBJECTS = `
DO $$
DECLARE
  statement text;
BEGIN
  -- Tables first: their identity sequences and the views on them go with them.
  FOR statement IN
    SELECT format('DROP %s IF EXISTS public.%I CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.relname)
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
    ORDER BY c.relkind IN ('r', 'p') DESC
  LOOP
    EXECUTE statement;
  END LOOP;
  FOR statement IN
    SELECT format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure)
    FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
`

async function readMigrationsOf(databaseUrl: string): Promise<string[]> {
  const db = await openServerDatabase(databaseUrl, 1)
  try {
    const [table] = await db.query<{ exists: boolean }>("SELECT to_regclass('schema_migration') IS NOT NULL AS exists")
    if (!table?.exists) throw new BackupError('The database holds no Trygghetskartan schema (no schema_migration table).')
    return (await db.query<{ version: string }>('SELECT version FROM schema_migration ORDER BY version')).map((row) => row.version)
  } finally {
    await db.close()
  }
}

/** Tables of ours (not PostGIS's) in the target. */
async function appTables(databaseUrl: string): Promise<number> {
  const db = await openServerDatabase(databaseUrl, 1)
  try {
    const [row] = await db.query<{ tables: number }>(
      `SELECT count(*)::integer AS tables FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
    )
    return row?.tables ?? 0
  } finally {
    await db.close()
  }
}

/** The URL without its password, which goes in the environment: a command line is visible to every user of the machine. */
function connectionOf(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  let password: string
  try {
    password = decodeURIComponent(url.password)
  } catch {
    throw new BackupError('The password in DATABASE_URL is not correctly %-encoded.')
  }
  url.password = ''
  return { url: url.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } }
}

function spawnTool(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] })
}

/** Resolves when the tool exits with 0; otherwise a BackupError with what it wrote to stderr. */
function finished(child: ChildProcess, name: string): Promise<void> {
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT' ? `${name} is not installed: install Debian's postgresql-client (the PostgreSQL tools).` : `${name} failed: ${error.message}`,
        ),
      ),
    )
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${name} failed (exit ${code}): ${stderr.trim()}`))))
  })
}
