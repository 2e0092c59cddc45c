import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMigrations, migrate } from '../../server/db/migrate.ts'
import { backends } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'
import type { TestDatabase } from '../support/test-database.ts'

describe.each(backends)('the %s database', (backend) => {
  let test: TestDatabase

  beforeAll(async () => {
    test = await openTestDatabase(backend)
  })
  afterAll(() => test.drop())

  it('records every migration, so a second start applies nothing', async () => {
    const recorded = await test.db.query<{ version: string }>('SELECT version FROM schema_migration ORDER BY version')
    expect(recorded.map((row) => row.version)).toEqual((await readMigrations()).map((migration) => migration.version))
    expect(await migrate(test.db)).toEqual([])
  })

  it('rolls a failing migration back whole and records nothing', async () => {
    const broken = { version: '999_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_column FROM half_done;' }
    await expect(migrate(test.db, [broken])).rejects.toThrow()
    const [table] = await test.db.query<{ exists: boolean }>("SELECT to_regclass('half_done') IS NOT NULL AS exists")
    expect(table?.exists).toBe(false)
    expect(await test.db.query("SELECT 1 FROM schema_migration WHERE version = '999_broken'")).toEqual([])
  })

  it('refuses a database a newer version of the app has migrated, and changes nothing', async () => {
    await test.db.query("INSERT INTO schema_migration (version) VALUES ('998_from_a_newer_app')")
    try {
      const known = await readMigrations()
      const next = { version: `${known.at(-1)!.version.slice(0, 3)}_z_would_be_next`, sql: 'CREATE TABLE must_not_exist (id int)' }
      await expect(migrate(test.db, [...known, next])).rejects.toThrow(
        /migrated by a newer version of Trygghetskartan: it has 998_from_a_newer_app, and this version knows migrations up to .*z_would_be_next/,
      )
      const [table] = await test.db.query<{ exists: boolean }>("SELECT to_regclass('must_not_exist') IS NOT NULL AS exists")
      expect(table?.exists).toBe(false)
    } finally {
      await test.db.query("DELETE FROM schema_migration WHERE version = '998_from_a_newer_app'")
    }
    expect(await migrate(test.db)).toEqual([])
  })

  it('stores geometry in SWEREF 99 TM with a GiST index on every geometry column', async () => {
    const columns = await test.db.query<{ table: string; column: string; srid: number }>(
      `SELECT f_table_name AS table, f_geometry_column AS column, srid FROM geometry_columns WHERE f_table_schema = 'public'`,
    )
    expect(columns.length).toBeGreaterThanOrEqual(9)
    for (const column of columns) expect(column.srid).toBe(3006)
    const indexed = await test.db.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE indexdef LIKE '%USING gist%'")
    for (const column of columns) {
      expect(indexed.some((index) => index.indexdef.includes(`ON public.${column.table} USING gist (${column.column})`))).toBe(true)
    }
  })

  it('commits a transaction that succeeds and rolls back one that throws', async () => {
    await test.db.transaction((tx) => tx.query("INSERT INTO meeting (kind, held_on, held_by) VALUES ('yearly', '2026-01-10', 'polis')"))
    await expect(
      test.db.transaction(async (tx) => {
        await tx.query("INSERT INTO meeting (kind, held_on, held_by) VALUES ('yearly', '2026-01-11', 'polis')")
        throw new Error('later step failed')
      }),
    ).rejects.toThrow('later step failed')
    const rows = await test.db.query<{ held_on: Date }>("SELECT held_on FROM meeting WHERE held_on IN ('2026-01-10', '2026-01-11')")
    expect(rows).toHaveLength(1)
  })

  it('refuses a database-level query from inside a transaction instead of waiting for itself', async () => {
    const attempt = test.db.transaction(() => test.db.query('SELECT 1'))
    if (backend === 'embedded') await expect(attempt).rejects.toThrow(/transaction’s own query/)
    else await expect(attempt).resolves.toEqual([{ '?column?': 1 }])
  })

  it('never lets a concurrent statement run inside another request’s open transaction', async () => {
    // Request A opens a transaction, writes, and waits; meanwhile request B reads and writes.
    // B must neither see A's uncommitted row nor be rolled back when A fails.
    let releaseA: () => void = () => undefined
    const aWaiting = new Promise<void>((resolve) => (releaseA = resolve))
    let aHasWritten: () => void = () => undefined
    const aWrote = new Promise<void>((resolve) => (aHasWritten = resolve))

    const requestA = test.db.transaction(async (tx) => {
      await tx.query("INSERT INTO meeting (kind, held_on, held_by, notes) VALUES ('yearly', '2026-02-01', 'polis', 'A')")
      aHasWritten()
      await aWaiting
      throw new Error('A fails after B has run')
    })
    await aWrote
    const requestB = (async () => {
      const seen = await test.db.query("SELECT 1 FROM meeting WHERE notes = 'A'")
      await test.db.query("INSERT INTO meeting (kind, held_on, held_by, notes) VALUES ('yearly', '2026-02-02', 'polis', 'B')")
      return seen.length
    })()
    // Give B every chance to run now; on the embedded database it must wait for A instead.
    await new Promise((resolve) => setTimeout(resolve, 200))
    releaseA()

    await expect(requestA).rejects.toThrow('A fails')
    expect(await requestB).toBe(0)
    const rows = await test.db.query<{ notes: string }>("SELECT notes FROM meeting WHERE notes IN ('A', 'B')")
    expect(rows.map((row) => row.notes)).toEqual(['B'])
  })
})
